"""The ``gapgraph`` command line: thin, it only calls the other packages."""
