def strip_accents_ascii(s):
    pass


class HashingVectorizer:
    pass
