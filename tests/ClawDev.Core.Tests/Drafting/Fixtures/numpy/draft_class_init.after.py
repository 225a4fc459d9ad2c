"""A class documents its constructor's parameters."""


class Trainer:
    """TODO: Summarise what Trainer does.

    Parameters
    ----------
    model
        TODO: describe model.
    learning_rate : float, default=1e-3
        TODO: describe learning_rate.
    epochs : int, default=10
        TODO: describe epochs.
    """

    def __init__(self, model, learning_rate: float = 1e-3, epochs=10):
        self.model = model

    def train(self):
        """Train the model."""
