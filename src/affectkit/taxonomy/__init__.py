"""Emotion label sets as versioned data, and the one mapping graph between them.

The emotion model predicts GoEmotions-28 probabilities; every other view is derived from
those probabilities by a fixed, documented rule (see :mod:`affectkit.taxonomy.graph`). The
views themselves are data files in one registry (:mod:`affectkit.taxonomy.registry`), where
a new one is added with :func:`register_view`.

Example:
    >>> from affectkit.taxonomy import get_taxonomy
    >>> get_taxonomy("ekman").labels[:3]
    ('anger', 'disgust', 'fear')
"""

from affectkit.taxonomy.graph import VIEWS, view_labels, view_scores
from affectkit.taxonomy.registry import (
    GOEMOTIONS,
    TAXONOMY_VERSION,
    Taxonomy,
    View,
    get_taxonomy,
    get_view,
    list_taxonomies,
    list_views,
    register_view,
    registered_views,
    unregister_view,
)

__all__ = [
    "GOEMOTIONS",
    "TAXONOMY_VERSION",
    "VIEWS",
    "Taxonomy",
    "View",
    "get_taxonomy",
    "get_view",
    "list_taxonomies",
    "list_views",
    "register_view",
    "registered_views",
    "unregister_view",
    "view_labels",
    "view_scores",
]
