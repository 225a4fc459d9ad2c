"""The base trainer."""


class BaseTrainer:
    """Runs training loops."""

    def train(self, resume_from=None, max_steps=-1):
        """Run the training loop.

        Parameters
        ----------
        resume_from : str
            A checkpoint to resume from.
        max_steps : int
            Stop after this many steps; -1 runs every epoch.

        Returns
        -------
        float
            The final training loss.
        """
