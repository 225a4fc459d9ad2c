"""Descriptions documented elsewhere in the workspace (and in this file) are reused."""


def evaluate(model, dataset, batch_size: int = 32, seed=None, verbose=False):
    """TODO: Summarise what evaluate does.

    :param model: The model to evaluate.
    :param dataset: The examples to draw from.
    :param batch_size: How many examples go through the model at once. Defaults to 32.
    :type batch_size: int, optional
    :param seed: Seed for the random generator, for reproducible runs. Defaults to None.
    :param verbose: Whether to print progress. Defaults to False.
    :type verbose: bool, optional
    :returns: TODO: describe the return value.
    """
    return model(dataset)


def sample(dataset, seed=None):
    """Draw a random subset.

    :param dataset: The examples to draw from.
    :param seed: Seed for the random generator, for reproducible runs.
    """
    return dataset
