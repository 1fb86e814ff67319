"""``affectkit eval``: the model and baselines side by side on a data set split."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from affectkit.evaluate.tasks import TaskResult


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.3f}"
    return "—" if value is None else str(value)


def eval_command(
    task: str = typer.Argument(
        ...,
        help="goemotions, emobank, esconv, memory (Emotional RAG on DailyDialog), "
        "a conversation task: meld, dailydialog (emotion in context), reccon (emotion causes), "
        "care (crisis cues: written cases, T-SID, SDCNL, against a keyword list and the emotion model alone), "
        "wassa (essay writers' empathy and distress, WASSA 2022 dev, with bootstrap intervals), "
        "imhi (mental-health signals: IMHI weighted-F1 per set beside baselines and published rows), "
        "or xed (Plutchik-8 macro-F1 per language: the multilingual head, TF-IDF + LR, the English model)",
    ),
    split: str | None = typer.Option(None, help="train, dev or test (default: test; wassa: dev)"),
    data: Path | None = typer.Option(None, help="Data folder (default: AFFECTKIT_DATA or ../shared/data)."),
    model: str | None = typer.Option(None, help="A shipped model name or a model directory."),
    fp32: Path | None = typer.Option(
        None, help="fp32 ONNX of the same model (default: training/runs/default/model.fp32.onnx if present)."
    ),
    report: Path | None = typer.Option(None, help="Write the full report (JSON) here."),
    plot: Path | None = typer.Option(None, help="Write plots (PNG) into this folder."),
    baselines: bool = typer.Option(True, help="Compute the baselines in the same run."),
    backend: str = typer.Option("encoder", help="encoder, or llm: the encoder and an LLM on the same sample."),
    llm: str | None = typer.Option(None, "--llm", help="With --backend llm: 'local', 'local:PATH.gguf' or a URL."),
    llm_model: str | None = typer.Option(None, help="The model name the LLM server expects."),
    limit: int | None = typer.Option(
        None, help="Items in the seeded sample the LLM sees (default 100); imhi: IRF test posts whose evidence "
        "is scored (default 200, 0 skips); xed: test lines per language (default all)."
    ),
    template: str = typer.Option("zero-shot.v1", help="With --backend llm: zero-shot.v1, few-shot.v1 or cot.v1."),
    sets: list[str] | None = typer.Option(
        None,
        "--set",
        help="imhi: a set to score (repeat it or give a comma list; default all): DR, dreaddit, SAD, "
        "CAMS, IRF, MultiWD, loneliness, T-SID.",
    ),
    lang: list[str] | None = typer.Option(
        None, "--lang", help="xed: a language to score (ISO 639-1; repeat it or give a comma list; default all)."
    ),
    cache: Path | None = typer.Option(None, help="xed: keep the multilingual vectors in this folder for reruns."),
) -> None:
    """Evaluate the emotion model against baselines: `affectkit eval goemotions --split test`."""
    from affectkit.evaluate.tasks import run_task, write_report, write_task_plots

    with Console(stderr=True).status("care" if task == "care" else "evaluating") as status:
        result = run_task(
            task,
            split=split,
            data=data,
            model=model,
            fp32=fp32,
            baselines=baselines,
            backend=backend,
            llm=llm,
            llm_model=llm_model,
            limit=limit,
            template=template,
            sets=tuple(sets) if sets else None,
            languages=tuple(lang) if lang else None,
            cache=cache,
            progress=status.update,
        )
    out = Console()
    _RENDERERS["llm" if result.backend == "llm" else result.task](out, result)
    if report is not None:
        written = write_report(result, report)
        if result.task not in ("memory", "care"):
            out.print(f"report: {written}")
    if plot is not None:
        for path in write_task_plots(result, plot):
            if result.task == "memory":
                Console(stderr=True).print(f"wrote {path}")
            else:
                out.print(f"plot: {path}")


def _print_goemotions(out: Console, result: dict[str, Any]) -> None:
    columns = (
        "macro_f1",
        "micro_f1",
        "ekman_macro_f1",
        "ekman_micro_f1",
        "sentiment_macro_f1",
        "sentiment_micro_f1",
    )
    table = Table(title=f"GoEmotions {result['split']} ({result['texts']:,} texts)")
    table.add_column("system")
    for column in (
        "28 macro-F1",
        "28 micro-F1",
        "Ekman macro",
        "Ekman micro",
        "sentiment macro",
        "sentiment micro",
    ):
        table.add_column(column, justify="right")
    for name, scores in result["systems"].items():
        table.add_row(name, *(_fmt(scores.get(c)) for c in columns))
    for name, scores in result.get("published_reference", {}).items():
        table.add_row(f"[dim]{name} (published, not run here)[/dim]", _fmt(scores.get("macro_f1")), *["—"] * 5)
    out.print(table)
    systems = result["systems"]
    per_label = Table(title="per-label F1")
    per_label.add_column("label")
    names = [n for n in systems if "per_label_f1" in systems[n]]
    for name in names:
        per_label.add_column(name, justify="right")
    for label in systems[names[0]]["per_label_f1"]:
        per_label.add_row(label, *(_fmt(systems[n]["per_label_f1"][label]) for n in names))
    out.print(per_label)
    shipped = systems["affectkit int8"]
    if "ece" in shipped:
        out.print(
            f"int8 at a fixed 0.5 threshold: macro-F1 {shipped['fixed_0.5_macro_f1']:.3f}; "
            f"expected calibration error {shipped['ece']:.4f}; {result['seconds']:.0f} s"
        )


def _print_emobank(out: Console, result: dict[str, Any]) -> None:
    table = Table(title=f"EmoBank {result['split']} ({result['texts']:,} sentences): Pearson r")
    table.add_column("system")
    targets = list(next(iter(result["systems"].values())))
    for target in targets:
        table.add_column(target.replace("_", " "), justify="right")
    for name, scores in result["systems"].items():
        table.add_row(name, *(_fmt(scores[t]) for t in targets))
    for name, scores in result.get("published_reference", {}).items():
        table.add_row(f"[dim]{name} (published, not run here)[/dim]", *(_fmt(scores.get(t)) for t in targets))
    out.print(table)
    out.print(f"{result['seconds']:.0f} s")


def _fp32_note(out: Console, result: TaskResult) -> None:
    if result.fp32 is None:
        out.print("fp32 column: not available (training/export.py writes training/runs/default/model.fp32.onnx)")


def _render_goemotions(out: Console, result: TaskResult) -> None:
    _print_goemotions(out, result.report)
    _fp32_note(out, result)


def _render_emobank(out: Console, result: TaskResult) -> None:
    _print_emobank(out, result.report)
    _fp32_note(out, result)


def _render_llm(out: Console, result: TaskResult) -> None:
    report = result.report
    _print_goemotions(out, report)
    for name, scores in report["systems"].items():
        out.print(f"{name}: {scores['seconds_per_text'] * 1000:.1f} ms a text")
    out.print(f"invalid LLM answers (counted as no label): {len(report['llm_failures'])} of {report['texts']}")


def _render_memory(out: Console, result: TaskResult) -> None:
    report = result.report
    chance = report["chance"]
    table = Table(
        "strategy", "weight", "emotion match", "emotion match (macro)", "same dialogue",
        title=f"Emotional RAG on DailyDialog {result.split}: {report['queries']} queries, "
        f"{report['memories']:,} memories, K={report['settings']['k']}",
    )  # fmt: skip
    for row in report["rows"]:
        table.add_row(row["strategy"], _fmt(row["weight"]), _fmt(row["emotion_match"]),
                      _fmt(row["emotion_match_macro"]), _fmt(row["same_dialogue"]))  # fmt: skip
    table.add_row("random recall", "", _fmt(chance["emotion_match"]), _fmt(chance["emotion_match_macro"]),
                  _fmt(chance["same_dialogue"]), style="dim")  # fmt: skip
    out.print(table)


def _render_esconv(out: Console, result: TaskResult) -> None:
    report = result.report
    table = Table(title=f"ESConv {result.split} ({report['examples']:,} supporter turns): strategy choice")
    for column in ("system", "Q (macro-F1)", "B (preference bias)"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, scores in report["systems"].items():
        table.add_row(name, f"{scores['Q']:.3f}", _fmt(scores["B"]))
    out.print(table)
    out.print(
        "higher Q with lower B is a better supporter (Kang et al., ACL 2024); B — : undefined, a strategy never lost"
    )
    if report["sample"]:
        out.print(f"LLM rows: a seeded sample of {report['sample']['size']} turns, the encoder chooser beside it")


_TITLES = {
    "meld": ("MELD", "weighted_f1", "weighted-F1 (7 classes, text only)"),
    "dailydialog": ("DailyDialog", "micro_f1_without_neutral", "micro-F1 without neutral"),
}


def _render_reccon(out: Console, result: TaskResult) -> None:
    report = result.report
    heads = f"{report['heads']['name']} {report['heads']['version']}"
    table = Table(
        "system", "Pos-F1", "Neg-F1", "macro-F1",
        title=f"RECCON (DailyDialog) {result.split}: causal emotion entailment, {report['pairs']:,} pairs "
        f"({report['positive_pairs']:,} causal) in {report['dialogues']} dialogues; {heads}",
    )  # fmt: skip
    for name, scores in report["systems"].items():
        table.add_row(name, _fmt(scores["pos_f1"]), _fmt(scores["neg_f1"]), _fmt(scores["macro_f1"]))
    out.print(table)
    spans = Table(
        "span", "exact match", "token F1", title=f"cause spans over {report['spans']['pairs']:,} gold causal pairs"
    )
    for name, scores in report["spans"].items():
        if name != "pairs":
            spans.add_row(name, _fmt(scores["exact_match"]), _fmt(scores["f1"]))
    out.print(spans)


def _render_turns(out: Console, result: TaskResult) -> None:
    report = result.report
    heads = f"{report['heads']['name']} {report['heads']['version']}"
    corpus, metric, label = _TITLES[result.task]
    table = Table(
        "system", label, "macro-F1", "accuracy",
        title=f"{corpus} {result.split}: emotion in conversation, {report['turns']:,} turns in "
        f"{report['dialogues']:,} dialogues; {heads}",
    )  # fmt: skip
    for name, scores in report["systems"].items():
        table.add_row(name, _fmt(scores[metric]), _fmt(scores["macro_f1"]), _fmt(scores["accuracy"]))
    out.print(table)
    systems = report["systems"]
    with_context = systems["context head (earlier turns, speakers)"][metric]
    gain = with_context - systems["no-context head (turn alone)"][metric]
    out.print(f"context minus no context: {gain * 100:+.1f} points")


def _render_care(out: Console, result: TaskResult) -> None:
    from affectkit.evaluate.care_eval import CASE_SETS

    report = result.report
    table = Table(title="care: crisis cues at level 2+ (higher recall, lower false alarms are better)")
    table.add_column("set / measure")
    for system in report["systems"]:
        table.add_column(system, justify="right")
    rows: list[tuple[str, str, str]] = []
    for name in CASE_SETS:
        rows += [(name, "recall_2plus", f"{name} ({report[name]['cases']} cases): crisis recall at 2+"),
                 (name, "imminent_at_4", f"{name}: imminent cases at 4"),
                 (name, "false_alarm_2plus", f"{name}: false alarms at 2+ (level-0 cases)"),
                 (name, "concern_raised_2plus", f"{name}: concern (level-1) cases read at 2+"),
                 (name, "exact_level", f"{name}: exact level")]  # fmt: skip
    if "tsid" in report:
        rows += [("tsid", "suicide_recall_2plus", "T-SID test: suicide/self-harm recall at 2+"),
                 ("tsid", "none_false_alarm_2plus", "T-SID test: 'none' posts at 2+"),
                 ("sdcnl", "suicidewatch_2plus", "SDCNL test: r/SuicideWatch posts at 2+"),
                 ("sdcnl", "depression_2plus", "SDCNL test: r/depression posts at 2+")]  # fmt: skip
    for name, measure, title in rows:
        table.add_row(title, *[_fmt(report[name][system][measure]) for system in report["systems"]])
    out.print(table)
    for name in CASE_SETS:
        out.print(
            f"{name}: level 2+ template replies passing check_reply {report[name]['replies_pass_checker']:.3f} "
            f"of {report[name]['replies_checked']}; uncovered languages said so {_fmt(report[name]['uncovered_said'])}"
        )
        langs = report[name]["affectkit"]["by_language"]
        out.print("  by language (recall / false alarms): " + ", ".join(
            f"{lang} {v['recall_2plus']:.2f}/{v['false_alarm_2plus']:.2f}" for lang, v in langs.items()))  # fmt: skip


_WASSA_KEYS = ("empathy", "distress", "average")


def _wassa_table(title: str, systems: dict[str, Any], published: dict[str, Any]) -> Table:
    """Each system's r, its bootstrap interval on the row below; published numbers dimmed."""
    table = Table("system", "empathy r", "distress r", "average r", title=title)
    for column in table.columns[1:]:
        column.justify = "right"
    for name, scores in systems.items():
        table.add_row(name, *(_fmt(scores[key]) for key in _WASSA_KEYS))
        intervals = scores["interval_95"]
        table.add_row("  95% interval", *(f"{intervals[k][0]:.3f}–{intervals[k][1]:.3f}" for k in _WASSA_KEYS),
                      style="dim")  # fmt: skip
    for name, scores in published.items():
        table.add_row(name, *(_fmt(scores.get(key)) for key in _WASSA_KEYS), style="dim")
    return table


def _render_wassa(out: Console, result: TaskResult) -> None:
    report = result.report
    out.print(_wassa_table(
        f"WASSA 2022 {result.split}: {report['texts']:,} essays (trained on {report['train_texts']:,}), Pearson r",
        report["systems"], report["published_reference"]))  # fmt: skip
    transfer = report.get("transfer", {}).get("wassa2023_essay_dev")
    if transfer:
        out.print(_wassa_table(
            f"transfer: WASSA 2023 essay dev, {transfer['texts']:,} essays, Pearson r",
            transfer["systems"], transfer["published_reference"]))  # fmt: skip
    target = report["targets"]
    out.print(
        f"intervals: {report['settings']['interval']}. Target for the average r: must {target['must']}, "
        f"aim {target['aim']}. Published rows: other essays, test sets or the 2021 dev (sources in the report). "
        f"{report['seconds']:.0f} s"
    )


def _render_imhi(out: Console, result: TaskResult) -> None:
    from rich import box

    from affectkit.evaluate.imhi_eval import AFFECTKIT, MAJORITY, NO_TRAIN, PUBLISHED_COLUMNS, TFIDF, table_rows

    report = result.report
    bundle = report["bundle"]
    table = Table(
        "set", "items", "affectkit", "majority", "TF-IDF\n+ LR", "ChatGPT\n0-shot", "best FT\nencoder",
        "MentaLLaMA\n13B", "must\nreach",
        title=f"IMHI {result.split}: weighted-F1 (%) of {bundle['name']} {bundle['version']} "
        f"(long_text={bundle['long_text']}), baselines fitted in this run, published rows",
        box=box.SIMPLE_HEAD, padding=0, show_edge=False,
    )  # fmt: skip
    for column, width in zip(table.columns, (10, 5, 9, 8, 8, 7, 7, 10, 5)):
        column.overflow, column.min_width = "fold", width
        column.justify = "left" if column is table.columns[0] else "right"
    encoders: list[str] = []
    for row in table_rows(report):
        scores, published = row["scores"], row["published"]
        tfidf = f"{scores[TFIDF]:.1f}" if TFIDF in scores else ("no train\nsplit" if row["tfidf"] == NO_TRAIN else "—")
        shown = ["—"] * 3
        if published:
            number, _, encoder = str(published[1]).partition(" ")
            shown = [f"{published[0]:.1f}", number, f"{published[2]:.1f}"]
            encoders.append(f"{row['set'].split(' ')[0]} {encoder.strip('()')}")
        name = row["set"].replace(" labels)", "").replace(" (", " ")
        table.add_row(name, f"{row['items']:,}", f"{scores[AFFECTKIT]:.1f}",
                      f"{scores[MAJORITY]:.1f}" if MAJORITY in scores else "—", tfidf, *shown,
                      "—" if row["must_reach"] is None else f"{row['must_reach']:.1f}")  # fmt: skip
    out.print(table)
    out.print(
        f"columns: {AFFECTKIT} (the signal heads), {MAJORITY}, {TFIDF} (trained on the same train split; "
        f"{NO_TRAIN} where a set has none), published: {', '.join(PUBLISHED_COLUMNS)}; best fine-tuned encoder: "
        f"{', '.join(encoders)}."
    )
    for name, entry in report["sets"].items():
        if entry.get("transfer"):
            out.print(f"{name}: {entry['transfer']}.")
    out.print(f"{report['settings']['multi_label']}.")
    not_read = {name: entry["not_read"] for name, entry in report["sets"].items() if entry.get("not_read")}
    if not_read:
        counts = ", ".join(f"{name} {count}" for name, count in not_read.items())
        out.print(f"Posts the signals do not read (not English), counted as misses: {counts}.")
    evidence = report["sets"].get("IRF", {}).get("evidence")
    if evidence:
        out.print(
            f"Evidence against IRF's human spans ({evidence['texts']} spans in {evidence['posts']} test posts, "
            f"Shapley, budget {evidence['budget']}): token F1 {evidence['cited']:.1f} (cited, "
            f"{evidence['mean_cited_words']:.1f} words) against {evidence['whole_text']:.1f} (whole post) and "
            f"{evidence['random_span']:.1f} (a random stretch as long); {evidence['not_found']} spans not found."
        )
    out.print(f"Published rows: {report['published_reference']['caveat']}")
    missed = [name for name, entry in report["sets"].items() if entry.get("reached") is False]
    out.print(("below must-reach: " + ", ".join(missed)) if missed else "every must-reach target met", end="")
    out.print(f"; {report['seconds']:.0f} s")


def _render_xed(out: Console, result: TaskResult) -> None:
    from rich import box

    from affectkit.evaluate.xed_eval import SYSTEMS, TARGETS, table_rows

    report = result.report
    head = report["head"]
    table = Table(
        "language", "lines", *SYSTEMS.values(), box=box.SIMPLE_HEAD,
        title=f"XED {result.split}: Plutchik-8 macro-F1 per language ({report['settings']['limit_text']}); "
        f"{head['name']} {head['version']} on {head['encoder']['name']} {head['encoder']['version']}",
    )  # fmt: skip
    for column in table.columns[1:]:
        column.justify = "right"
    for code, lines, scores in table_rows(report):
        table.add_row(code, f"{lines:,}", *("—" if f is None else f"{f:.3f}" for f in scores))
    out.print(table)
    out.print(
        "xed-e5 head: the multilingual Plutchik head at its shipped thresholds. TF-IDF + LR: fitted in this run "
        "on the language's own train split, thresholds on its val lines (— where it has none: no train lines, "
        "or too few for a word to occur twice). "
        "English model: the default model's Plutchik view, as-is."
    )
    for name, target in report.get("targets", {}).items():
        detail = "; ".join(f"{k.replace('_', ' ')} {v}" for k, v in target.items() if k not in ("met", "margins"))
        out.print(f"{TARGETS[name]}: {'met' if target['met'] else 'NOT met'} ({detail})")
    out.print(f"{report['seconds']:.0f} s")


# How ``affectkit eval`` shows each task's result ("llm": GoEmotions with --backend llm).
_RENDERERS: dict[str, Callable[[Console, TaskResult], None]] = {
    "goemotions": _render_goemotions,
    "emobank": _render_emobank,
    "llm": _render_llm,
    "esconv": _render_esconv,
    "memory": _render_memory,
    "meld": _render_turns,
    "dailydialog": _render_turns,
    "reccon": _render_reccon,
    "care": _render_care,
    "wassa": _render_wassa,
    "imhi": _render_imhi,
    "xed": _render_xed,
}
