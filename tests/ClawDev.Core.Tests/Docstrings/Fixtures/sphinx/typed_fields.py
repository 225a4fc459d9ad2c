def send(message, recipients, *attachments, priority=1, **headers):
    """Send a message.

    The message is queued; delivery happens in the background.

    :param str message: The text to send.
    :param recipients: Who receives it.
    :type recipients: list[str], optional
    :param \\*attachments: Files to attach.
    :keyword priority: Queue priority, lowest first.
    :kwtype priority: int, default: 1
    :kwarg \\*\\*headers: Extra mail headers.
    :raises ValueError: If ``recipients`` is empty.
    :raises smtplib.SMTPException:
        When the server refuses the message; the message is kept
        in the outbox and retried later.
    :returns: The queue identifier.
    :rtype: int

    .. versionadded:: 2.1
    """


def walk(top):
    """Walk a directory tree.

    :type top: str
    :param top: Where to start.

    Symbolic links are not followed.

    :yields: Paths below ``top``.
    :ytype: pathlib.Path
    :meta public:
    """


class Connection:
    """A database connection.

    :ivar host: The server's host name.
    :vartype host: str
    :cvar default_port: Port used when none is given.
    :var int timeout: Seconds before a query is abandoned.
    :param Dict[str, int] limits: Per-table row limits.
    :parameter dsn: Connection string.
    :arg retries: How often to retry.
    :argument verbose: Log every query.
    """
