"""Evaluation helpers."""


def accuracy(model, dataset, batch_size=16):
    """Share of correct predictions.

    model -- The model to evaluate.
    dataset -- The examples to score.
    batch_size -- How many examples go through the model at once.
    """


def loss(model, dataset):
    """Mean loss over a dataset.

    model -- The model to evaluate.
    dataset -- The examples to score.
    """
