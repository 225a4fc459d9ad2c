"""An async function returns what it awaits."""


async def download(session, url: str, chunk_size: int = 1024) -> bytes:
    """TODO: Summarise what download does.

    Parameters
    ----------
    session
        TODO: describe session.
    url : str
        TODO: describe url.
    chunk_size : int, default=1024
        TODO: describe chunk_size.

    Returns
    -------
    bytes
        TODO: describe the return value.
    """
    return await session.get(url, chunk_size)
