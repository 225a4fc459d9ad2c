"""noqa on functions."""


def bare():  # noqa
    pass


def specific():  # noqa: D103
    pass


def other_code():  # noqa: D102
    pass


def decorated_noqa_on_def_line():  # noqa: D103
    pass


@decorator  # noqa: D103
def noqa_on_decorator_line():
    pass


def noqa_in_body_comment():
    # noqa
    pass
