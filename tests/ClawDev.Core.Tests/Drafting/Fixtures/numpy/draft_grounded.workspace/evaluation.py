"""Evaluation helpers."""


def accuracy(model, dataset, batch_size=16):
    """Share of correct predictions.

    Parameters
    ----------
    model
        The model to evaluate.
    dataset
        The examples to score.
    batch_size : int
        How many examples go through the model at once.
    """


def loss(model, dataset):
    """Mean loss over a dataset.

    Parameters
    ----------
    model
        The model to evaluate.
    dataset
        The examples to score.
    """
