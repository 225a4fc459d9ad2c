"""The base trainer."""


class BaseTrainer:
    """Runs training loops."""

    def train(self, resume_from=None, max_steps=-1):
        """Run the training loop.

        :param resume_from: A checkpoint to resume from.
        :type resume_from: str
        :param max_steps: Stop after this many steps; -1 runs every epoch.
        :type max_steps: int
        :returns: The final training loss.
        :rtype: float
        """
