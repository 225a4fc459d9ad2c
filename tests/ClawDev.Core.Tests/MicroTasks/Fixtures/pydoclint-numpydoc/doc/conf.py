extensions = ["numpydoc"]
numpydoc_validate = True
numpydoc_validation_exclude = {  # set of regex
    r"\.Engine\.run$",
    r"mypkg\.core\.Engine\.__init__",
    "mypkg\\.core\\.helper$",  # escaped, not raw: the same regex text as r"mypkg\.core\.helper$"
}
