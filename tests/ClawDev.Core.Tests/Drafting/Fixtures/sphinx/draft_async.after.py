"""An async function returns what it awaits."""


async def download(session, url: str, chunk_size: int = 1024) -> bytes:
    """TODO: Summarise what download does.

    :param session: TODO: describe session.
    :param url: TODO: describe url.
    :type url: str
    :param chunk_size: TODO: describe chunk_size. Defaults to 1024.
    :type chunk_size: int, optional
    :returns: TODO: describe the return value.
    :rtype: bytes
    """
    return await session.get(url, chunk_size)
