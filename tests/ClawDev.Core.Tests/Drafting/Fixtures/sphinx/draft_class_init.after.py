"""A class documents its constructor's parameters."""


class Trainer:
    """TODO: Summarise what Trainer does.

    :param model: TODO: describe model.
    :param learning_rate: TODO: describe learning_rate. Defaults to 1e-3.
    :type learning_rate: float, optional
    :param epochs: TODO: describe epochs. Defaults to 10.
    :type epochs: int, optional
    """

    def __init__(self, model, learning_rate: float = 1e-3, epochs=10):
        self.model = model

    def train(self):
        """Train the model."""
