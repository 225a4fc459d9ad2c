"""Evaluation helpers."""


def accuracy(model, dataset, batch_size=16):
    """Share of correct predictions.

    :param model: The model to evaluate.
    :param dataset: The examples to score.
    :param batch_size: How many examples go through the model at once.
    :type batch_size: int
    """


def loss(model, dataset):
    """Mean loss over a dataset.

    :param model: The model to evaluate.
    :param dataset: The examples to score.
    """
