"""Descriptions documented elsewhere in the workspace (and in this file) are reused."""


def evaluate(model, dataset, batch_size: int = 32, seed=None, verbose=False):
    """TODO: Summarise what evaluate does.

    model -- The model to evaluate.
    dataset -- the examples to draw from
    batch_size -- A batch size given as text (documented with another type).
        (default 32)
    seed -- seed for the random generator, for reproducible runs (default None)
    verbose -- Whether to print progress. (default False)
    """
    return model(dataset)


def sample(dataset, seed=None):
    """Draw a random subset.

    dataset -- the examples to draw from
    seed -- seed for the random generator, for reproducible runs
    """
    return dataset
