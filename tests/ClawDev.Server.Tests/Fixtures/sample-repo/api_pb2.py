def generated_message():
    pass
