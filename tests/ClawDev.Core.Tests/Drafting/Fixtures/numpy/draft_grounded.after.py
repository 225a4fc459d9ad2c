"""Descriptions documented elsewhere in the workspace (and in this file) are reused."""


def evaluate(model, dataset, batch_size: int = 32, seed=None, verbose=False):
    """TODO: Summarise what evaluate does.

    Parameters
    ----------
    model
        The model to evaluate.
    dataset : Dataset
        The examples to draw from.
    batch_size : int, default=32
        How many examples go through the model at once.
    seed : int, optional
        Seed for the random generator, for reproducible runs.
    verbose : bool, default=False
        Whether to print progress.

    Returns
    -------
    TODO
        TODO: describe the return value.
    """
    return model(dataset)


def sample(dataset, seed=None):
    """Draw a random subset.

    Parameters
    ----------
    dataset : Dataset
        The examples to draw from.
    seed : int, optional
        Seed for the random generator, for reproducible runs.
    """
    return dataset
