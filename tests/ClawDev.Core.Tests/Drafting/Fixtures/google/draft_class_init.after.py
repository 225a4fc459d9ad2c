"""A class documents its constructor's parameters."""


class Trainer:
    """TODO: Summarise what Trainer does.

    Args:
        model: TODO: describe model.
        learning_rate (float, optional): TODO: describe learning_rate. Defaults to 1e-3.
        epochs (int, optional): TODO: describe epochs. Defaults to 10.
    """

    def __init__(self, model, learning_rate: float = 1e-3, epochs=10):
        self.model = model

    def train(self):
        """Train the model."""
