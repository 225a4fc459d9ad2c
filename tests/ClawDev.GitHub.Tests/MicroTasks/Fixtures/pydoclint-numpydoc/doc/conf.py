extensions = ["numpydoc"]
numpydoc_validate = True
numpydoc_validation_exclude = {  # set of regex
    r"\.Engine\.run$",
    r"mypkg\.core\.Engine\.__init__",
}
