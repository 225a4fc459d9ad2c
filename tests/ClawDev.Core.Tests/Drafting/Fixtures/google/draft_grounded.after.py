"""Descriptions documented elsewhere in the workspace (and in this file) are reused."""


def evaluate(model, dataset, batch_size: int = 32, seed=None, verbose=False):
    """TODO: Summarise what evaluate does.

    Args:
        model: The model to evaluate.
        dataset: The examples to draw from.
        batch_size (int, optional): How many examples go through the model at once.
            Defaults to 32.
        seed (optional): Seed for the random generator, for reproducible runs. Defaults
            to None.
        verbose (bool, optional): Whether to print progress. Defaults to False.

    Returns:
        TODO: describe the return value.
    """
    return model(dataset)


def sample(dataset, seed=None):
    """Draw a random subset.

    Args:
        dataset: The examples to draw from.
        seed: Seed for the random generator, for reproducible runs.
    """
    return dataset
