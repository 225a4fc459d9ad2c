"""Names beyond ASCII: where their ranges end depends on the position encoding."""


def größe(wert):
    return wert


class Würfel:
    def maß(self):
        return 6
