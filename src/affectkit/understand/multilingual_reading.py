"""The multilingual path: an :class:`~affectkit.types.Analysis` for a text that is not in
English, from one pass of the multilingual encoder (:mod:`affectkit.models.multilingual`).

Two heads read the pass. The Plutchik head (:mod:`affectkit.models.plutchik_head`, trained
on XED in 40+ languages) gives the ``plutchik`` view, and ``sentiment`` follows from it by
the taxonomy graph: these two are measured per language (``affectkit eval xed``). The
reading head (:mod:`affectkit.models.e5_reading`, trained on English GoEmotions) gives the
GoEmotions-28 probabilities, and so the Ekman and Parrott views, and the VAD: carried over
from English by the encoder's shared space and not measured in the text's language (there
is no labelled data for it here); the model cards say so.

A text no model reads (:func:`unread`) gets ``covered: false``, no labels, zero scores and
neutral VAD: never a guess.

Example:
    >>> from affectkit.understand.routing import Route
    >>> reading = read_routed(["Estoy muy feliz de verte"], [Route("es", "multilingual")])[0]
    >>> reading.language, reading.covered, reading.plutchik.top
    ('es', True, 'joy')
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from affectkit.models.multilingual import MAX_TOKENS, NAME, embed, token_count, version
from affectkit.taxonomy.graph import GOEMOTIONS, TAXONOMY_VERSION, get_taxonomy
from affectkit.taxonomy.registry import registered_views
from affectkit.types import VAD, Analysis, ParrottView, Provenance, ViewResult
from affectkit.understand.routing import Route
from affectkit.version import __version__

NEUTRAL_VAD = VAD(valence=3.0, arousal=3.0, dominance=3.0)


def read_routed(texts: Sequence[str], routes: Sequence[Route], *, long_text: str = "truncate") -> list[Analysis]:
    """An analysis of each text whose route is not the default model's: the multilingual
    path's reading, or :func:`unread` for a text no model reads. ``long_text`` is recorded;
    the multilingual path reads the first :data:`~affectkit.models.multilingual.MAX_TOKENS`
    tokens and flags a cut.

    Example:
        >>> from affectkit.understand.routing import Route
        >>> [a.covered for a in read_routed(["Olen niin iloinen", "..."], [Route("fi", "multilingual"),
        ...     Route("ko", "none", "Hangul script: no model here reads it")])]
        [True, False]
    """
    if len(texts) != len(routes):
        raise ValueError(f"{len(texts)} texts but {len(routes)} routes")
    results: list[Analysis | None] = [None] * len(texts)
    read = [i for i, route in enumerate(routes) if route.path == "multilingual"]
    if read:
        for i, analysis in zip(read, _read([texts[i] for i in read], [routes[i] for i in read], long_text)):
            results[i] = analysis
    for i, route in enumerate(routes):
        if route.path == "none":
            results[i] = unread(texts[i], route, long_text=long_text)
        elif route.path == "default":
            raise ValueError(f"text {i} is routed to the default model; read it with the Analyzer")
    return [result for result in results if result is not None]


def emotion_scores(texts: Sequence[str]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The multilingual path's GoEmotions-28 probabilities (n x 28) and Plutchik scores (n x 8,
    the view's order) of texts, from one pass of the multilingual encoder: what the emotion
    memory stores for a text in another language.

    Example:
        >>> probs, plutchik = emotion_scores(["Estoy muy feliz de verte"])
        >>> probs.shape, plutchik.shape
        ((1, 28), (1, 8))
    """
    from affectkit.models.e5_reading import load_reading_head
    from affectkit.models.plutchik_head import load_plutchik_head

    vectors = embed(list(texts))
    head = load_plutchik_head()
    order = [head.labels.index(label) for label in get_taxonomy("plutchik").labels]
    return load_reading_head().probabilities(vectors), head.scores(vectors)[:, order]


def _read(texts: list[str], routes: list[Route], long_text: str) -> list[Analysis]:
    from affectkit.models.e5_reading import load_reading_head
    from affectkit.models.plutchik_head import load_plutchik_head
    from affectkit.taxonomy.bridge import bridge_view
    from affectkit.understand.analyzer import assemble_analysis

    vectors = embed(texts)
    reading = load_reading_head()
    probs = reading.probabilities(vectors)
    vad = reading.vad(vectors)
    plutchik_head = load_plutchik_head()
    plutchik_scores = plutchik_head.scores(vectors)
    plutchik_views = plutchik_head.views(plutchik_scores)
    on = reading.on(probs)
    heads = {reading.name: reading.version, plutchik_head.name: plutchik_head.version}
    results = []
    for i, (text, route) in enumerate(zip(texts, routes)):
        order = np.argsort(-probs[i], kind="stable")
        labels = [GOEMOTIONS[j] for j in order if on[i, j]]
        tokens = token_count(text)
        provenance = Provenance(
            model=NAME,
            model_version=version(),
            taxonomy_version=TAXONOMY_VERSION,
            affectkit_version=__version__,
            thresholds="calibrated-val",
            temperature=1.0,
            long_text=long_text,
            tokens=max(tokens - 2, 0),
            max_tokens=MAX_TOKENS,
            truncated=tokens > MAX_TOKENS,
            segments=1,
            heads=heads,
        )
        values = {name: float(vad[i, k]) for k, name in enumerate(reading.vad_columns)}
        vads = tuple(
            VAD(valence=values[f"{side}_V"], arousal=values[f"{side}_A"], dominance=values[f"{side}_D"])
            for side in ("combined", "writer", "reader")
        )
        analysis = assemble_analysis(
            text, probs[i], labels, GOEMOTIONS[int(order[0])], (vads[0], vads[1], vads[2]), provenance
        )
        plutchik = plutchik_views[i]
        results.append(
            analysis.model_copy(
                update={
                    "language": route.language,
                    "covered": True,
                    "language_note": route.note,
                    "plutchik": plutchik,
                    "sentiment": bridge_view(plutchik, None, "plutchik", "sentiment"),
                }
            )
        )
    return results


def _empty(view: str) -> ViewResult:
    return ViewResult(scores=dict.fromkeys(get_taxonomy(view).labels, 0.0), labels=[], top="")


def unread(text: str, route: Route, *, long_text: str = "truncate") -> Analysis:
    """The analysis of a text no model here reads: ``covered: false``, the route's note, no
    labels, every score 0, ``top`` and ``dominant`` empty, neutral VAD (3 on EmoBank's
    scale), and no model in the provenance.

    Example:
        >>> from affectkit.understand.routing import Route
        >>> a = unread("안녕하세요", Route("und", "none", "Hangul script: no model here reads it"))
        >>> a.covered, a.labels, a.dominant, a.language_note
        (False, [], '', 'Hangul script: no model here reads it')
    """
    return Analysis(
        text=text,
        language=route.language,
        covered=False,
        language_note=route.note,
        emotions=dict.fromkeys(GOEMOTIONS, 0.0),
        labels=[],
        dominant="",
        ekman=_empty("ekman"),
        sentiment=_empty("sentiment"),
        plutchik=_empty("plutchik"),
        parrott=ParrottView(primary=_empty("parrott.primary"), secondary=_empty("parrott.secondary"), tertiary=[]),
        views={view.name: _empty(view.name) for view in registered_views()},
        vad=NEUTRAL_VAD,
        writer_vad=NEUTRAL_VAD,
        reader_vad=NEUTRAL_VAD,
        provenance=Provenance(
            model="none",
            model_version="-",
            taxonomy_version=TAXONOMY_VERSION,
            affectkit_version=__version__,
            thresholds="-",
            temperature=1.0,
            long_text=long_text,
            tokens=0,
            max_tokens=0,
            truncated=False,
            segments=0,
        ),
    )
