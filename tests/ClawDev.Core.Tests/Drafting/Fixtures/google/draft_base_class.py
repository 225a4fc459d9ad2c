"""An override reuses the documentation of the base-class method."""

from .trainer_base import BaseTrainer


class Trainer(BaseTrainer):
    """A trainer for one model."""

    def train$0(self, resume_from: Optional[str] = None, max_steps: int = -1, log_every: int = 50) -> float:
        return self.loop(resume_from, max_steps)
