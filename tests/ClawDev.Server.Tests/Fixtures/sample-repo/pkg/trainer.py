"""Training loops."""


class Trainer:
    """Runs training."""

    def __init__(self, model):
        self.model = model

    def train(self, epochs):
        return epochs

    def evaluate(self, dataset, batch_size=8):
        """Evaluate the model.

        Args:
            dataset: What to evaluate on.
        """
        return dataset, batch_size

    def _step(self):
        pass


def helper(x):
    return x


def quiet(x):  # noqa: D103
    return x
