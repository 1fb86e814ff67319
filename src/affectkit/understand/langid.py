"""Which language a text is in: multinomial naive Bayes over hashed character 1-4-grams,
trained on XED's subtitle lines in 40+ languages (``training/langid.py``; the accuracy per
language is in ``models/weights/langid-xed/langid.json``). numpy only, about 0.1 ms a text.

Example:
    >>> identify("No puedo más, quiero desaparecer de este mundo")[0]
    'es'
    >>> identify("Minä en jaksa enää mitään, kaikki on niin raskasta")[0]
    'fi'
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError

SHIPPED = "langid-xed"
_NOT_LETTERS = re.compile(r"[^\w'’ ]+|[\d_]+", re.UNICODE)


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
class LanguageIdentifier:
    """A loaded identifier: the languages it knows and its log-probability table."""

    name: str
    version: str
    languages: tuple[str, ...]
    log_prob: npt.NDArray[np.float32]
    prior: npt.NDArray[np.float32]

    def scores(self, text: str) -> dict[str, float]:
        """Posterior probability of each language (uniform prior).

        Example:
            >>> max(load_identifier().scores("Ich weiß nicht mehr weiter").items(), key=lambda kv: kv[1])[0]
            'de'
        """
        grams = ngram_buckets(text, self.log_prob.shape[1])
        if not grams:
            return {}
        index = np.fromiter(grams.keys(), dtype=np.int64)
        weight = np.fromiter(grams.values(), dtype=np.float32)
        logits = self.log_prob[:, index] @ weight + self.prior
        logits -= logits.max()
        posterior = np.exp(logits)
        posterior /= posterior.sum()
        return {lang: float(p) for lang, p in zip(self.languages, posterior, strict=True)}

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
    return LanguageIdentifier(
        name=manifest["name"],
        version=manifest["version"],
        languages=tuple(manifest["languages"]),
        log_prob=log_prob,
        prior=prior,
    )


def identify(text: str) -> tuple[str, float]:
    """The language of ``text`` (ISO 639-1) and the identifier's confidence.

    Example:
        >>> identify("Eu não aguento mais viver assim")[0]
        'pt'
    """
    return load_identifier().identify(text)
