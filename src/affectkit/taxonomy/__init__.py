"""Emotion label sets as versioned data, and the one mapping graph between them.

The emotion model predicts GoEmotions-28 probabilities; every other view is derived from
those probabilities by a fixed, documented rule (see :mod:`affectkit.taxonomy.graph`).

Example:
    >>> from affectkit.taxonomy import get_taxonomy
    >>> get_taxonomy("ekman").labels[:3]
    ('anger', 'disgust', 'fear')
"""

from affectkit.taxonomy.graph import (
    GOEMOTIONS,
    TAXONOMY_VERSION,
    VIEWS,
    Taxonomy,
    get_taxonomy,
    list_taxonomies,
    view_labels,
    view_scores,
)

__all__ = [
    "GOEMOTIONS",
    "TAXONOMY_VERSION",
    "VIEWS",
    "Taxonomy",
    "get_taxonomy",
    "list_taxonomies",
    "view_labels",
    "view_scores",
]
