"""An async function returns what it awaits."""


async def download(session, url: str, chunk_size: int = 1024) -> bytes:
    """TODO: Summarise what download does.

    Args:
        session: TODO: describe session.
        url (str): TODO: describe url.
        chunk_size (int, optional): TODO: describe chunk_size. Defaults to 1024.

    Returns:
        bytes: TODO: describe the return value.
    """
    return await session.get(url, chunk_size)
