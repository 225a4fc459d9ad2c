OBJECTS_TO_IGNORE = [
    "Kept",
    "AlsoKept"  # the list is never closed

def broken(:
    pass
