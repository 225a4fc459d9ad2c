"""An entry without a description counts as undocumented for D417; it gets a description, nothing else changes."""


def is_k_regular(G, k):
    """Determine whether the graph ``G`` is k-regular.

    Parameters
    ----------
    G : NetworkX graph
        Determine whether the graph ``G`` is k-regular.
    k : TODO
        TODO: describe k.

    Returns
    -------
    bool
        Whether the given graph is k-regular.
    """
