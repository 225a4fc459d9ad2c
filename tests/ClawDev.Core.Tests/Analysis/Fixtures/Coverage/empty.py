"""An empty module: the module is all there is."""
