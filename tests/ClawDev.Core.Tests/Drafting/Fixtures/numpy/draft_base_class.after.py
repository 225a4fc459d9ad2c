"""An override reuses the documentation of the base-class method."""

from .trainer_base import BaseTrainer


class Trainer(BaseTrainer):
    """A trainer for one model."""

    def train(self, resume_from: Optional[str] = None, max_steps: int = -1, log_every: int = 50) -> float:
        """Run the training loop.

        Parameters
        ----------
        resume_from : str, optional
            A checkpoint to resume from.
        max_steps : int, default=-1
            Stop after this many steps; -1 runs every epoch.
        log_every : int, default=50
            TODO: describe log_every.

        Returns
        -------
        float
            The final training loss.
        """
        return self.loop(resume_from, max_steps)
