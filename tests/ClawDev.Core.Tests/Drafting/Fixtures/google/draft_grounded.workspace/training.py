"""Training helpers."""


def train(model, dataset, batch_size=8, verbose=False):
    """Train a model.

    Args:
        model: The network to train.
        dataset: The training examples.
        batch_size (str): A batch size given as text (documented with another type).
        verbose (bool): Whether to print progress.
    """
