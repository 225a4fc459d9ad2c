"""PEP 695 type parameters (Python 3.12+) do not change publicity."""


class Generic[T]:
    pass


class Bounded[T: int, *Ts, **P]:
    pass


class _PrivateGeneric[T]:
    pass
