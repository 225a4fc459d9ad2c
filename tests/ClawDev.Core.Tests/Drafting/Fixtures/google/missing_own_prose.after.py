"""A parameter nothing else documents is described by the sentence of its own docstring that names it."""


def pack(examples, seq_length, strategy="bfd"):
    """Pack examples into chunks of size `seq_length`.

    Packing is greedy, e.g. the longest example goes first. Pass a fixed *strategy* to keep runs reproducible.

    Args:
        examples (list): The examples to pack.
        seq_length (TODO): Pack examples into chunks of size `seq_length`.
        strategy (str, optional): Pass a fixed *strategy* to keep runs reproducible.
            Defaults to "bfd".
    """
    return examples
