"""Types continued over a line with a backslash, as scikit-learn writes its long ones."""


def fit(X, y=None, strategy="prior", init="k-means++"):
    """Fit the model.

    Parameters
    ----------
    X : {array-like, sparse matrix} of shape (n_samples, n_features) or \
            (n_samples, n_samples)
        Training instances.

    y : array-like of shape (n_samples,) or (n_samples, n_outputs), \
            default=None
        Target values.

    strategy : {"most_frequent", "prior", "stratified", "uniform", \
            "constant"}, default="prior"
        Strategy to use to generate predictions.

    init : {'k-means++', 'random'}, callable or ndarray of shape \
            (n_clusters, n_features), default='k-means++'
    """
