"""An "Args:" section with Sphinx return fields below it is where the parameters go, not new ":param" fields."""


def IWSLT2016$0(root=".data", split=("train", "valid", "test"), valid_set="tst2013"):
    """IWSLT2016 dataset

    Args:
        root: Directory where the datasets are saved.
        valid_set: a string to identify validation set.

    :return: DataPipe that yields tuple of source and target sentences
    :rtype: (str, str)
    """
