"""Views from one registry: a view registered at run time (a data file) appears in the CLI's
``--view`` choices, the service's accepted views, the file writers' columns and the
evaluation's views; the built-in views keep their output; a malformed view file is refused
with an error naming the file and the problem."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from serve_helpers import running
from typer.testing import CliRunner

from affectkit.batch.writers import ResultWriter, flat_columns, flat_record
from affectkit.cli.choices import VIEW_CHOICES, view_choices
from affectkit.cli.main import app
from affectkit.errors import TaxonomyError
from affectkit.evaluate.runner import evaluated_views
from affectkit.serve import ServeSettings
from affectkit.taxonomy import GOEMOTIONS, get_taxonomy, list_views, register_view, unregister_view
from affectkit.types import VAD, Analysis, Provenance
from affectkit.understand.analyzer import assemble_analysis

TOY: dict[str, Any] = {
    "name": "toy",
    "version": "toy.v1",
    "kind": "mapping",
    "from": "goemotions",
    "source": "a test view: warm and cold feelings",
    "evaluate": True,
    "labels": ["warm", "cold"],
    "members": {
        "warm": {"joy": 1.0, "love": 1.0, "gratitude": 1.0, "caring": 0.5},
        "cold": {"anger": 1.0, "annoyance": 1.0, "disgust": 0.4},
    },
}
BUILT_IN_FLAT_COLUMNS = (
    "id", "text", "dominant", "labels", "ekman", "sentiment", "plutchik", "parrott", "valence", "arousal",
    "dominance", "truncated", "model", "model_version", "language", "covered", *(f"p_{label}" for label in GOEMOTIONS),
)  # fmt: skip
runner = CliRunner()


@pytest.fixture
def toy(tmp_path: Path) -> Iterator[Path]:
    """The toy view, registered from a data file for one test."""
    path = tmp_path / "toy.v1.json"
    path.write_text(json.dumps(TOY), "utf-8")
    register_view(path)
    try:
        yield path
    finally:
        unregister_view("toy")


def _analysis(**probs: float) -> Analysis:
    """An analysis assembled from given GoEmotions probabilities (no model needed)."""
    p = np.zeros(len(GOEMOTIONS))
    for label, value in probs.items():
        p[GOEMOTIONS.index(label)] = value
    on = [label for label, value in sorted(probs.items(), key=lambda item: -item[1]) if value >= 0.5]
    vad = VAD(valence=4.0, arousal=3.0, dominance=3.0)
    provenance = Provenance(
        model="m", model_version="1", taxonomy_version="t", affectkit_version="0", thresholds="global=0.5",
        temperature=1.0, long_text="truncate", tokens=3, max_tokens=128, truncated=False, segments=1,
    )  # fmt: skip
    return assemble_analysis("a text", p, on, on[0], (vad, vad, vad), provenance)


def test_the_built_in_views_are_the_data_files_and_every_list_reads_them() -> None:
    assert [v.name for v in list_views()] == ["goemotions", "ekman", "sentiment", "plutchik", "parrott", "vad"]
    assert all(v.builtin and v.file.endswith(".v1.json") for v in list_views())
    assert VIEW_CHOICES == view_choices() == ("goemotions", "ekman", "sentiment", "plutchik", "parrott")
    assert flat_columns() == BUILT_IN_FLAT_COLUMNS
    assert evaluated_views() == ["goemotions", "ekman", "sentiment"]


def test_without_a_registered_view_an_analysis_has_no_views_field() -> None:
    result = _analysis(joy=0.9)
    assert result.views == {}
    assert '"views"' not in result.model_dump_json()
    assert "views" not in result.model_dump(mode="json")
    assert Analysis.model_validate_json(result.model_dump_json()) == result


def test_a_registered_view_is_scored_in_each_analysis(toy: Path) -> None:
    assert get_taxonomy("toy").labels == ("warm", "cold")
    assert [v.name for v in list_views()][-1] == "toy" and list_views()[-1].file == str(toy)
    result = _analysis(joy=0.9, caring=0.6, disgust=0.7)
    warm = result.views["toy"]
    assert result.view("toy") == warm
    assert warm.labels == ["warm"]  # caring (0.5) counts, disgust (0.4) does not switch cold on
    assert warm.top == "warm"
    assert warm.scores["warm"] == pytest.approx(1 - (1 - 0.9) * (1 - 0.5 * 0.6))
    assert warm.scores["cold"] == pytest.approx(0.4 * 0.7)
    dumped = json.loads(result.model_dump_json())
    assert list(dumped)[list(dumped).index("parrott") + 1] == "views"
    assert Analysis.model_validate_json(result.model_dump_json()) == result


def test_an_analysis_made_before_registering_says_to_analyse_again(toy: Path) -> None:
    unregister_view("toy")
    before = _analysis(joy=0.9)
    register_view(toy)
    with pytest.raises(TaxonomyError, match="not in it: analyse again"):
        before.view("toy")


def test_the_writers_columns_include_a_registered_view(toy: Path, tmp_path: Path) -> None:
    columns = flat_columns()
    assert columns[columns.index("parrott") + 1] == "toy" and columns.index("toy") < columns.index("valence")
    analyses = [_analysis(joy=0.9), _analysis(anger=0.8)]
    assert [flat_record(str(i), a)["toy"] for i, a in enumerate(analyses)] == ["warm", "cold"]
    out = tmp_path / "out.csv"
    writer = ResultWriter(out)
    writer.write([(str(i), a) for i, a in enumerate(analyses)])
    writer.close()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == columns and [row["toy"] for row in rows] == ["warm", "cold"]
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    parquet = tmp_path / "out.parquet"
    writer = ResultWriter(parquet)
    writer.write([(str(i), a) for i, a in enumerate(analyses)])
    writer.close()
    table = pq.read_table(parquet)
    assert tuple(table.column_names) == columns and table.column("toy").to_pylist() == ["warm", "cold"]


def test_the_evaluation_scores_a_registered_view_that_asks_for_it(toy: Path) -> None:
    assert evaluated_views() == ["goemotions", "ekman", "sentiment", "toy"]


def test_the_cli_offers_and_shows_a_registered_view(toy: Path) -> None:
    assert view_choices()[-1] == "toy"
    shown = runner.invoke(app, ["analyze", "--view", "toy", "I love you, thank you so much!"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "toy view" in shown.stdout and "warm" in shown.stdout
    lines = runner.invoke(app, ["analyze", "--json", "I love you, thank you so much!"])
    assert lines.exit_code == 0, lines.output
    assert json.loads(lines.stdout)["views"]["toy"]["labels"] == ["warm"]
    refused = runner.invoke(app, ["analyze", "--view", "nope", "hello"])
    assert refused.exit_code != 0
    choices = "goemotions, ekman, sentiment, plutchik, parrott, toy"
    assert str(refused.exception) == f"--view must be one of {choices}, not 'nope'"


def test_the_service_accepts_a_registered_view_and_names_the_valid_ones(toy: Path) -> None:
    with running(ServeSettings(max_texts=8)) as (base, _):
        listed = httpx.get(f"{base}/v1/views").json()
        assert [v["name"] for v in listed] == ["goemotions", "ekman", "sentiment", "plutchik", "parrott", "vad", "toy"]
        assert listed[-1]["labels"] == ["warm", "cold"] and listed[-1]["builtin"] is False
        assert listed[4]["levels"]["parrott.secondary"][:2] == ["affection", "lust"]
        kept = httpx.post(f"{base}/v1/analyze", json={"texts": ["I love you, thank you!"], "view": "toy"})
        assert kept.status_code == 200, kept.text
        assert set(kept.json()[0]) == {"text", "language", "covered", "labels", "dominant", "provenance", "views"}
        assert kept.json()[0]["views"]["toy"]["labels"] == ["warm"]
        everything = httpx.post(f"{base}/v1/analyze", json={"texts": ["so angry"]}).json()[0]
        assert set(everything["views"]) == {"toy"} and "ekman" in everything
        refused = httpx.post(f"{base}/v1/analyze", json={"texts": ["x"], "view": "nope"})
        assert refused.status_code == 422
        assert refused.json()["errors"] == [
            {
                "where": "body.view",
                "problem": "Input should be 'goemotions', 'ekman', 'sentiment', 'plutchik', 'parrott', 'vad' or 'toy'",
            }
        ]


def _bad(**changes: Any) -> dict[str, Any]:
    view: dict[str, Any] = json.loads(json.dumps(TOY))
    for key, value in changes.items():
        if value is None:
            del view[key]
        else:
            view[key] = value
    return view


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON (Expecting property name enclosed in double quotes at line 1, column 2)"),
        ("[1, 2]", "holds list, not a JSON object"),
        (_bad(kind="tree"), "'kind' is 'tree'; a registered view is a 'mapping'"),
        (_bad(kind=None), "'kind' is None"),
        (_bad(member={}), "unknown field(s) 'member'; a mapping view has name, version"),
        (_bad(members=None), "missing field(s) 'members'"),
        (_bad(name="Toy View"), "'name' 'Toy View' must be lower-case letters"),
        (_bad(version=""), "'version' must be a non-empty string"),
        (_bad(labels=["warm", "warm"]), "'labels' names 'warm' more than once"),
        (_bad(members={"hot": {"joy": 1.0}}), "'members' has category 'hot', which is not in 'labels'"),
        (_bad(members={"warm": {"happiness": 1.0}}), "'members'['warm'] has 'happiness', not a GoEmotions label"),
        (_bad(members={"warm": {"joyy": 1.0}}), "not a GoEmotions label (did you mean 'joy'?)"),
        (_bad(members={"warm": {"joy": 2}}), "'members'['warm']['joy'] is 2; a weight is a number in (0, 1]"),
        (_bad(members={"warm": {"joy": 0}}), "is 0; a weight is a number in (0, 1]"),
        (_bad(evaluate="yes"), "'evaluate' must be true or false"),
        (_bad(flat="first"), "'flat' is 'first'; one of labels, top"),
        (_bad(**{"from": "ekman"}), "'from' is 'ekman'; a view maps from 'goemotions'"),
        (_bad(name="ekman"), "a view named 'ekman' is built in; choose another name"),
    ],
)
def test_a_malformed_view_file_names_the_file_and_the_problem(tmp_path: Path, content: Any, problem: str) -> None:
    path = tmp_path / "broken.v1.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    with pytest.raises(TaxonomyError) as raised:
        register_view(path)
    assert str(raised.value).startswith(f"view file {path}: ")
    assert problem in str(raised.value)
    assert [v.name for v in list_views()] == ["goemotions", "ekman", "sentiment", "plutchik", "parrott", "vad"]


def test_registering_twice_a_missing_file_and_removing_a_built_in_view_are_refused(toy: Path, tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match=r"registered already \(from .*toy.v1.json\); call unregister_view"):
        register_view(toy)
    with pytest.raises(TaxonomyError, match=r"no such file; give the path of a \.json view file"):
        register_view(tmp_path / "missing.json")
    with pytest.raises(TaxonomyError, match="'ekman' is built in; only registered views can be removed"):
        unregister_view("ekman")
    with pytest.raises(TaxonomyError, match="no registered view 'colours'; registered: toy"):
        unregister_view("colours")


def test_a_view_given_as_a_mapping_names_itself_in_errors() -> None:
    with pytest.raises(TaxonomyError, match=r"^view 'toy' given to register_view: missing field\(s\) 'labels'"):
        register_view(_bad(labels=None))
    view = register_view(TOY)
    try:
        assert view.file == "" and view.evaluate and view.flat == "labels"
    finally:
        unregister_view("toy")


def test_a_view_file_named_by_the_setting_reaches_the_cli(tmp_path: Path) -> None:
    import json as _json
    import subprocess
    import sys

    members = {"warm": {"love": 1.0, "caring": 0.8}, "cold": {"disgust": 1.0}}
    view = {"name": "warmth", "version": "warmth.v1", "kind": "mapping", "source": "a test",
            "labels": ["warm", "cold"], "members": members}  # fmt: skip
    (tmp_path / "warmth.json").write_text(_json.dumps(view), encoding="utf-8")
    env = {**os.environ, "AFFECTKIT_VIEWS": str(tmp_path)}
    command = [sys.executable, "-m", "affectkit.cli.main", "analyze", "--view", "warmth"]
    done = subprocess.run([*command, "--json", "I love you"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _json.loads(done.stdout)["views"]["warmth"]["top"] == "warm"
    env["AFFECTKIT_VIEWS"] = str(tmp_path / "missing.json")
    bad = subprocess.run([*command, "hi"], capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode != 0 and "AFFECTKIT_VIEWS" in bad.stderr + bad.stdout


def test_a_job_resumes_only_with_the_views_it_started_with(toy: Path, tmp_path: Path) -> None:
    from affectkit.batch.annotate import annotate
    from affectkit.errors import FileInputError

    source = tmp_path / "in.csv"
    source.write_text("text\nI love it\nI hate it\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    annotate(source, target, chunk_size=1)
    unregister_view("toy")
    try:
        with pytest.raises(FileInputError, match="views changed"):
            annotate(source, target, chunk_size=1, resume=True)
    finally:
        register_view(toy)
    assert "toy" in target.read_text(encoding="utf-8").splitlines()[0]
