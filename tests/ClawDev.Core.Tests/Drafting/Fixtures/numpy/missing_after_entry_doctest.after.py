"""A doctest inside an entry's description (indented deeper than the entries) does not end the list."""


class Checkpoint:
    """Save the model when the metric improved.

    Parameters
    ----------
    monitor : str, default='valid_loss_best'
        The value of the history to monitor.

    f_params : str, default='params.pt'
        Where the parameters are saved. Format specifiers name the epoch:

        >>> cb = Checkpoint(f_params="params_{last_epoch[epoch]}.pt")

    f_optimizer : str, default='optimizer.pt'
        TODO: describe f_optimizer.

    dirname : str, default=''
        Directory where files are stored.
    """

    def __init__(self, monitor="valid_loss_best", f_params="params.pt", f_optimizer="optimizer.pt", dirname=""):
        self.monitor = monitor
