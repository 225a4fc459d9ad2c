"""An override reuses the documentation of the base-class method."""

from .trainer_base import BaseTrainer


class Trainer(BaseTrainer):
    """A trainer for one model."""

    def train(self, resume_from: Optional[str] = None, max_steps: int = -1, log_every: int = 50) -> float:
        """Run the training loop.

        :param resume_from: A checkpoint to resume from. Defaults to None.
        :type resume_from: str, optional
        :param max_steps: Stop after this many steps; -1 runs every epoch. Defaults
            to -1.
        :type max_steps: int, optional
        :param log_every: TODO: describe log_every. Defaults to 50.
        :type log_every: int, optional
        :returns: The final training loss.
        :rtype: float
        """
        return self.loop(resume_from, max_steps)
