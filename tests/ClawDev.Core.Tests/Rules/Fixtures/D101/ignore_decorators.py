"""ignore-decorators matches decorator names anywhere (re.findall)."""
import dataclasses


@dataclasses.dataclass
class Matched:
    x: int


@dataclasses.dataclass(frozen=True)
class MatchedWithArguments:
    x: int


@other
class NotMatched:
    pass


@dataclasses.dataclass
class OnlyTheClassIsSkipped:
    def method(self):
        pass
