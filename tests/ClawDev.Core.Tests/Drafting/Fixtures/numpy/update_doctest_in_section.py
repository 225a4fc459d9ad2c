"""A parameter list ends at the first doctest: examples written without a header are never entries."""


def main_integrate$0(expr, facets, hp_params, max_degree=None):
    """Integrate a polynomial over a 2-polytope.

    Parameters
    ==========

    expr :
        The input polynomial.

    >>> from sympy.integrals.intpoly import main_integrate,\
    hyperplane_parameters
    >>> main_integrate(x**2 + y**2, facets, hp_params)
    325/6
    """
