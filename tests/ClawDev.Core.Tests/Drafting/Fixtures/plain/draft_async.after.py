"""An async function returns what it awaits."""


async def download(session, url: str, chunk_size: int = 1024) -> bytes:
    """TODO: Summarise what download does.

    session -- TODO: describe session.
    url -- TODO: describe url.
    chunk_size -- TODO: describe chunk_size. (default 1024)
    """
    return await session.get(url, chunk_size)
