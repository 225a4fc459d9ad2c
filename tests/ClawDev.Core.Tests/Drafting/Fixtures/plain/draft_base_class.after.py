"""An override reuses the documentation of the base-class method."""

from .trainer_base import BaseTrainer


class Trainer(BaseTrainer):
    """A trainer for one model."""

    def train(self, resume_from: Optional[str] = None, max_steps: int = -1, log_every: int = 50) -> float:
        """Run the training loop.

        resume_from -- A checkpoint to resume from. (default None)
        max_steps -- Stop after this many steps; -1 runs every epoch. (default -1)
        log_every -- TODO: describe log_every. (default 50)
        """
        return self.loop(resume_from, max_steps)
