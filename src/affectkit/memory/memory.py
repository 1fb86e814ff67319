"""Emotion-aware memory for agents: store what was said with how it felt, recall by both.

``Memory(path_or_dsn)`` opens a SQLite file (created if missing) or, for a
``postgresql://`` DSN, a PostgreSQL database with pgvector. Each added text is encoded once
(sentence vector and emotion scores, Plutchik-8 view included); searches only encode the
query. Retrieval strategies and distances are in :mod:`affectkit.memory.strategies`.

Example:
    >>> import tempfile, pathlib
    >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "ada.db")
    >>> ids = memory.add_many(["We won the final!", "My cat died last night.", "The bus was late."], owner="ada")
    >>> [r.unit.text for r in memory.search("I am so sad about my pet", owner="ada", k=1)]
    ['My cat died last night.']
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

import numpy as np

from affectkit.errors import InputError, MemoryStoreError
from affectkit.memory import strategies
from affectkit.memory.embedder import SentenceEmbedder
from affectkit.memory.units import Candidates, Encodings, FloatArray, MemoryUnit, Recall
from affectkit.taxonomy.graph import GOEMOTIONS, TAXONOMY_VERSION, get_taxonomy, view_score_matrix
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.multilingual_reading import emotion_scores
from affectkit.understand.routing import route_texts
from affectkit.understand.text import clean_text, is_valid_unicode
from affectkit.version import __version__

MAX_OWNER_CHARS = 200
MAX_METADATA_BYTES = 65_536
MAX_BATCH = 100_000
PLUTCHIK = get_taxonomy("plutchik").labels


class Store(Protocol):
    """What a memory store does; SQLiteStore and PostgresStore implement it."""

    kind: str

    def meta(self) -> dict[str, str]: ...
    def set_meta(self, values: dict[str, str], *, replace: bool = False) -> None: ...
    def update_encodings(self, ids: Sequence[int], encodings: Encodings) -> None: ...
    def insert(
        self, owner: str, texts: Sequence[str], times: Sequence[float], metadata: Sequence[str], encodings: Encodings
    ) -> list[int]: ...
    def delete(self, ids: Sequence[int]) -> int: ...
    def count(self, owner: str | None) -> int: ...
    def owners(self) -> list[str]: ...
    def units(self, ids: Sequence[int], labels: Sequence[str], plutchik_labels: Sequence[str]) -> list[MemoryUnit]: ...
    def page(
        self, owner: str | None, after: int, labels: Sequence[str], plutchik_labels: Sequence[str], size: int = 1000
    ) -> list[MemoryUnit]: ...
    def candidates(
        self,
        owner: str,
        dimensions: int,
        *,
        exact: bool = False,
        semantic: FloatArray | None = None,
        plutchik: FloatArray | None = None,
        strategy: str = "semantic",
        pool: int = 20,
    ) -> Candidates: ...
    def check(self) -> str: ...
    def close(self) -> None: ...


def open_store(location: str | Path, *, dimensions: int = 384) -> Store:
    """A SQLite store for a path, a PostgreSQL store for a ``postgresql://`` DSN.

    Example:
        >>> import tempfile, pathlib
        >>> open_store(pathlib.Path(tempfile.mkdtemp()) / "m.db").kind
        'sqlite'
    """
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from affectkit.memory.postgres_store import PostgresStore

        return PostgresStore(text, dimensions=dimensions)
    if "://" in text:
        raise MemoryStoreError(f"unknown memory location {text.split('://')[0]}://; give a file path or postgresql://")
    if any(f"{key}=" in text for key in ("host", "dbname", "user", "password", "port")) and " " in text:
        raise MemoryStoreError(
            "that looks like a key=value PostgreSQL connection string; give it as a URL: "
            "postgresql://user:password@host:5432/dbname"
        )
    from affectkit.memory.sqlite_store import SQLiteStore

    return SQLiteStore(text)


class Memory:
    """Memories of agents or characters, searchable by meaning and by emotion."""

    def __init__(
        self,
        location: str | Path,
        *,
        analyzer: Analyzer | None = None,
        embedder: SentenceEmbedder | None = None,
    ) -> None:
        self.store = open_store(location)
        self._analyzer = analyzer
        self._embedder = embedder
        self._encoders: dict[str, str] | None = None
        meta = self.store.meta()
        self._labels = tuple(json.loads(meta["emotion_labels"])) if "emotion_labels" in meta else GOEMOTIONS
        self._plutchik = tuple(json.loads(meta["plutchik_labels"])) if "plutchik_labels" in meta else PLUTCHIK

    # -- encoders -------------------------------------------------------------------------
    @property
    def analyzer(self) -> Analyzer:
        """The emotion model (loaded on first use)."""
        if self._analyzer is None:
            self._analyzer = Analyzer()
        return self._analyzer

    @property
    def embedder(self) -> SentenceEmbedder:
        """The sentence encoder (built on first use)."""
        if self._embedder is None:
            self._embedder = SentenceEmbedder.load()
        return self._embedder

    def _encoder_meta(self) -> dict[str, str]:
        """What the loaded encoders are, as the store records it (built once: searches check it)."""
        if self._encoders is None:
            self._encoders = self._describe_encoders()
        return self._encoders

    def _describe_encoders(self) -> dict[str, str]:
        model = self.analyzer.model
        return {
            "embedder": self.embedder.name,
            "embedder_version": self.embedder.version,
            "dimensions": str(self.embedder.dimensions),
            "emotion_model": model.name,
            "emotion_model_version": model.version,
            "taxonomy_version": TAXONOMY_VERSION,
            "emotion_labels": json.dumps(list(GOEMOTIONS)),
            "plutchik_labels": json.dumps(list(PLUTCHIK)),
            "created_by": f"affectkit {__version__}",
        }

    def _check_encoders(self, *, writing: bool) -> bool:
        """The store's vectors must come from the encoders loaded now, or distances mean nothing.

        Returns False for a store nothing was ever written to (a search has nothing to find);
        a first write records the encoders. Read on every call: another process may have
        re-encoded the memory since.
        """
        stored = self.store.meta()
        if "embedder" not in stored:
            if not writing:
                return False
            self.store.set_meta(self._encoder_meta())
            stored = self.store.meta()
        if stored.get("reencoding") == "1":
            raise MemoryStoreError(
                "a re-encoding of this memory did not finish, so its vectors are mixed; run "
                "`affectkit memory reencode --store ...` (Memory.reencode()) again"
            )
        ours = self._encoder_meta()
        for key in ("embedder", "dimensions", "emotion_model", "emotion_model_version"):
            if stored.get(key) != ours[key]:
                raise MemoryStoreError(
                    f"this memory was written with {key} {stored.get(key)!r}, but {ours[key]!r} is loaded; its "
                    "vectors are not comparable. Re-encode it with the loaded models: `affectkit memory reencode "
                    "--store ...` (Memory.reencode()), or load the model it was written with."
                )
        self._labels = tuple(json.loads(stored["emotion_labels"]))
        self._plutchik = tuple(json.loads(stored["plutchik_labels"]))
        return True

    def encode(self, texts: Sequence[str], *, query: bool = False) -> Encodings:
        """Sentence vectors, emotion probabilities and Plutchik-8 scores of cleaned texts.

        ``query=True`` (one text) takes the encoders' one-row paths, as a search does: its
        floats may differ from the stored ones of the same text in the seventh digit.

        Example:
            >>> import tempfile, pathlib
            >>> Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db").encode(["hello"]).plutchik.shape
            (1, 8)
        """
        model = self.analyzer.model
        routes = route_texts(list(texts), self.analyzer.language)
        english = [i for i, route in enumerate(routes) if route.path == "default"]
        others = [i for i, route in enumerate(routes) if route.path == "multilingual"]
        # a language no model reads keeps zeros: no emotion, never a guess
        probs = np.zeros((len(texts), len(GOEMOTIONS)), dtype=np.float32)
        plutchik = np.zeros((len(texts), len(get_taxonomy("plutchik").labels)), dtype=np.float32)
        if english:
            chosen = [texts[i] for i in english]
            logits = model.encode(chosen, batch_size=self.analyzer.batch_size, fast_single=query).logits
            probs[english] = model.probabilities(logits)
            plutchik[english] = view_score_matrix(probs[english], "plutchik")
        if others:  # another language: the multilingual path's emotions, as the analyser gives them
            probs[others], plutchik[others] = emotion_scores([texts[i] for i in others])
        return Encodings(self.embedder.embed(texts, fast_single=query), probs, plutchik)

    # -- writes ---------------------------------------------------------------------------
    def add(
        self, text: str, *, owner: str, time: float | None = None, metadata: Mapping[str, Any] | None = None
    ) -> int:
        """Store one memory; returns its id once it is durable.

        Example:
            >>> import tempfile, pathlib
            >>> Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db").add("Hello!", owner="ada")
            1
        """
        return self.add_many(
            [text],
            owner=owner,
            times=None if time is None else [time],
            metadata=None if metadata is None else [metadata],
        )[0]

    def add_many(
        self,
        texts: Sequence[str],
        *,
        owner: str,
        times: Sequence[float] | None = None,
        metadata: Sequence[Mapping[str, Any]] | None = None,
    ) -> list[int]:
        """Store many memories of one owner in one transaction; returns their ids in order.

        Any bad text, time or metadata rejects the whole batch before anything is written,
        with an error naming its position.

        Example:
            >>> import tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> memory.add_many(["one", "two"], owner="ada", metadata=[{"turn": 1}, {"turn": 2}])
            [1, 2]
        """
        owner = check_owner(owner)
        if isinstance(texts, str):
            raise InputError("add_many takes a list of texts; for one text use add()")
        if len(texts) > MAX_BATCH:
            raise InputError(f"{len(texts):,} texts in one call; add at most {MAX_BATCH:,} at a time")
        cleaned = [clean_text(t, max_chars=self.analyzer.max_chars, where=f"memory {i}") for i, t in enumerate(texts)]
        if times is not None and len(times) != len(cleaned):
            raise InputError(f"{len(times)} times for {len(cleaned)} texts; give one time per text or none")
        if metadata is not None and len(metadata) != len(cleaned):
            raise InputError(f"{len(metadata)} metadata entries for {len(cleaned)} texts; give one per text or none")
        stamp = time.time()
        when = [_check_time(t, i) for i, t in enumerate(times)] if times is not None else [stamp] * len(cleaned)
        meta = ["{}"] * len(cleaned)
        if metadata is not None:
            meta = [_check_metadata(m, i) for i, m in enumerate(metadata)]
        if not cleaned:
            return []
        self._check_encoders(writing=True)
        return self.store.insert(owner, cleaned, when, meta, self.encode(cleaned))

    def delete(self, ids: int | Sequence[int]) -> int:
        """Delete memories by id; returns how many there were.

        Example:
            >>> import tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> memory.delete(memory.add("forget me", owner="ada"))
            1
        """
        wanted = [ids] if isinstance(ids, int) else list(ids)
        return self.store.delete(wanted) if wanted else 0

    def reencode(self, *, batch: int = 512, progress: Callable[[int, int], None] | None = None) -> int:
        """Recompute every memory's vectors with the encoders loaded now (after a model
        upgrade), then record them as the memory's encoders. Returns how many were re-encoded.

        Each batch is one transaction; run it while no other process writes to the memory.

        Example:
            >>> import tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> _ = memory.add_many(["one", "two"], owner="ada")
            >>> memory.reencode()
            2
        """
        total = self.store.count(None)
        done = 0
        after = 0
        # marked first: if this stops half way, searches refuse the mixed vectors until a rerun
        self.store.set_meta({"reencoding": "1"}, replace=True)
        while units := self.store.page(None, after, self._labels, self._plutchik, size=batch):
            encodings = self.encode([unit.text for unit in units])
            self.store.update_encodings([unit.id for unit in units], encodings)
            done += len(units)
            after = units[-1].id
            if progress is not None:
                progress(done, total)
        self.store.set_meta({**self._encoder_meta(), "reencoding": "0"}, replace=True)
        self._check_encoders(writing=False)
        return done

    # -- reads ----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        owner: str,
        strategy: str = "additive",
        k: int = 10,
        pool: int = 20,
        weight: float = 0.5,
        normalize: str = "bound",
        emotion: str | Mapping[str, float] | None = None,
        exact: bool = False,
    ) -> list[Recall]:
        """The K memories of ``owner`` that best match ``query`` by the chosen strategy.

        ``emotion`` is the emotion to match: by default the query's own (its Plutchik-8 view);
        or a Plutchik or GoEmotions label (``"joy"``, ``"grief"``), or scores by label in
        either taxonomy. ``exact`` matters for PostgreSQL only (SQLite always searches
        exactly): True reads every vector of the owner instead of the approximate indexes.

        Example:
            >>> import tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> _ = memory.add_many(["I passed the exam, so happy!", "I failed the exam, I feel awful."], owner="ada")
            >>> best = memory.search("the exam", owner="ada", weight=0.8, emotion="sadness", k=1)[0]
            >>> best.unit.text
            'I failed the exam, I feel awful.'
        """
        settings = strategies.SearchSettings(strategy, k, pool, weight, normalize)
        return self.search_with(query, owner=owner, settings=settings, emotion=emotion, exact=exact)

    def search_with(
        self,
        query: str,
        *,
        owner: str,
        settings: strategies.SearchSettings,
        emotion: str | Mapping[str, float] | None = None,
        exact: bool = False,
    ) -> list[Recall]:
        """:meth:`search` with the ranking settings made (and checked) once, for callers that
        search many times with the same settings.

        Example:
            >>> import tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> _ = memory.add("We won the cup!", owner="ada")
            >>> len(memory.search_with("the cup", owner="ada", settings=strategies.SearchSettings(k=1)))
            1
        """
        owner = check_owner(owner)
        text = clean_text(query, max_chars=self.analyzer.max_chars, where="query")
        if not self._check_encoders(writing=False):
            return []
        encoded = self.encode([text], query=True)
        semantic = encoded.semantic[0]
        target = encoded.plutchik[0] if emotion is None else emotion_vector(emotion)
        found = self.store.candidates(
            owner,
            self.embedder.dimensions,
            exact=exact,
            semantic=semantic,
            plutchik=target,
            strategy=settings.strategy,
            pool=settings.pool,
        )
        return self._rank(found, semantic, target, settings)

    def _rank(
        self, found: Candidates, semantic: FloatArray, target: FloatArray, settings: strategies.SearchSettings
    ) -> list[Recall]:
        d_s = (
            found.semantic_distance
            if found.semantic_distance is not None
            else strategies.semantic_distances(found.semantic, semantic)
        )
        d_e = strategies.emotion_distances(found.plutchik, target)
        order = strategies.rank_by(d_s, d_e, found.ids, settings)
        units = self.store.units([int(found.ids[i]) for i in order], self._labels, self._plutchik)
        by_id = {unit.id: unit for unit in units}
        recalls: list[Recall] = []
        for i in order:
            unit = by_id.get(int(found.ids[i]))
            if unit is None:  # deleted by another process between the two reads
                continue
            recalls.append(
                Recall(
                    rank=len(recalls) + 1,
                    unit=unit,
                    semantic_distance=float(d_s[i]),
                    emotion_distance=float(d_e[i]),
                    score=strategies.score(
                        float(d_s[i]),
                        float(d_e[i]),
                        strategy=settings.strategy,
                        weight=settings.weight,
                        normalize=settings.normalize,
                    ),
                )
            )
        return recalls

    def count(self, owner: str | None = None) -> int:
        """How many memories ``owner`` has (everyone's if None).

        Example:
            >>> import tempfile, pathlib
            >>> Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db").count()
            0
        """
        return self.store.count(None if owner is None else check_owner(owner))

    def owners(self) -> list[str]:
        """Every owner with at least one memory."""
        return self.store.owners()

    def get(self, ids: Sequence[int]) -> list[MemoryUnit]:
        """Memories by id, in the order given; ids that do not exist are left out."""
        return self.store.units(list(ids), self._labels, self._plutchik)

    def export(self, out: IO[str], *, owner: str | None = None) -> int:
        """Write memories as JSON lines (id, owner, text, time, metadata, emotion, plutchik).

        Vectors are not written: they are recomputed when the lines are added to a memory.

        Example:
            >>> import io, tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> _ = memory.add("hello", owner="ada")
            >>> buffer = io.StringIO(); memory.export(buffer)
            1
        """
        written = 0
        for unit in self.iterate(owner):
            out.write(unit.model_dump_json() + "\n")
            written += 1
        return written

    def iterate(self, owner: str | None = None) -> Iterator[MemoryUnit]:
        """Every memory (of ``owner``, or everyone's), oldest first, read a page at a time.

        Example:
            >>> import tempfile, pathlib
            >>> memory = Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db")
            >>> _ = memory.add_many(["one", "two"], owner="ada")
            >>> [unit.text for unit in memory.iterate("ada")]
            ['one', 'two']
        """
        who = None if owner is None else check_owner(owner)
        after = 0
        while units := self.store.page(who, after, self._labels, self._plutchik):
            yield from units
            after = units[-1].id

    def describe(self) -> dict[str, str]:
        """What the store records about itself: schema, encoders, label orders."""
        return {"store": self.store.kind, **self.store.meta()}

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def check_owner(owner: object) -> str:
    """An owner id: a non-empty string of at most 200 characters.

    Example:
        >>> check_owner(" ada ")
        'ada'
    """
    if not isinstance(owner, str) or not owner.strip():
        raise InputError("owner must be a non-empty string: the agent or character the memory belongs to")
    if len(owner) > MAX_OWNER_CHARS:
        raise InputError(f"owner has {len(owner)} characters; use an id of at most {MAX_OWNER_CHARS}")
    if "\x00" in owner or not is_valid_unicode(owner):
        raise InputError("owner contains NUL or invalid Unicode (a lone surrogate); use a plain text id")
    return owner.strip()



def emotion_vector(emotion: str | Mapping[str, float]) -> FloatArray:
    """A Plutchik-8 target from a label (Plutchik or GoEmotions) or from scores by label.

    Example:
        >>> emotion_vector("grief").round(2).tolist()
        [0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    """
    if isinstance(emotion, str):
        emotion = {emotion: 1.0}
    unknown = [label for label in emotion if label not in PLUTCHIK and label not in GOEMOTIONS]
    if unknown:
        raise InputError(
            f"unknown emotion label(s) {unknown}; use Plutchik ({', '.join(PLUTCHIK)}) or GoEmotions labels"
        )
    values = [float(v) for v in emotion.values()]
    if any(not math.isfinite(v) or v < 0 for v in values) or not any(v > 0 for v in values):
        raise InputError("emotion scores must be finite, non-negative, and not all zero")
    if all(label in PLUTCHIK for label in emotion):
        return np.array([float(emotion.get(label, 0.0)) for label in PLUTCHIK], dtype=np.float32)
    if not all(label in GOEMOTIONS for label in emotion):
        raise InputError("give emotion scores in one taxonomy: all Plutchik labels or all GoEmotions labels")
    probs = np.array([[min(float(emotion.get(label, 0.0)), 1.0) for label in GOEMOTIONS]])
    result: FloatArray = view_score_matrix(probs, "plutchik")[0].astype(np.float32)
    return result


def _check_time(value: object, position: int) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
        raise InputError(f"time {position} is {value!r}; give Unix seconds as a finite number")
    return float(value)


def _check_metadata(value: object, position: int) -> str:
    if not isinstance(value, Mapping):
        raise InputError(f"metadata {position} is a {type(value).__name__}; give a dict of JSON values")
    try:
        encoded = json.dumps(dict(value), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise InputError(f"metadata {position} cannot be stored as JSON: {error}") from error
    if "\\u0000" in encoded or not is_valid_unicode(encoded):
        raise InputError(f"metadata {position} contains NUL or invalid Unicode (a lone surrogate); store plain text")
    if len(encoded.encode("utf-8")) > MAX_METADATA_BYTES:
        raise InputError(f"metadata {position} is over {MAX_METADATA_BYTES // 1024} KB as JSON; store less")
    return encoded
