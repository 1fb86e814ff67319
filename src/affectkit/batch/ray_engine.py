"""The Ray engine: the same file annotation as :func:`affectkit.annotate`, run on Ray Data.

Ray Data reads the file (lines for .txt and .jsonl, record batches for .parquet), an
actor pool runs ``map_batches`` with one analyser loaded per actor, and the driver writes
the results in input order with the same writers as the in-process engine, so both
engines produce the same columns and values. Lines are parsed inside the actors by the
same functions the in-process readers use; a bad line becomes a reported row, never a
failed job. The driver numbers rows as they arrive in order, so row numbers and ids match.

Security: a Ray started here starts no dashboard and no job API, and advertises
127.0.0.1 as its node address. Ray's own services (GCS, raylet, workers) still listen on
every interface in Ray 2.60 (seen with ``ss -ltnp``), so run it on a trusted machine or
behind a firewall. To use an existing cluster pass its address (``ray://host:10001``);
reach a remote head through an SSH tunnel rather than exposing its ports.

Needs the ``ray`` extra: ``pip install 'affectkit[ray]'``.

Example (needs Ray)::

    summary = annotate_ray("posts.jsonl", "out.jsonl", id_column="id", workers=1)
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from affectkit.batch.annotate import DEFAULT_CHUNK_SIZE, AnnotationSummary, errors_path
from affectkit.batch.readers import (
    BadRow,
    Row,
    check_file,
    check_jsonl_fields,
    input_format,
    parse_jsonl_line,
    parse_text_line,
)
from affectkit.batch.writers import ResultWriter
from affectkit.errors import InputError, MissingDependencyError, UnsupportedFormatError
from affectkit.models.custom_head import CustomHead
from affectkit.types import Analysis
from affectkit.understand.text import clean_text

# Rows are parsed in the actors with the placeholder number -1: an id equal to it stands
# for "the row number", which only the driver knows (it sees the rows in order).
_NUMBER = "-1"


class _AnalyzerActor:
    """Loaded once per Ray actor; turns a batch of raw lines or records into results."""

    def __init__(self, settings: dict[str, Any]) -> None:
        from affectkit.understand.analyzer import Analyzer

        self.settings = settings
        self.analyzer = Analyzer(
            model=settings["model"],
            thresholds=settings["thresholds"],
            long_text=settings["long_text"],
            threads=1,
            heads=settings.get("heads") or None,
            language=settings.get("language"),
        )

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        fmt, text_column, id_column = self.settings["format"], self.settings["text_column"], self.settings["id_column"]
        items: list[Row | BadRow | None] = []
        if fmt == ".parquet":
            texts = list(batch[text_column])
            ids = list(batch[id_column]) if id_column is not None else [None] * len(texts)
            for text, row_id in zip(texts, ids):
                shown = _NUMBER if row_id is None else str(row_id)
                if isinstance(text, str):
                    items.append(Row(-1, shown, text))
                else:
                    items.append(BadRow(-1, shown, f"column {text_column!r} is {type(text).__name__}, not a string"))
        else:
            for line in batch["text"]:
                if fmt == ".txt":
                    items.append(parse_text_line(str(line), -1))
                else:
                    items.append(parse_jsonl_line(str(line), -1, text_column, id_column))
        kinds: list[str] = []
        ids_out: list[str] = []
        payloads: list[str] = []
        good: list[tuple[int, str]] = []
        for position, item in enumerate(items):
            if item is None:
                kinds.append("blank")
                ids_out.append("")
                payloads.append("")
                continue
            if isinstance(item, BadRow):
                kinds.append("bad")
                ids_out.append(item.id or "")
                payloads.append(item.reason)
                continue
            try:
                good.append((position, clean_text(item.text, max_chars=self.analyzer.max_chars, where="text")))
                kinds.append("ok")
            except InputError as error:
                kinds.append("bad")
                payloads.append(str(error))
                ids_out.append(item.id)
                continue
            ids_out.append(item.id)
            payloads.append("")
        results = self.analyzer.analyze_batch([text for _, text in good])
        for (position, _), result in zip(good, results):
            payloads[position] = result.model_dump_json()
        return {"kind": kinds, "id": ids_out, "payload": payloads}


def annotate_ray(
    input_path: str | Path,
    output_path: str | Path,
    *,
    model: str | None = None,
    thresholds: float | dict[str, float] | None = None,
    long_text: str = "truncate",
    text_column: str = "text",
    id_column: str | None = None,
    workers: int | None = None,
    address: str | None = None,
    batch_size: int = DEFAULT_CHUNK_SIZE,
    on_progress: Callable[[int], None] | None = None,
    heads: list[str] | None = None,
    language: str | None = None,
) -> AnnotationSummary:
    """Annotate a .txt, .jsonl or .parquet file on Ray Data; same output as :func:`annotate`.
    ``heads``: folders of your own heads, loaded in every actor; ``language``: as the
    analyser's (``auto`` routes each row by its language).

    ``workers`` actors each load the analyser once (default: the CPUs Ray sees, minus one
    left for Ray itself, at least one). Without ``address`` a local Ray is started with no
    dashboard and no job API, and stopped at the end.
    """
    try:
        import ray
    except ImportError as error:
        raise MissingDependencyError("the Ray engine needs Ray: pip install 'affectkit[ray]'") from error
    source, target = Path(input_path), Path(output_path)
    fmt = input_format(source)
    if fmt == ".csv":
        raise UnsupportedFormatError(
            "the Ray engine reads .txt, .jsonl and .parquet (a CSV row can span lines); "
            "convert the file or use the in-process engine"
        )
    check_file(source, fmt)
    if fmt == ".jsonl":
        check_jsonl_fields(source, text_column, id_column)
    if source.resolve() == target.resolve():
        raise InputError(f"the output {target} is the input; choose another output file")
    started_here = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(
                num_cpus=os.cpu_count() or 1,
                include_dashboard=False,
                dashboard_host="127.0.0.1",
                _node_ip_address="127.0.0.1",
                log_to_driver=False,
                configure_logging=False,
            )
            started_here = True
    try:
        cpus = int(ray.available_resources().get("CPU", 1))
        size = workers or max(1, cpus - 1)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        if fmt == ".parquet":
            columns = [text_column] + ([id_column] if id_column is not None else [])
            dataset = ray.data.read_parquet(str(source.resolve()), columns=columns)
        else:
            dataset = ray.data.read_text(str(source.resolve()), drop_empty_lines=False, encoding="utf-8")
        settings = {
            "format": fmt,
            "text_column": text_column,
            "id_column": id_column,
            "model": model,
            "thresholds": thresholds,
            "long_text": long_text,
            "heads": list(heads or []),
            "language": language,
        }
        results = dataset.map_batches(
            _AnalyzerActor,
            fn_constructor_kwargs={"settings": settings},
            batch_size=batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=size),
            num_cpus=1,
        )
        numbered_ids = id_column is None or fmt == ".txt"
        loaded = [CustomHead.load(folder) for folder in heads or []]
        return _write_in_order(results, source, target, on_progress, numbered_ids=numbered_ids, heads=loaded)
    finally:
        if started_here:
            ray.shutdown()


def _write_in_order(
    results: Any,
    source: Path,
    target: Path,
    on_progress: Callable[[int], None] | None,
    *,
    numbered_ids: bool,
    heads: Sequence[CustomHead] = (),
) -> AnnotationSummary:
    started = time.perf_counter()
    summary = AnnotationSummary(input=str(source), output=str(target))
    writer = ResultWriter(target, heads=heads)
    bad_path = errors_path(target)
    number = 0
    try:
        with open(bad_path, "w", encoding="utf-8") as bad_handle:
            for batch in results.iter_batches(batch_size=DEFAULT_CHUNK_SIZE, batch_format="numpy"):
                chunk: list[tuple[str, Analysis]] = []
                for kind, row_id, payload in zip(batch["kind"], batch["id"], batch["payload"]):
                    number += 1
                    if kind == "blank":
                        continue
                    summary.rows_in += 1
                    identifier: str | None = str(row_id) or None
                    if numbered_ids and identifier == _NUMBER:
                        identifier = str(number)
                    if kind == "bad":
                        summary.reject(BadRow(number, identifier, str(payload)), bad_handle)
                    else:
                        chunk.append((identifier or str(number), Analysis.model_validate_json(str(payload))))
                writer.write(chunk)
                summary.rows_out += len(chunk)
                if on_progress is not None:
                    on_progress(summary.rows_in)
        writer.commit()
    finally:
        writer.close()
    return summary.finish(bad_path, started)
