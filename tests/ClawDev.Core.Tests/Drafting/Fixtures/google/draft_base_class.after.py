"""An override reuses the documentation of the base-class method."""

from .trainer_base import BaseTrainer


class Trainer(BaseTrainer):
    """A trainer for one model."""

    def train(self, resume_from: Optional[str] = None, max_steps: int = -1, log_every: int = 50) -> float:
        """Run the training loop.

        Args:
            resume_from (str, optional): A checkpoint to resume from. Defaults to None.
            max_steps (int, optional): Stop after this many steps; -1 runs every epoch.
                Defaults to -1.
            log_every (int, optional): TODO: describe log_every. Defaults to 50.

        Returns:
            float: The final training loss.
        """
        return self.loop(resume_from, max_steps)
