# Older scikit-learn kept the list here.
DOCSTRING_IGNORE_LIST = (
    "KernelCenterer",
    "sklearn.feature_extraction.text.HashingVectorizer",
)
