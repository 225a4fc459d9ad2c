"""Extended math utilities."""


def fast_logdet(A):
    """Compute logarithm of determinant of a square matrix."""
    sign, ld = 0, 0
    return ld


def randomized_svd(M, n_components):
    pass
