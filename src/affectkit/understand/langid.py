"""Which language a text is in: multinomial naive Bayes over hashed character 1-4-grams,
trained on XED's subtitle lines in 40+ languages (``training/langid.py``; the accuracy per
language is in ``models/weights/langid-xed/langid.json`` and its model card). numpy only,
about 0.1 ms a text.

:func:`read_language` is the reading to route a text by: the script first (a script no
language here is written in, such as Hangul or Devanagari, is said so and the language is
``und``), the identifier among the languages written in that script, the function words of
a short message (:mod:`affectkit.understand.function_words`), and whether the text holds two
languages. :func:`identify` is the bare identifier over every language.

Example:
    >>> identify("No puedo más, quiero desaparecer de este mundo")[0]
    'es'
    >>> read_language("Minä en jaksa enää mitään, kaikki on niin raskasta").language
    'fi'
    >>> reading = read_language("오늘은 정말 행복한 하루였어요")
    >>> reading.language, reading.script, reading.known_script
    ('und', 'Hangul', False)
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.understand.function_words import (
    ENGLISH_CHAT,
    FUNCTION_WORDS,
    slang_language,
    weigh_words,
    words_of,
)
from affectkit.understand.scripts import (
    JAPANESE,
    UNSPACED,
    letter_scripts,
    main_script,
    script_of,
    script_weights,
    word_count,
)

SHIPPED = "langid-xed"
_NOT_LETTERS = re.compile(r"[^\w'’ ]+|[\d_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;…。！？])\s+|[。！？\n]+")

MIN_WORDS = 5
"""From this many words a Latin-script text is read by the identifier alone (the issue's measure)."""
PART_WORDS = 4
"""A sentence (or half) is read on its own, to find a second language, from this many words."""
PART_CONFIDENCE = 0.7
"""A part counts as written in a language from this confidence (chosen on XED's val lines:
0.9 found 72% of two-language pairs, 0.7 80%, 0.5 87%, reading 0.20%, 0.23% and 0.35% of
one-language lines as mixed)."""
PART_SHARE = 0.2
"""A language is one of a mixed text's from this share of the text's words (or letters)."""
SCRIPT_LETTERS = 12
"""A second script makes a text mixed from this weight of letters
(:func:`~affectkit.understand.scripts.script_weights`)."""
HALVES_WORDS = 10
"""A text of one sentence is read in halves, to find a second language, from this many words."""
CHAT_CONFIDENCE = 0.5
"""The least confidence of English for a short message of English chat and function words
alone ("ok", "lol thanks", "no worries")."""


def ngram_buckets(text: str, buckets: int) -> Counter[int]:
    """Counts of the hashed character 1-4-grams of a text (lowercased, letters and
    apostrophes, one space between words and at both ends).

    Example:
        >>> sum(ngram_buckets("ab", 1024).values())  # 'a', 'b', ' a', 'ab', 'b ', ' ab', 'ab ', ' ab '
        8
    """
    cleaned = " " + " ".join(_NOT_LETTERS.sub(" ", text.lower()).split()) + " "
    grams: Counter[int] = Counter()
    for n in (1, 2, 3, 4):
        for i in range(len(cleaned) - n + 1):
            gram = cleaned[i : i + n]
            if gram != " " * n:
                grams[zlib.crc32(gram.encode("utf-8")) % buckets] += 1
    return grams


@dataclass(frozen=True)
class LanguageReading:
    """A text's language as the router needs it.

    ``language`` is an ISO 639-1 code, or ``'und'`` (no letters, too short to tell, or a
    script no language here is written in); ``confidence`` is the calibrated probability of
    that code (0 for ``und``); ``script`` the script of most of its letters ('Latin',
    'Cyrillic', 'Arabic', 'Han', 'Hiragana/Katakana', 'Hangul', 'Devanagari', ... or
    'none'); ``known_script`` False for a script the identifier has no language for;
    ``mixed`` True when substantial parts of the text (sentences, halves, or two scripts with
    many letters each) read confidently as different languages, which ``languages`` then
    lists, most words first (``'und'`` for a part in an unknown script); ``close`` the
    written standards the identifier cannot reliably tell ``language`` from (Bosnian,
    Croatian and Serbian; Danish and Norwegian; ...), empty when none.

    Example:
        >>> LanguageReading("es", 0.99, "Latin").mixed
        False
    """

    language: str
    confidence: float
    script: str
    mixed: bool = False
    languages: tuple[str, ...] = ()
    known_script: bool = True
    close: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageIdentifier:
    """A loaded identifier: the languages it knows and its log-probability table, one row per
    language and script it is written in (``rows``: Serbian has a Cyrillic and a Latin row,
    each learnt from the lines in that script), its calibration temperature and the groups of
    close written standards."""

    name: str
    version: str
    languages: tuple[str, ...]
    log_prob: npt.NDArray[np.float32]
    prior: npt.NDArray[np.float32]
    rows: tuple[tuple[str, str], ...] = ()
    temperature: float = 1.0
    groups: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        if not self.rows:  # one row per language, no script known (an identifier before 1.1.0)
            object.__setattr__(self, "rows", tuple((code, "") for code in self.languages))

    @cached_property
    def scripts(self) -> dict[str, tuple[str, ...]]:
        """Each script and the languages written in it.

        Example:
            >>> load_identifier().scripts["Cyrillic"]
            ('bg', 'mk', 'ru', 'sr')
        """
        written: dict[str, tuple[str, ...]] = {}
        for code, script in self.rows:
            if script:
                written[script] = (*written.get(script, ()), code)
        return written

    @cached_property
    def _script_rows(self) -> dict[str | None, list[int]]:
        rows: dict[str | None, list[int]] = {None: list(range(len(self.rows)))}
        for i, (_, script) in enumerate(self.rows):
            rows.setdefault(script, []).append(i)
        return rows

    def logits(self, text: str, script: str | None = None) -> tuple[tuple[str, ...], npt.NDArray[np.float32]] | None:
        """The languages written in ``script`` (every row for None) and the text's
        log-likelihood under each, or None for a text with no letters.

        Example:
            >>> load_identifier().logits("!!!") is None
            True
            >>> load_identifier().logits("Γεια σου", "Greek")[0]
            ('el',)
        """
        grams = ngram_buckets(text, self.log_prob.shape[1])
        if not grams:
            return None
        rows = self._script_rows.get(script, [])
        index = np.fromiter(grams.keys(), dtype=np.int64)
        weight = np.fromiter(grams.values(), dtype=np.float32)
        logits: npt.NDArray[np.float32] = self.log_prob[:, index][rows] @ weight + self.prior[rows]
        return tuple(self.rows[i][0] for i in rows), logits

    def scores(self, text: str) -> dict[str, float]:
        """Posterior probability of each language, over all its rows (uniform prior, no
        calibration, no script: :meth:`read` is the reading to route by).

        Example:
            >>> max(load_identifier().scores("Ich weiß nicht mehr weiter").items(), key=lambda kv: kv[1])[0]
            'de'
        """
        found = self.logits(text)
        if found is None:
            return {}
        posterior = dict.fromkeys(self.languages, 0.0)
        for code, p in zip(found[0], _softmax(found[1]).tolist(), strict=True):
            posterior[code] += p
        return posterior

    def identify(self, text: str) -> tuple[str, float]:
        """The likeliest language and its posterior probability (``('und', 0.0)`` for a text
        with no letters).

        Example:
            >>> load_identifier().identify("Je n'en peux plus de cette vie")[0]
            'fr'
        """
        scores = self.scores(text)
        if not scores:
            return "und", 0.0
        best = max(scores, key=scores.__getitem__)
        return best, round(scores[best], 4)

    def close_to(self, language: str) -> tuple[str, ...]:
        """The group of close written standards ``language`` belongs to (empty if none).

        Example:
            >>> load_identifier().close_to("hr")
            ('bs', 'hr', 'sr')
        """
        return next((group for group in self.groups if language in group), ())

    def read(self, text: str) -> LanguageReading:
        """The text's :class:`LanguageReading` (see :func:`read_language`).

        Example:
            >>> load_identifier().read("Это был очень хороший день, спасибо тебе").language
            'ru'
        """
        counts = letter_scripts(text)
        script = main_script(counts)
        if script == "none":
            return LanguageReading("und", 0.0, script)
        by_script = _by_script(text, counts)
        if script not in self.scripts:
            others = [self.read_in_script(letters, name)[0] for letters, _, name in by_script if name in self.scripts]
            return LanguageReading(
                "und", 0.0, script, mixed=bool(others), languages=("und", *others) if others else (), known_script=False
            )
        language, confidence = self.read_in_script(_in_script(text, script) if len(counts) > 1 else text, script)
        parts: list[tuple[str, float]]
        if by_script:  # two scripts with many letters each: each script's letters are one part
            parts = [(self.read_in_script(letters, name)[0] if name in self.scripts else "und", weight)
                     for letters, weight, name in by_script]  # fmt: skip
        else:
            parts = self._parts_in_script(text, script)
        weights: dict[str, float] = {}
        for code, weight in parts:
            weights[code] = weights.get(code, 0.0) + weight
        found = tuple(sorted(weights, key=lambda code: -weights[code]))
        mixed = len({self.close_to(code) or (code,) for code in found}) >= 2
        return LanguageReading(
            language=language,
            confidence=confidence,
            script=script,
            mixed=mixed,
            languages=found if mixed else (),
            close=self.close_to(language),
        )

    def read_in_script(self, text: str, script: str) -> tuple[str, float]:
        """The language of a text among those written in ``script``, and its calibrated
        confidence; a Latin-script message under :data:`MIN_WORDS` words goes by its function
        words (:func:`~affectkit.understand.function_words.weigh_words`, as the care layer
        reads it), and one of English chat words alone ("ok", "thanks") is English.

        Example:
            >>> load_identifier().read_in_script("ok", "Latin")
            ('en', 0.5)
        """
        found = self.logits(text, script)
        if found is None or not found[0]:
            return "und", 0.0
        among, logits = found
        calibrated = _softmax(logits / self.temperature)
        best = int(np.argmax(logits))
        language, confidence = among[best], round(float(calibrated[best]), 4)
        if script != "Latin":
            return language, confidence
        if word_count(text) >= MIN_WORDS:
            return language, confidence
        if _english_chat(text):
            english = float(calibrated[among.index("en")]) if "en" in among else 0.0
            return "en", round(max(english, CHAT_CONFIDENCE), 4)
        # care's rule for short messages, with the identifier's raw posterior as care reads it
        by_words = weigh_words(text, (language, round(float(_softmax(logits)[best]), 4)))
        return (language, confidence) if by_words[0] == language else by_words

    def _parts_in_script(self, text: str, script: str) -> list[tuple[str, float]]:
        """The languages of the sentences (or, for one long sentence, the halves) read with
        confidence, with their weight in words."""
        pieces = [piece for piece in _SENTENCE_END.split(text) if piece and piece.strip()]
        parts = [(piece, word_count(piece)) for piece in pieces]
        parts = [(piece, n) for piece, n in parts if n >= PART_WORDS]
        if len(parts) < 2 and word_count(text) >= HALVES_WORDS:
            parts = [(half, word_count(half)) for half in _halves(text, script)]
        total = sum(n for _, n in parts)
        return [
            (language, float(n))
            for piece, n in parts
            for language, confidence in [self.read_in_script(piece, script)]
            if confidence >= PART_CONFIDENCE and n >= PART_SHARE * total
        ]


def _softmax(logits: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    shifted = np.exp(logits.astype(np.float64) - logits.max())
    result: npt.NDArray[np.float64] = shifted / shifted.sum()
    return result


def _same_script(name: str | None, script: str) -> bool:
    return name == script or (script == JAPANESE and name == "Han")


def _in_script(text: str, script: str) -> str:
    """The text with the letters of other scripts made spaces."""
    return "".join(ch if not ch.isalpha() or _same_script(script_of(ch), script) else " " for ch in text)


def _by_script(text: str, counts: Counter[str]) -> list[tuple[str, float, str]]:
    """Each script with many letters, as (its letters, their weight, script), when two are."""
    weight = script_weights(counts)
    total = sum(weight.values())
    many = [name for name in weight if weight[name] >= SCRIPT_LETTERS and weight[name] >= PART_SHARE * total]
    if len(many) < 2:
        return []
    return [(_in_script(text, name), weight[name], name) for name in sorted(many, key=lambda n: -weight[n])]


def _halves(text: str, script: str) -> list[str]:
    if script in UNSPACED:
        letters = [i for i, ch in enumerate(text) if ch.isalpha()]
        cut = letters[len(letters) // 2]
        return [text[:cut], text[cut:]]
    words = text.split()
    return [" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])]


def _english_chat(text: str) -> bool:
    words = words_of(text)
    return bool(words) and all(
        w in ENGLISH_CHAT or w in FUNCTION_WORDS["en"] or slang_language(w) == "en" for w in words
    )


@cache
def load_identifier(directory: str | None = None) -> LanguageIdentifier:
    """The shipped identifier (or one in ``directory``).

    Example:
        >>> "pt" in load_identifier().languages
        True
    """
    folder = Path(directory) if directory else Path(str(package_files.files("affectkit.models") / "weights" / SHIPPED))
    try:
        manifest: dict[str, Any] = json.loads((folder / "langid.json").read_text(encoding="utf-8"))
        with np.load(folder / manifest["weights"], allow_pickle=False) as arrays:
            log_prob = arrays["log_prob"].astype(np.float32)
            prior = arrays["prior"].astype(np.float32)
    except (OSError, KeyError, ValueError) as error:
        raise ModelError(f"cannot load the language identifier from {folder}: {error}; re-install affectkit") from error
    reading = manifest.get("reading", {})
    return LanguageIdentifier(
        name=manifest["name"],
        version=manifest["version"],
        languages=tuple(manifest["languages"]),
        log_prob=log_prob,
        prior=prior,
        rows=tuple((code, script) for code, script in reading.get("rows", ())),
        temperature=float(reading.get("temperature", 1.0)),
        groups=tuple(tuple(group) for group in reading.get("close_groups", ())),
    )


def identify(text: str) -> tuple[str, float]:
    """The language of ``text`` (ISO 639-1) and the identifier's posterior, over every
    language it knows (no script, no function words; see :func:`read_language`).

    Example:
        >>> identify("Eu não aguento mais viver assim")[0]
        'pt'
    """
    return load_identifier().identify(text)


def read_language(text: str) -> LanguageReading:
    """The text's language for routing (a :class:`LanguageReading`): its script; the
    identifier's reading among the languages written in that script, with a calibrated
    confidence; short English chat read as English; a script no language here is written in
    said so (``known_script=False``, language ``und``); a text whose parts read as
    different languages said to be ``mixed``.

    Example:
        >>> read_language("lol thanks").language, read_language("ok").language
        ('en', 'en')
        >>> mixed = read_language("I had such a long day at work today. Pero mañana me voy a la playa con mis amigos.")
        >>> mixed.mixed, mixed.languages
        (True, ('es', 'en'))
        >>> read_language("🙂 42").script
        'none'
    """
    return load_identifier().read(text)
