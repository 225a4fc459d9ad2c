"""A ":type" field without its ":param" gets one, among the other ":param" fields of a grouped list (as in distlib)."""


class DistributionPath:
    """A path of distributions."""

    def provides_distribution(self, name, version=None):
        """Iterate over all distributions to find which provide *name*.

        :param name: Iterate over all distributions to find which provide *name*.
        :parameter version: a version specifier that indicates the version
                            required, conforming to the format in ``PEP-345``

        :type name: string
        :type version: string
        """
