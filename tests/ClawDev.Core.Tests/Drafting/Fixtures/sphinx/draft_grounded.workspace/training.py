"""Training helpers."""


def train(model, dataset, batch_size=8, verbose=False):
    """Train a model.

    :param model: The network to train.
    :param dataset: The training examples.
    :param batch_size: A batch size given as text (documented with another type).
    :type batch_size: str
    :param verbose: Whether to print progress.
    :type verbose: bool
    """
