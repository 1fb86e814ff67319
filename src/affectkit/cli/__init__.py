"""The ``affectkit`` command line: one thin module per command over a library function."""
