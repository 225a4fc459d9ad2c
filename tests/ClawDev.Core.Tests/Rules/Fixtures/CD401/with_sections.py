"""Where D417 is silent although the docstring has sections."""


def returns_hides_args(a, b, c):
    """pydocstyle reads this as NumPy because of "Returns:", so D417 never looks at Args.

    Args:
        a: The first.

    Returns:
        Nothing about c.
    """


def d417_reports(a, b):
    """D417 reports b; CD401 does not repeat it.

    Args:
        a: The first.
    """


def mentioned_in_prose(a, b):
    """D417 reports b although b is mentioned here.

    Args:
        a: The first.
    """


class Trainer:
    """Train a model.

    Args:
        model: The model to train.
        args: Training arguments.
    """

    def __init__(self, model, args, data_collator=None, callbacks=None):
        pass


def sphinx_fields(path, mode, encoding):
    """Open a file.

    :param path: Where the file is.
    :param mode: How to open it.
    """
