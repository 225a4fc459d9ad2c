"""noqa forms on methods: pydocstyle's (after the header's colon) and flake8's (on the def line)."""


class Host:
    """Documented."""

    def bare(self):  # noqa
        pass

    def specific(self):  # noqa: D102
        pass

    def other_code(self):  # noqa: D105
        pass

    def several(self):  # noqa: D101,D102
        pass

    def no_space(self):  # noqa:D102
        pass

    def multi_line_colon(
        self,
    ):  # noqa: D102
        pass

    def multi_line_def_line(  # noqa: D102
        self,
    ):
        pass

    def comment_before_body(self):
        # noqa: D102
        pass

    def not_suppressed(self):
        pass
