class BertTokenizer:
    pass
