class ModelOutput(dict):
    def to_tuple(self):
        return tuple(self[k] for k in self.keys())
