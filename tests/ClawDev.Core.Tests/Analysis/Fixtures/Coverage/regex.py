"""ignore-regex: matched at the start of the name (re.match)."""


def test_something():
    pass


def something_test():
    pass


class TestCase:
    def helper(self):
        pass


def get_value():
    pass
