"""The view registry: every label set affectkit reads emotions in, built in or registered.

The emotion model predicts the 28 GoEmotions labels; a *view* reads those predictions in
another label set. Each view is one JSON data file: the built-in ones sit in
``affectkit/taxonomy/data`` (``index.json`` lists them, in the order every list of views
shows them), and more are added at run time with :func:`register_view`. Every list of
views in affectkit (the CLI's ``--view``, the service's accepted views, the file writers'
columns, the evaluation's views, the web page) is read from here, so a new view is a data
file::

    {
      "name": "valence2",
      "version": "valence2.v1",
      "kind": "mapping",
      "from": "goemotions",
      "source": "where the mapping comes from",
      "labels": ["pleasant", "unpleasant"],
      "members": {"pleasant": {"joy": 1.0, "love": 1.0}, "unpleasant": {"anger": 1.0, "grief": 0.5}}
    }

``members`` maps each category to GoEmotions labels with weights in (0, 1]: a category's
score is the noisy-OR of its weighted members' probabilities, and it is on when a member of
weight 0.5 or more is on (:mod:`affectkit.taxonomy.graph`). Optional fields:
``"evaluate": true`` scores the view in ``affectkit eval goemotions`` (its gold labels
mapped from GoEmotions' by the same rule), and ``"flat": "top"`` puts the top category in
CSV and Parquet columns instead of the categories that are on. The built-in files may also
be of kind ``labels`` (GoEmotions itself), ``tree`` (Parrott's two levels) or
``dimensions`` (VAD); a registered view is a ``mapping``. A registered view appears in each
analysis under ``Analysis.views``; the built-in ones keep their own fields.

Example:
    >>> [view.name for view in list_views()]
    ['goemotions', 'ekman', 'sentiment', 'plutchik', 'parrott', 'vad']
    >>> toy = register_view({"name": "toy", "version": "toy.v1", "kind": "mapping", "source": "an example",
    ...     "labels": ["warm", "cold"], "members": {"warm": {"love": 1.0}, "cold": {"anger": 1.0}}})
    >>> get_taxonomy("toy").labels
    ('warm', 'cold')
    >>> unregister_view("toy")
"""

from __future__ import annotations

import difflib
import json
import os
import re
import threading
from collections.abc import Callable, Mapping
from copy import deepcopy
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from affectkit.errors import TaxonomyError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

KINDS = ("labels", "mapping", "tree", "dimensions")
FLAT = ("labels", "top")
_Problem = Callable[[str], TaxonomyError]
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_COMMON = ("name", "version", "kind", "source")
_FIELDS: dict[str, tuple[str, ...]] = {
    "labels": (*_COMMON, "evaluate", "labels"),
    "mapping": (*_COMMON, "from", "evaluate", "flat", "labels", "members"),
    "tree": (*_COMMON, "from", "evaluate", "flat", "tree", "goemotions"),
    "dimensions": (*_COMMON, "dimensions", "scale", "midpoint", "perspectives"),
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "labels": (*_COMMON, "labels"),
    "mapping": (*_COMMON, "labels", "members"),
    "tree": (*_COMMON, "tree", "goemotions"),
    "dimensions": (*_COMMON, "dimensions"),
}


def _data_file(name: str) -> Any:
    return json.loads(resources.files("affectkit.taxonomy").joinpath("data", name).read_text("utf-8"))


_INDEX: dict[str, Any] = _data_file("index.json")
TAXONOMY_VERSION: str = _INDEX["version"]
GOEMOTIONS: tuple[str, ...] = tuple(_data_file(_INDEX["views"][0])["labels"])


@dataclass(frozen=True)
class Taxonomy:
    """A label set and, for derived views, its members among the GoEmotions labels.

    Example:
        >>> get_taxonomy("ekman").members["fear"]
        {'fear': 1.0, 'nervousness': 1.0}
    """

    name: str
    version: str
    labels: tuple[str, ...]
    source: str
    members: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    kind: str = "mapping"

    def matrix(self) -> npt.NDArray[np.float64]:
        """Weights as a (categories x 28) matrix in GoEmotions order (read-only).

        Example:
            >>> get_taxonomy("ekman").matrix().shape
            (7, 28)
        """
        return self._weights

    @cached_property
    def _weights(self) -> npt.NDArray[np.float64]:
        import numpy as np

        index = {label: i for i, label in enumerate(GOEMOTIONS)}
        weights = np.zeros((len(self.labels), len(GOEMOTIONS)))
        for row, category in enumerate(self.labels):
            for member, weight in self.members.get(category, {}).items():
                weights[row, index[member]] = weight
        weights.setflags(write=False)
        return weights

    @cached_property
    def strong_members(self) -> dict[str, frozenset[str]]:
        """For each category, the GoEmotions labels that switch it on (weight 0.5 or more).

        Example:
            >>> sorted(get_taxonomy("plutchik").strong_members["anticipation"])
            ['desire', 'optimism']
        """
        return {
            category: frozenset(m for m, weight in self.members.get(category, {}).items() if weight >= 0.5)
            for category in self.labels
        }


@dataclass(frozen=True)
class View:
    """One view: a label set read from the GoEmotions predictions, and where it came from.

    ``taxonomies`` holds its label sets, the main one first (Parrott's tree has two levels,
    ``parrott.primary`` and ``parrott.secondary``); ``data`` is the file as read.

    Example:
        >>> view = get_view("parrott")
        >>> [t.name for t in view.taxonomies], view.categorical, view.builtin
        (['parrott.primary', 'parrott.secondary'], True, True)
    """

    name: str
    version: str
    kind: str
    source: str
    file: str
    taxonomies: tuple[Taxonomy, ...]
    builtin: bool
    evaluate: bool = False
    flat: str = "labels"
    data: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def categorical(self) -> bool:
        """Categories with scores (every kind but ``dimensions``): a view a table can show.

        Example:
            >>> get_view("ekman").categorical, get_view("vad").categorical
            (True, False)
        """
        return self.kind != "dimensions"

    @property
    def derived(self) -> bool:
        """Derived from the GoEmotions probabilities by the noisy-OR rule (kinds ``mapping``, ``tree``).

        Example:
            >>> get_view("goemotions").derived, get_view("plutchik").derived
            (False, True)
        """
        return self.kind in ("mapping", "tree")


class _Registry:
    """The registered views and a snapshot of every view, rebuilt after each change."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.registered: dict[str, View] = {}
        self.snapshot: tuple[tuple[View, ...], dict[str, Taxonomy]] | None = None
        self.setting_loaded = False  # the views the `views` setting (AFFECTKIT_VIEWS) names: read on first use


    def now(self) -> tuple[tuple[View, ...], dict[str, Taxonomy]]:
        if not self.setting_loaded:
            done: list[str] = []
            try:
                for path in setting_view_files():
                    done.append(register_view(path).name)
            except TaxonomyError:
                for name in done:  # all or none: the same error again on the next use
                    unregister_view(name)
                raise
            self.setting_loaded = True
        snapshot = self.snapshot
        if snapshot is None:
            with self.lock:
                views = _builtin_views() + tuple(self.registered.values())
                snapshot = self.snapshot = (views, {t.name: t for view in views for t in view.taxonomies})
        return snapshot


_REGISTRY = _Registry()


def setting_view_files() -> list[Path]:
    """The view files the ``views`` setting (``AFFECTKIT_VIEWS``) names: files, or folders
    whose ``*.json`` files are views, separated by the path separator; registered on first
    use of the registry, so the CLI, the service and Ray workers see them without code.

    Example:
        >>> setting_view_files()
        []
    """
    from affectkit.config import setting

    files: list[Path] = []
    for part in str(setting("views", None) or "").split(os.pathsep):
        if not part.strip():
            continue
        path = Path(part.strip()).expanduser()
        if path.is_dir():
            files.extend(sorted(path.glob("*.json")))
        elif path.is_file():
            files.append(path)
        else:
            raise TaxonomyError(f"AFFECTKIT_VIEWS names {path}, which is neither a view file nor a folder of them")
    return files


@cache
def _builtin_views() -> tuple[View, ...]:
    return tuple(
        _parse(_data_file(name), f"built-in view file {name}", file=name, builtin=True) for name in _INDEX["views"]
    )


def register_view(source: str | Path | Mapping[str, Any]) -> View:
    """Add a view, from a JSON view file or its content as a mapping (the format is in the
    module's docstring); every list of views shows it from now on, and analyses made after
    this hold it in ``Analysis.views``. A malformed view raises ``TaxonomyError`` naming the
    file and the problem.

    Example:
        >>> view = register_view({"name": "toy", "version": "toy.v1", "kind": "mapping", "source": "example",
        ...     "labels": ["warm"], "members": {"warm": {"love": 1.0, "caring": 0.5}}})
        >>> view.name, "toy" in [v.name for v in list_views()]
        ('toy', True)
        >>> unregister_view("toy")
    """
    if isinstance(source, Mapping):
        where, file, data = f"view {source.get('name', '(no name)')!r} given to register_view", "", deepcopy(source)
    else:
        path = Path(source)
        where, file = f"view file {path}", str(path)
        data = _read(path, where)
    view = _parse(data, where, file=file, builtin=False)
    with _REGISTRY.lock:
        if view.name in {v.name for v in _builtin_views()}:
            raise TaxonomyError(f"{where}: a view named {view.name!r} is built in; choose another name")
        if view.name in _REGISTRY.registered:
            earlier = _REGISTRY.registered[view.name].file or "a mapping"
            raise TaxonomyError(
                f"{where}: a view named {view.name!r} is registered already (from {earlier}); "
                f"call unregister_view({view.name!r}) first"
            )
        _REGISTRY.registered[view.name] = view
        _REGISTRY.snapshot = None
    return view


def unregister_view(name: str) -> None:
    """Remove a registered view (the built-in ones stay).

    Example:
        >>> unregister_view("ekman")
        Traceback (most recent call last):
        ...
        affectkit.errors.TaxonomyError: the view 'ekman' is built in; only registered views can be removed
    """
    with _REGISTRY.lock:
        if name in _REGISTRY.registered:
            del _REGISTRY.registered[name]
            _REGISTRY.snapshot = None
            return
        registered = ", ".join(_REGISTRY.registered) or "none"
    if name in {v.name for v in _builtin_views()}:
        raise TaxonomyError(f"the view {name!r} is built in; only registered views can be removed")
    raise TaxonomyError(f"no registered view {name!r}; registered: {registered}")


def list_views() -> tuple[View, ...]:
    """Every view: the built-in ones in their order, then the registered ones in the order registered.

    Example:
        >>> [v.name for v in list_views() if v.categorical]
        ['goemotions', 'ekman', 'sentiment', 'plutchik', 'parrott']
    """
    return _REGISTRY.now()[0]


def registered_views() -> tuple[View, ...]:
    """The views registered at run time, in the order registered (none unless some were).

    Example:
        >>> registered_views()
        ()
    """
    return tuple(view for view in list_views() if not view.builtin)


def get_view(name: str) -> View:
    """A view by name, or a ``TaxonomyError`` naming the known ones.

    Example:
        >>> get_view("sentiment").flat
        'top'
    """
    views = list_views()
    for view in views:
        if view.name == name:
            return view
    raise TaxonomyError(f"unknown view {name!r}.{_did_you_mean(name, [v.name for v in views])}")


def get_taxonomy(name: str) -> Taxonomy:
    """A label set by name (``goemotions``, ``ekman``, ``sentiment``, ``plutchik``,
    ``parrott.primary``, ``parrott.secondary``, ``vad``, and those of registered views); a
    view's name gives its main label set (``parrott`` is ``parrott.primary``).

    Example:
        >>> len(get_taxonomy("parrott.secondary").labels), get_taxonomy("parrott").name
        (25, 'parrott.primary')
    """
    views, taxonomies = _REGISTRY.now()
    if name in taxonomies:
        return taxonomies[name]
    for view in views:
        if view.name == name:
            return view.taxonomies[0]
    raise TaxonomyError(f"unknown taxonomy {name!r}.{_did_you_mean(name, list(taxonomies))}")


def list_taxonomies() -> list[Taxonomy]:
    """Every label set, GoEmotions first, in the order of their views.

    Example:
        >>> [t.name for t in list_taxonomies()][:2]
        ['goemotions', 'ekman']
    """
    return list(_REGISTRY.now()[1].values())


def _did_you_mean(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return f"{hint} Known: {', '.join(known)}"


# -- reading and checking a view file --------------------------------------------------------


def _read(path: Path, where: str) -> Any:
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise TaxonomyError(f"{where}: no such file; give the path of a .json view file") from None
    except UnicodeDecodeError:
        raise TaxonomyError(f"{where}: not UTF-8 text; a view file is JSON in UTF-8") from None
    except OSError as error:
        raise TaxonomyError(f"{where}: cannot be read ({error.strerror})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise TaxonomyError(
            f"{where}: not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None


def _parse(data: Any, where: str, *, file: str, builtin: bool) -> View:
    """A checked ``View`` from a view file's content; a ``TaxonomyError`` names the first problem."""

    def problem(text: str) -> TaxonomyError:
        return TaxonomyError(f"{where}: {text}")

    if not isinstance(data, Mapping):
        raise problem(f"holds {type(data).__name__}, not a JSON object with {', '.join(_REQUIRED['mapping'])}")
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in (KINDS if builtin else ("mapping",)):
        raise problem(
            f"'kind' is {kind!r}; one of {', '.join(KINDS)}"
            if builtin
            else f"'kind' is {kind!r}; a registered view is a 'mapping' (GoEmotions labels onto its categories)"
        )
    unknown = [key for key in data if key not in _FIELDS[kind]]
    if unknown:
        raise problem(f"unknown field(s) {', '.join(map(repr, unknown))}; a {kind} view has {', '.join(_FIELDS[kind])}")
    missing = [key for key in _REQUIRED[kind] if key not in data]
    if missing:
        raise problem(f"missing field(s) {', '.join(map(repr, missing))}")
    for key in ("name", "version", "source"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise problem(f"{key!r} must be a non-empty string, not {data[key]!r}")
    name: str = data["name"]
    if not _NAME.match(name):
        raise problem(f"'name' {name!r} must be lower-case letters, digits and '_', starting with a letter")
    if data.get("from", "goemotions") != "goemotions":
        raise problem(f"'from' is {data['from']!r}; a view maps from 'goemotions', the labels the model predicts")
    evaluate = data.get("evaluate", False)
    if not isinstance(evaluate, bool):
        raise problem(f"'evaluate' must be true or false, not {evaluate!r}")
    flat = data.get("flat", "labels")
    if flat not in FLAT:
        raise problem(f"'flat' is {flat!r}; one of {', '.join(FLAT)}")
    version, source = data["version"], data["source"]
    taxonomies: tuple[Taxonomy, ...]
    if kind == "labels":
        labels = _labels(data["labels"], "labels", problem)
        taxonomies = (Taxonomy(name, version, labels, source, {label: {label: 1.0} for label in labels}, kind),)
    elif kind == "mapping":
        labels = _labels(data["labels"], "labels", problem)
        taxonomies = (Taxonomy(name, version, labels, source, _members(data["members"], labels, problem), kind),)
    elif kind == "tree":
        taxonomies = _tree(name, version, source, data, problem)
    else:
        dimensions = _labels(data["dimensions"], "dimensions", problem)
        taxonomies = (Taxonomy(name, version, dimensions, source, {}, kind),)
    return View(name, version, kind, source, file, taxonomies, builtin, evaluate, flat, data)


def _labels(value: Any, key: str, problem: _Problem) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise problem(f"{key!r} must be a non-empty list of names, not {value!r}")
    repeated = sorted({v for v in value if value.count(v) > 1})
    if repeated:
        raise problem(f"{key!r} names {', '.join(map(repr, repeated))} more than once")
    return tuple(value)


def _members(value: Any, labels: tuple[str, ...], problem: _Problem) -> dict[str, dict[str, float]]:
    if not isinstance(value, Mapping):
        raise problem(f"'members' must map each category to {{GoEmotions label: weight}}, not {value!r}")
    members: dict[str, dict[str, float]] = {}
    for category, weights in value.items():
        if category not in labels:
            raise problem(f"'members' has category {category!r}, which is not in 'labels'; add it there or remove it")
        if not isinstance(weights, Mapping):
            raise problem(f"'members'[{category!r}] must map GoEmotions labels to weights, not {weights!r}")
        for label, weight in weights.items():
            if label not in GOEMOTIONS:
                close = difflib.get_close_matches(label, GOEMOTIONS, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise problem(f"'members'[{category!r}] has {label!r}, not a GoEmotions label{hint}")
            if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
                raise problem(f"'members'[{category!r}][{label!r}] is {weight!r}; a weight is a number in (0, 1]")
        members[category] = {label: float(weight) for label, weight in weights.items()}
    return members


def _tree(name: str, version: str, source: str, data: Mapping[str, Any], problem: _Problem) -> tuple[Taxonomy, ...]:
    """A tree's two derived levels: ``<name>.primary`` and ``<name>.secondary``."""
    tree, places = data["tree"], data["goemotions"]
    primary: dict[str, dict[str, float]] = {p: {} for p in tree}
    secondary: dict[str, dict[str, float]] = {s: {} for subs in tree.values() for s in subs}
    parent = {s: p for p, subs in tree.items() for s in subs}
    for label, place in places.items():
        if label not in GOEMOTIONS or place.get("secondary") not in secondary:
            raise problem(f"'goemotions'[{label!r}] places a GoEmotions label under an unknown emotion: {place!r}")
        secondary[place["secondary"]][label] = 1.0
        primary[parent[place["secondary"]]][label] = 1.0
    return (
        Taxonomy(f"{name}.primary", version, tuple(primary), source, primary, "tree"),
        Taxonomy(f"{name}.secondary", version, tuple(secondary), source, secondary, "tree"),
    )
