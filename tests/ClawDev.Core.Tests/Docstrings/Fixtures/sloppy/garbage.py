def colons():
    """:::: :: : ::

    ::
    :param:
    :param : nothing
    :type:
    :: x
    """


def dashes():
    """---
    ----------
    ----------
    Parameters
    ----------
    ----------
    x : int
    """


def brackets():
    """Args:
        ((((((((((: [[[[ {{{{
        x ((((: unbalanced
        y ()))): extra closers
        `unclosed backtick: yes
    """


def only_header():
    """Args:"""


def stray_lines():
    """Summary.

    Parameters
    ----------
    ??? what is this
    x : int
        fine
    : no name
    , , :
    """
