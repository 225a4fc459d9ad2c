"""An async function returns what it awaits."""


async def download$0(session, url: str, chunk_size: int = 1024) -> bytes:
    return await session.get(url, chunk_size)
