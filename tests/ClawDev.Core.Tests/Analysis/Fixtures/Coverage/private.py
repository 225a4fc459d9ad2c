"""ignore-private (__x) and ignore-semiprivate (_x): an ignored class hides its methods too."""


class Public:
    """Documented."""

    def __private(self):
        pass

    def _semiprivate(self):
        pass

    def __dunder__(self):
        pass

    def _trailing__(self):
        pass


class _Semiprivate:
    def public_method(self):
        pass


def __private_function():
    pass
