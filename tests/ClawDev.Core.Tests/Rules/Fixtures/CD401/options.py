"""ParameterOptions decide which parameters must be mentioned."""


class Host:
    """Documented."""

    def method(self, data, *args, _hint=None, **kwargs):
        """Process something.

        Nothing else.
        """

    @classmethod
    def build(cls, spec):
        """Build from a spec.

        Carefully.
        """
