"""The names the CLI's options offer, kept here so that ``affectkit --help`` and a command's
start import none of the libraries that own them (numpy, pydantic, the LLM client). The
library stays the authority: ``tests/test_cli_start.py`` checks that every tuple here equals
the library's.

Example:
    >>> "additive" in MEMORY_STRATEGIES
    True
"""

from __future__ import annotations

# affectkit.generate.strategies.STRATEGIES: ESConv's eight support strategies
REPLY_STRATEGIES = (
    "Question",
    "Restatement or Paraphrasing",
    "Reflection of feelings",
    "Self-disclosure",
    "Affirmation and Reassurance",
    "Providing Suggestions",
    "Information",
    "Others",
)
# affectkit.memory.strategies.STRATEGIES and NORMALIZATIONS
MEMORY_STRATEGIES = ("semantic", "emotion", "additive", "multiplicative", "semantic_first", "emotion_first")
MEMORY_NORMALIZATIONS = ("bound", "minmax", "none")
# affectkit.taxonomy.registry: the built-in views a table shows (for --help; view_choices() adds the registered ones)
VIEW_CHOICES = ("goemotions", "ekman", "sentiment", "plutchik", "parrott")


def view_choices() -> tuple[str, ...]:
    """Every view ``--view`` accepts now: the registry's categorical views, built in or registered.

    Example:
        >>> view_choices() == VIEW_CHOICES  # until a view is registered
        True
    """
    from affectkit.taxonomy.registry import list_views

    return tuple(view.name for view in list_views() if view.categorical)
