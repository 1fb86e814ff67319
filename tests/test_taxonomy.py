"""Every taxonomy mapping against its published definition, and the derivation rule."""

from __future__ import annotations

import numpy as np
import pytest

from affectkit import TaxonomyError
from affectkit.taxonomy import GOEMOTIONS, get_taxonomy, list_taxonomies, view_labels, view_scores
from affectkit.taxonomy.graph import parrott_place, view_score_matrix

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

# The published GoEmotions -> Ekman and -> sentiment groupings, typed in again here from the
# data README so that a change to the package's data files is caught.
PUBLISHED_EKMAN = {
    "anger": "anger annoyance disapproval",
    "disgust": "disgust",
    "fear": "fear nervousness",
    "joy": "joy amusement approval excitement gratitude love optimism relief pride admiration desire caring",
    "sadness": "sadness disappointment embarrassment grief remorse",
    "surprise": "surprise realization confusion curiosity",
    "neutral": "neutral",
}
PUBLISHED_SENTIMENT = {
    "positive": "amusement excitement joy love desire optimism caring pride admiration gratitude relief approval",
    "negative": "fear nervousness remorse embarrassment disappointment sadness grief disgust anger annoyance "
    "disapproval",
    "ambiguous": "realization surprise curiosity confusion",
    "neutral": "neutral",
}


def _probs(**values: float) -> dict[str, float]:
    probs = {label: 0.0 for label in GOEMOTIONS}
    probs.update(values)
    return probs


def test_goemotions_has_28_labels_in_release_order() -> None:
    assert len(GOEMOTIONS) == 28
    assert GOEMOTIONS[0] == "admiration" and GOEMOTIONS[-1] == "neutral"


@pytest.mark.parametrize(("name", "published"), [("ekman", PUBLISHED_EKMAN), ("sentiment", PUBLISHED_SENTIMENT)])
def test_published_groupings_match(name: str, published: dict[str, str]) -> None:
    taxonomy = get_taxonomy(name)
    assert set(taxonomy.labels) == set(published)
    for category, members in published.items():
        assert dict(taxonomy.members[category]) == {m: 1.0 for m in members.split()}
    covered = [m for members in published.values() for m in members.split()]
    assert sorted(covered) == sorted(GOEMOTIONS), "each GoEmotions label belongs to exactly one category"


def test_ekman_joy_is_noisy_or_of_its_twelve_members() -> None:
    rng = np.random.default_rng(3)
    members = PUBLISHED_EKMAN["joy"].split()
    assert len(members) == 12
    probs = {label: float(rng.uniform(0, 0.6)) for label in GOEMOTIONS}
    expected = 1.0 - np.prod([1.0 - probs[m] for m in members])
    assert view_scores(probs, "ekman")["joy"] == pytest.approx(expected, abs=1e-9)
    # a non-member does not move the score
    moved = dict(probs, anger=0.99)
    assert view_scores(moved, "ekman")["joy"] == pytest.approx(expected, abs=1e-9)


def test_view_score_is_bounded_and_monotone() -> None:
    low = view_scores(_probs(joy=0.2), "ekman")["joy"]
    high = view_scores(_probs(joy=0.2, amusement=0.5), "ekman")["joy"]
    assert 0.0 <= low < high <= 1.0
    assert view_scores(_probs(joy=1.0, love=1.0), "ekman")["joy"] == pytest.approx(1.0)


def test_plutchik_weights_split_dyads() -> None:
    plutchik = get_taxonomy("plutchik")
    assert plutchik.labels == (
        "joy",
        "trust",
        "fear",
        "surprise",
        "sadness",
        "disgust",
        "anger",
        "anticipation",
    )
    totals = {label: 0.0 for label in GOEMOTIONS}
    for members in plutchik.members.values():
        for label, weight in members.items():
            totals[label] += weight
    assert totals.pop("neutral") == 0.0
    assert all(total == pytest.approx(1.0) for total in totals.values()), totals
    # love is the dyad joy + trust: half to each
    assert plutchik.members["joy"]["love"] == 0.5 and plutchik.members["trust"]["love"] == 0.5
    assert view_scores(_probs(love=0.8), "plutchik")["trust"] == pytest.approx(0.4)


def test_parrott_tree_shape_and_places() -> None:
    primary = get_taxonomy("parrott.primary")
    secondary = get_taxonomy("parrott.secondary")
    assert set(primary.labels) == {"love", "joy", "surprise", "anger", "sadness", "fear"}
    assert len(secondary.labels) == 25
    assert parrott_place("remorse") == ("sadness", "shame", "remorse")
    assert parrott_place("annoyance") == ("anger", "irritation", "annoyance")
    assert parrott_place("neutral") is None
    placed = [label for label in GOEMOTIONS if parrott_place(label) is not None]
    assert len(placed) == 27
    assert get_taxonomy("parrott") is primary


def test_view_labels_follow_goemotions_labels() -> None:
    assert view_labels(["gratitude", "remorse"], "ekman") == ["joy", "sadness"]
    assert view_labels(["neutral"], "sentiment") == ["neutral"]
    assert view_labels(["love"], "plutchik") == ["joy", "trust"]
    assert view_labels([], "ekman") == []
    with pytest.raises(TaxonomyError, match="unknown GoEmotions label"):
        view_labels(["happiness"], "ekman")


def test_matrix_and_mapping_agree() -> None:
    rng = np.random.default_rng(0)
    batch = rng.uniform(0, 1, size=(5, 28))
    matrix = view_score_matrix(batch, "sentiment")
    for row in range(5):
        mapping = view_scores(dict(zip(GOEMOTIONS, batch[row])), "sentiment")
        assert list(mapping.values()) == pytest.approx(matrix[row].tolist())


def test_unknown_taxonomy_suggests_a_name() -> None:
    with pytest.raises(TaxonomyError, match="Did you mean 'ekman'"):
        get_taxonomy("ekmann")


def test_every_taxonomy_is_versioned() -> None:
    for taxonomy in list_taxonomies():
        assert taxonomy.version.endswith(".v1")
        assert taxonomy.source
