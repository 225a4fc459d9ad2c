"""noqa forms on classes."""


class BareNoqa:  # noqa
    pass


class SpecificNoqa:  # noqa: D101
    pass


class OtherCodeNoqa:  # noqa: D102
    pass


class SeveralCodes:  # noqa: D100,D101
    pass


class NoSpaceAfterColon:  # noqa:D101
    pass


class UpperCase:  # NOQA
    pass


class NoqaOnNextLine:
    # noqa: D101
    pass


class NoqaAfterCode:
    x = 1  # noqa


class NoqaSkipsOnlyThisClass:  # noqa
    def method(self):
        pass
