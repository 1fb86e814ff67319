"""affectkit's version, in a module of its own so every layer can read it without importing
the package's top (which reaches the higher layers).

Example:
    >>> from affectkit.version import __version__
    >>> __version__.count(".") >= 1
    True
"""

__version__ = "0.1.0"
