"""A class documents its constructor's parameters."""


class Trainer:
    """TODO: Summarise what Trainer does.

    model -- TODO: describe model.
    learning_rate -- TODO: describe learning_rate. (default 1e-3)
    epochs -- TODO: describe epochs. (default 10)
    """

    def __init__(self, model, learning_rate: float = 1e-3, epochs=10):
        self.model = model

    def train(self):
        """Train the model."""
