"""A class documents its constructor's parameters."""


class Trainer$0:
    def __init__(self, model, learning_rate: float = 1e-3, epochs=10):
        self.model = model

    def train(self):
        """Train the model."""
