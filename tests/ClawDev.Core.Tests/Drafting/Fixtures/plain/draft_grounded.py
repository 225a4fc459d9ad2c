"""Descriptions documented elsewhere in the workspace (and in this file) are reused."""


def evaluate$0(model, dataset, batch_size: int = 32, seed=None, verbose=False):
    return model(dataset)


def sample(dataset, seed=None):
    """Draw a random subset.

    dataset -- the examples to draw from
    seed -- seed for the random generator, for reproducible runs
    """
    return dataset
