def internal():
    return 1
