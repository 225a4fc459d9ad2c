"""An f-string first statement: pydocstyle takes it for a docstring (and then crashes evaluating it)."""


def f_string_first():
    f"{__name__}"


def undocumented():
    pass
