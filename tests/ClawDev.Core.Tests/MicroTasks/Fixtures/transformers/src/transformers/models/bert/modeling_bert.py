class BertModel:
    def forward(self, input_ids=None, head_mask=None):
        pass


class BertForMaskedLM:
    pass
