"""The analyser: texts in, :class:`~affectkit.types.Analysis` out, from one forward pass.

Example:
    >>> from affectkit import Analyzer
    >>> analyzer = Analyzer(thresholds=0.5)
    >>> [a.dominant for a in analyzer.analyze_batch(["I love it", "I hate it"])]
    ['love', 'anger']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import numpy as np
import numpy.typing as npt

from affectkit.config import setting
from affectkit.errors import AffectkitError, ModelError, TaxonomyError
from affectkit.models import EmotionModel, Encoded, Encoder, Features, resolve_model
from affectkit.models.custom_head import CustomHead
from affectkit.taxonomy.graph import (
    GOEMOTIONS,
    TAXONOMY_VERSION,
    get_taxonomy,
    parrott_place,
    view_labels,
    view_score_matrix,
)
from affectkit.taxonomy.registry import list_views, registered_views
from affectkit.types import VAD, Analysis, CustomResult, ParrottView, Provenance, ViewResult
from affectkit.understand.multilingual_reading import read_routed
from affectkit.understand.routing import Route, check_language, route_texts
from affectkit.understand.text import clean_text, sentence_pieces
from affectkit.version import __version__

LongText = Literal["truncate", "sentences"]
T = TypeVar("T")


class Analyzer:
    """Load a model once and analyse many texts with it.

    Args:
        model: a shipped model name or a model directory (default ``goemotions-minilm``,
            or ``AFFECTKIT_MODEL``), or a loaded encoder (anything that answers
            :class:`~affectkit.models.Encoder`, e.g. :class:`affectkit.testing.FakeEncoder`).
        thresholds: ``None`` for the model's per-label thresholds (calibrated on dev), one
            number for every label, or a mapping label -> threshold (others keep the default).
        batch_size: texts per forward pass.
        threads: onnxruntime threads; 0 lets it choose.
        long_text: ``"truncate"`` reads the first ``max_tokens`` tokens and flags the cut;
            ``"sentences"`` analyses a long text in sentence-sized pieces and aggregates
            (emotion probabilities: the maximum over pieces, but neutral the minimum; VAD:
            the token-weighted mean).
        max_chars: texts longer than this raise ``TextTooLongError``.
        heads: your own heads (folders that ``affectkit train`` wrote, or their names in
            ``AFFECTKIT_HEADS``, or loaded :class:`~affectkit.models.custom_head.CustomHead`
            objects): each result then carries ``custom[name]``. A head trained on another
            encoder is refused. The heads read the same encoder pass (English texts only:
            they learnt from the default model's vectors).
        language: ``"auto"`` (default, or ``AFFECTKIT_LANGUAGE``) identifies each text's
            language and routes it: English to the model, a language the multilingual path
            covers to it, others to no model (``covered: false``); ``"en"`` reads every text
            with the model, as before routing existed; another ISO 639-1 code reads every
            text as that language (:mod:`affectkit.understand.routing`).

    Example:
        >>> a = Analyzer(long_text="sentences")
        >>> a.analyze("I won! " * 200).provenance.segments > 1
        True
    """

    def __init__(
        self,
        model: str | Path | Encoder | None = None,
        thresholds: float | Mapping[str, float] | None = None,
        *,
        batch_size: int | None = None,
        threads: int | None = None,
        long_text: LongText = "truncate",
        max_chars: int | None = None,
        exact_batches: bool = True,
        heads: Sequence[str | Path | CustomHead] | None = None,
        language: str | None = None,
    ) -> None:
        if long_text not in ("truncate", "sentences"):
            raise AffectkitError(f"long_text must be 'truncate' or 'sentences', not {long_text!r}")
        self.model: Encoder = (
            model
            if isinstance(model, Encoder)
            else EmotionModel.load(resolve_model(setting("model", model)), threads=int(setting("threads", threads)))
        )
        if tuple(self.model.labels) != GOEMOTIONS:
            raise AffectkitError(
                f"model {self.model.name} predicts {len(self.model.labels)} labels that are not "
                "GoEmotions-28 in order; affectkit's views need the GoEmotions label set"
            )
        self.batch_size = int(setting("batch_size", batch_size))
        if self.batch_size < 1:
            raise AffectkitError(f"batch_size must be at least 1, not {self.batch_size}")
        self.max_chars = int(setting("max_chars", max_chars))
        self.long_text: LongText = long_text
        self.exact_batches = exact_batches
        self.thresholds, self._threshold_source = self._resolve_thresholds(thresholds)
        self._threshold_vector = np.array([self.thresholds[label] for label in GOEMOTIONS], dtype=np.float32)
        self.heads = self._load_heads(heads or ())
        self.language = check_language(setting("language", language))

    def _load_heads(self, heads: Sequence[str | Path | CustomHead]) -> tuple[CustomHead, ...]:
        identity = (self.model.name, self.model.version)
        loaded: list[CustomHead] = []
        for given in heads:
            if isinstance(given, CustomHead):
                if given.encoder is not None and given.encoder != identity:
                    raise ModelError(
                        f"the custom head {given.name} {given.version} read {' '.join(given.encoder)}, not "
                        f"{' '.join(identity)}: analyse with that model, or train the head again on this one"
                    )
                loaded.append(given)
            else:
                loaded.append(CustomHead.load(given, encoder=identity))
        names = [head.name for head in loaded]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise AffectkitError(f"two heads are called {', '.join(twice)}; give each head once (or rename one)")
        if loaded and not self.model.has_pooled:
            raise AffectkitError(
                f"model {self.model.name} gives no pooled sentence vector, which custom heads read; use a model "
                "that does (the shipped one)"
            )
        return tuple(loaded)

    def _resolve_thresholds(self, thresholds: float | Mapping[str, float] | None) -> tuple[dict[str, float], str]:
        base = dict(self.model.thresholds)
        if thresholds is None:
            return base, "calibrated-dev"
        if isinstance(thresholds, (int, float)):
            if not 0.0 < float(thresholds) < 1.0:
                raise AffectkitError(f"a threshold must be between 0 and 1, not {thresholds}")
            return {label: float(thresholds) for label in GOEMOTIONS}, f"global={float(thresholds):g}"
        unknown = [label for label in thresholds if label not in GOEMOTIONS]
        if unknown:
            raise TaxonomyError(f"thresholds for unknown label(s) {unknown}; labels are {', '.join(GOEMOTIONS)}")
        for label, value in thresholds.items():
            if not 0.0 < float(value) < 1.0:
                raise AffectkitError(f"threshold for {label} must be between 0 and 1, not {value}")
            base[label] = float(value)
        return base, "custom"

    # -- public API -------------------------------------------------------------------

    def analyze(self, text: str | bytes) -> Analysis:
        """Analyse one text.

        Example:
            >>> Analyzer().analyze("Thank you so much!").sentiment.top
            'positive'
        """
        return self._analyze([text], fast_single=True)[0]

    def analyze_batch(self, texts: Iterable[str | bytes]) -> list[Analysis]:
        """Analyse many texts in length-sorted batches; results keep the input order.

        A bad text raises an :class:`~affectkit.errors.InputError` naming its position.

        Example:
            >>> len(Analyzer().analyze_batch(["good", "bad"]))
            2
        """
        return self._analyze(texts, fast_single=False)

    def analyze_with_features(
        self, texts: Iterable[str | bytes], *, fast_single: bool = False
    ) -> tuple[list[Analysis], npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """Analyses and the encoder's raw outputs (logits, standardised VAD, pooled vector),
        from one pass: the inputs of the conversation heads. With ``long_text="sentences"``
        the raw outputs come from a second pass over the first ``max_tokens`` tokens.
        ``fast_single``: one text runs alone, as :meth:`analyze` runs it (same floats).

        Example:
            >>> analyses, logits, vad, pooled = Analyzer().analyze_with_features(["good", "bad"])
            >>> len(analyses), pooled.shape
            (2, (2, 384))
        """
        cleaned = [
            clean_text(text, max_chars=self.max_chars, where=f"text {position}") for position, text in enumerate(texts)
        ]
        if not cleaned:
            empty = np.zeros((0, 0), dtype=np.float32)
            return [], empty, empty, empty
        features = self.model.encode(cleaned, batch_size=self.batch_size, pooled=True, fast_single=fast_single)
        routes = route_texts(cleaned, self.language)
        english = [i for i, route in enumerate(routes) if route.path == "default"]
        if len(english) == len(cleaned):
            analyses = (
                self._analyze_long(cleaned) if self.long_text == "sentences" else self._from_features(cleaned, features)
            )
            analyses = _with_routes(analyses, routes)
        else:
            analyses = self._merge(cleaned, routes, english, lambda: self._english(cleaned, english, features))
        assert features.pooled is not None
        return analyses, features.logits, features.vad, features.pooled

    def _analyze(self, texts: Iterable[str | bytes], *, fast_single: bool) -> list[Analysis]:
        cleaned = []
        for position, text in enumerate(texts):
            cleaned.append(clean_text(text, max_chars=self.max_chars, where=f"text {position}"))
        if not cleaned:
            return []
        routes = route_texts(cleaned, self.language)
        english = [i for i, route in enumerate(routes) if route.path == "default"]
        if len(english) == len(cleaned):
            return _with_routes(self._analyze_english(cleaned, fast_single=fast_single), routes)
        subset = [cleaned[i] for i in english]
        return self._merge(
            cleaned, routes, english, lambda: self._analyze_english(subset, fast_single=fast_single) if subset else []
        )

    def _english(self, texts: list[str], english: list[int], features: Features) -> list[Analysis]:
        """The default model's analyses of the English texts, from a pass over every text."""
        if not english:
            return []
        if self.long_text == "sentences":
            return self._analyze_long([texts[i] for i in english])
        return self._from_features([texts[i] for i in english], features.select(english))

    def _merge(
        self, texts: list[str], routes: list[Route], english: list[int], read_english: Callable[[], list[Analysis]]
    ) -> list[Analysis]:
        """Every text's analysis in input order: the default model's for English texts, the
        multilingual path's or an unread one for the others."""
        chosen = set(english)
        others = [i for i in range(len(texts)) if i not in chosen]
        results: list[Analysis | None] = [None] * len(texts)
        for i, analysis in zip(english, _with_routes(read_english(), [routes[i] for i in english])):
            results[i] = analysis
        long_text = "truncate" if self.long_text == "sentences" else self.long_text
        for i, analysis in zip(
            others, read_routed([texts[i] for i in others], [routes[i] for i in others], long_text=long_text)
        ):
            results[i] = analysis
        return [result for result in results if result is not None]

    def _analyze_english(self, cleaned: list[str], *, fast_single: bool) -> list[Analysis]:
        if self.long_text == "sentences":
            return self._analyze_long(cleaned)
        features = self.model.encode(
            cleaned,
            batch_size=self.batch_size,
            pooled=bool(self.heads),
            fast_single=fast_single,
            exact=self.exact_batches,
        )
        return self._from_features(cleaned, features)

    def _from_features(self, texts: list[str], features: Features) -> list[Analysis]:
        probs = self.model.probabilities(features.logits)
        custom = self._custom(features) if self.heads else None
        return self._build(
            texts, probs, self.model.vad_scale(features.vad), list(features.encoded), [1] * len(texts), custom
        )

    def _custom(self, features: Features) -> list[dict[str, CustomResult]]:
        """Each text's custom results: every head on the same feature rows."""
        return self._custom_results(self._head_scores(features))

    def _head_scores(self, features: Features) -> list[npt.NDArray[np.float64]]:
        rows = features.rows()
        return [head.scores(rows) for head in self.heads]

    def _custom_results(self, scores: list[npt.NDArray[np.float64]]) -> list[dict[str, CustomResult]]:
        count = scores[0].shape[0]
        return [{head.name: head.result(block[i]) for head, block in zip(self.heads, scores)} for i in range(count)]

    @overload
    def pipe(self, items: Iterable[str | bytes], *, as_tuples: Literal[False] = ...) -> Iterator[Analysis]: ...

    @overload
    def pipe(
        self, items: Iterable[tuple[str | bytes, T]], *, as_tuples: Literal[True]
    ) -> Iterator[tuple[Analysis, T]]: ...

    def pipe(self, items: Iterable[Any], *, as_tuples: bool = False) -> Iterator[Any]:
        """Stream results for an iterable of texts (or ``(text, context)`` pairs), a batch at a time.

        Example:
            >>> rows = [("so sad", 1), ("so glad", 2)]
            >>> [ctx for _, ctx in Analyzer().pipe(rows, as_tuples=True)]
            [1, 2]
        """
        chunk: list[Any] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.batch_size * 8:
                yield from self._pipe_chunk(chunk, as_tuples)
                chunk = []
        if chunk:
            yield from self._pipe_chunk(chunk, as_tuples)

    def _pipe_chunk(self, chunk: list[Any], as_tuples: bool) -> Iterator[Any]:
        if as_tuples:
            results = self.analyze_batch([text for text, _ in chunk])
            yield from zip(results, [context for _, context in chunk])
        else:
            yield from self.analyze_batch(chunk)

    # -- internals ----------------------------------------------------------------------

    def _analyze_long(self, texts: list[str]) -> list[Analysis]:
        pieces: list[str] = []
        owner: list[int] = []
        for index, text in enumerate(texts):
            for piece in self._segments(text):
                pieces.append(piece)
                owner.append(index)
        features = self.model.encode(pieces, batch_size=self.batch_size, pooled=bool(self.heads))
        encoded = features.encoded
        piece_scores = self._head_scores(features) if self.heads else []
        doc_scores = [np.zeros((len(texts), block.shape[1])) for block in piece_scores]
        probs = self.model.probabilities(features.logits)
        vad = self.model.vad_scale(features.vad)
        neutral = GOEMOTIONS.index("neutral")
        n = len(texts)
        doc_probs = np.zeros((n, len(GOEMOTIONS)), dtype=np.float32)
        doc_probs[:, neutral] = 1.0
        doc_vad = np.zeros((n, vad.shape[1]), dtype=np.float64)
        weight = np.zeros(n)
        segments = [0] * n
        tokens = [0] * n
        truncated = [False] * n
        owners = np.asarray(owner)
        for index in range(n):
            rows = np.flatnonzero(owners == index)
            block = probs[rows]
            doc_probs[index] = block.max(axis=0)
            doc_probs[index, neutral] = block[:, neutral].min()
            w = np.array([encoded[r].tokens for r in rows], dtype=np.float64)
            doc_vad[index] = (vad[rows] * w[:, None]).sum(axis=0) / w.sum()
            for scores, doc in zip(piece_scores, doc_scores):  # a head's scores: token-weighted mean of the pieces'
                doc[index] = (scores[rows] * w[:, None]).sum(axis=0) / w.sum()
            weight[index] = w.sum()
            segments[index] = len(rows)
            tokens[index] = int(sum(encoded[r].tokens for r in rows) - 2 * (len(rows) - 1))
            truncated[index] = any(encoded[r].truncated for r in rows)
        doc_encoded = [Encoded((), tokens[i], truncated[i]) for i in range(n)]
        custom = self._custom_results(doc_scores) if self.heads else None
        return self._build(texts, doc_probs, doc_vad.astype(np.float32), doc_encoded, segments, custom)

    def _segments(self, text: str) -> list[str]:
        """Pack whole sentences into pieces that fit the model; a longer sentence is cut (and flagged)."""
        return sentence_pieces(text, self.model)

    def _build(
        self,
        texts: list[str],
        probs: npt.NDArray[np.float32],
        vad: npt.NDArray[np.float32],
        encoded: list[Encoded],
        segments: list[int],
        custom: list[dict[str, CustomResult]] | None = None,
    ) -> list[Analysis]:
        on = probs >= self._threshold_vector[None, :]
        views = {name: view_score_matrix(probs, name) for name in view_names()}
        columns = self.model.vad_columns
        results = []
        for i, text in enumerate(texts):
            order = np.argsort(-probs[i], kind="stable")
            vad_values = {name: float(vad[i, k]) for k, name in enumerate(columns)}
            results.append(
                assemble_analysis(
                    text,
                    probs[i],
                    [GOEMOTIONS[j] for j in order if on[i, j]],
                    GOEMOTIONS[int(order[0])],
                    (_vad(vad_values, "combined"), _vad(vad_values, "writer"), _vad(vad_values, "reader")),
                    Provenance(
                        model=self.model.name,
                        model_version=self.model.version,
                        taxonomy_version=TAXONOMY_VERSION,
                        affectkit_version=__version__,
                        thresholds=self._threshold_source,
                        temperature=self.model.temperature,
                        long_text=self.long_text,
                        tokens=max(encoded[i].tokens - 2, 0),
                        max_tokens=self.model.max_tokens,
                        truncated=encoded[i].truncated,
                        segments=segments[i],
                    ),
                    {name: matrix[i] for name, matrix in views.items()},
                    custom[i] if custom is not None else None,
                )
            )
        return results


def _with_routes(analyses: list[Analysis], routes: Sequence[Route]) -> list[Analysis]:
    """The default model's analyses with their route's language and note (unchanged when the
    route says English with nothing to note, the common case)."""
    return [
        analysis
        if route.language == "en" and route.note is None
        else analysis.model_copy(update={"language": route.language, "language_note": route.note})
        for analysis, route in zip(analyses, routes, strict=True)
    ]


def view_names() -> list[str]:
    """The label sets each analysis scores: those of every derived view, built in or registered.

    Example:
        >>> view_names()[:3]
        ['ekman', 'sentiment', 'plutchik']
    """
    return [taxonomy.name for view in list_views() if view.derived for taxonomy in view.taxonomies]


def assemble_analysis(
    text: str,
    probs: npt.NDArray[np.floating[Any]],
    labels: list[str],
    dominant: str,
    vads: tuple[VAD, VAD, VAD],
    provenance: Provenance,
    views: Mapping[str, npt.NDArray[np.floating[Any]]] | None = None,
    custom: Mapping[str, CustomResult] | None = None,
) -> Analysis:
    """One ``Analysis`` from GoEmotions probabilities (28, in label order), the labels that
    are on, VAD (combined, writer, reader) and provenance; the views follow by the one rule.
    ``views`` may hold the view scores already computed for a batch; ``custom`` the results
    of your own heads, by head name.

    Example:
        >>> p = np.zeros(28); p[GOEMOTIONS.index("joy")] = 1.0
        >>> v = VAD(valence=4.0, arousal=3.0, dominance=3.0)
        >>> prov = Provenance(model="m", model_version="1", taxonomy_version="t", affectkit_version="0",
        ...     thresholds="llm", temperature=0.0, long_text="truncate", tokens=1, max_tokens=1,
        ...     truncated=False, segments=1)
        >>> assemble_analysis("yay", p, ["joy"], "joy", (v, v, v), prov).ekman.labels
        ['joy']
    """
    scores = dict(views) if views is not None else {}
    for name in view_names():
        if name not in scores:
            scores[name] = view_score_matrix(np.asarray(probs)[None, :], name)[0]
    return Analysis(
        text=text,
        emotions={label: float(probs[j]) for j, label in enumerate(GOEMOTIONS)},
        labels=labels,
        dominant=dominant,
        ekman=_view("ekman", scores["ekman"], labels),
        sentiment=_view("sentiment", scores["sentiment"], labels),
        plutchik=_view("plutchik", scores["plutchik"], labels),
        parrott=ParrottView(
            primary=_view("parrott.primary", scores["parrott.primary"], labels),
            secondary=_view("parrott.secondary", scores["parrott.secondary"], labels),
            tertiary=[
                word
                for label in labels
                if (place := parrott_place(label)) is not None and (word := place[2]) is not None
            ],
        ),
        views={view.name: _view(view.name, scores[view.name], labels) for view in registered_views()},
        vad=vads[0],
        writer_vad=vads[1],
        reader_vad=vads[2],
        provenance=provenance,
        custom=dict(custom or {}),
    )


def _view(name: str, scores: npt.NDArray[np.floating[Any]], labels: list[str]) -> ViewResult:
    categories = get_taxonomy(name).labels
    return ViewResult(
        scores={c: float(s) for c, s in zip(categories, scores)},
        labels=view_labels(labels, name),
        top=categories[int(np.argmax(scores))],
    )


def _vad(values: dict[str, float], perspective: str) -> VAD:
    return VAD(
        valence=values[f"{perspective}_V"],
        arousal=values[f"{perspective}_A"],
        dominance=values[f"{perspective}_D"],
    )
