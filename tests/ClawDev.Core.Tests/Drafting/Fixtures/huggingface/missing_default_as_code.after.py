"""Neighbours that state their defaults in the description as code get a new entry that states its default so."""


def snapshot_download(repo_id: str, force_download: bool = False, local_files_only: bool = False, dry_run: bool = False):
    """
    Download a snapshot of a repository.

    Args:
        repo_id (`str`):
            A user or an organization name and a repo name separated by a `/`.
        force_download (`bool`, *optional*):
            TODO: describe force_download. Defaults to `False`.
        local_files_only (`bool`, *optional*):
            If `True`, avoid downloading the file and return the path to the local cached file if it exists.
            Defaults to `False`.
        dry_run (`bool`, *optional*):
            If `True`, perform a dry run without downloading anything. Defaults to `False`.
    """
