"""``affectkit eval``: the model and baselines side by side on a data set split."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from affectkit.errors import AffectkitError

TASKS = ("goemotions", "emobank", "esconv", "memory", "meld", "dailydialog", "reccon", "care")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.3f}"
    return "—" if value is None else str(value)


def _default_fp32() -> Path | None:
    candidate = Path("training/runs/default/model.fp32.onnx")
    return candidate if candidate.is_file() else None


def eval_command(
    task: str = typer.Argument(
        ...,
        help="goemotions, emobank, esconv, memory (Emotional RAG on DailyDialog), "
        "a conversation task: meld, dailydialog (emotion in context), reccon (emotion causes), "
        "or care (crisis cues: written cases, T-SID, SDCNL, against a keyword list and the emotion model alone)",
    ),
    split: str = typer.Option("test", help="train, dev or test"),
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
    limit: int | None = typer.Option(None, help="Items in the seeded sample the LLM sees (default 100)."),
    template: str = typer.Option("zero-shot.v1", help="With --backend llm: zero-shot.v1, few-shot.v1 or cot.v1."),
) -> None:
    """Evaluate the emotion model against baselines: `affectkit eval goemotions --split test`."""
    from affectkit.evaluate.datasets import data_dir
    from affectkit.evaluate.runner import evaluate_emobank, evaluate_goemotions

    if task not in TASKS:
        raise AffectkitError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    if backend not in ("encoder", "llm"):
        raise AffectkitError(f"--backend must be encoder or llm, not {backend!r}")
    folder = data_dir(data)
    console = Console(stderr=True)
    if task == "esconv":
        _eval_esconv(split, folder, llm, llm_model, limit, report, console)
        return
    if task == "memory":
        _eval_memory(split, folder, limit or 1000, report, plot, console)
        return
    if task in ("meld", "dailydialog", "reccon"):
        _eval_conversation(task, split, folder, report, console)
        return
    if task == "care":
        _eval_care(folder, model, report, console)
        return
    if backend == "llm":
        _eval_llm(task, split, folder, llm, llm_model, limit or 100, template, model, report, console)
        return
    fp32_path = fp32 or _default_fp32()
    if fp32 is not None and not fp32.is_file():
        raise AffectkitError(f"no fp32 model at {fp32}; training/export.py writes one")
    run = evaluate_goemotions if task == "goemotions" else evaluate_emobank
    with console.status("evaluating") as status:
        result = run(
            folder,
            split,
            model=model,
            fp32=fp32_path,
            baselines=baselines,
            progress=lambda message: status.update(message),
        )
    out = Console()
    if task == "goemotions":
        _print_goemotions(out, result)
    else:
        _print_emobank(out, result)
    if fp32_path is None:
        out.print("fp32 column: not available (training/export.py writes training/runs/default/model.fp32.onnx)")
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2, allow_nan=True) + "\n", encoding="utf-8")
        out.print(f"report: {report}")
    if plot is not None:
        from affectkit.evaluate.plots import write_plots

        for path in write_plots(result, plot):
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


def _eval_llm(
    task: str,
    split: str,
    folder: Path,
    spec: str | None,
    llm_model: str | None,
    limit: int,
    template: str,
    model: str | None,
    report: Path | None,
    console: Console,
) -> None:
    from affectkit.evaluate.runner import evaluate_goemotions_llm
    from affectkit.llm.client import get_llm

    if task != "goemotions":
        raise AffectkitError("--backend llm evaluates goemotions (the LLM gives one VAD judgement, not EmoBank's)")
    if not spec:
        raise AffectkitError("--backend llm needs --llm: 'local', 'local:PATH.gguf' or a server URL ending in /v1")
    writer = get_llm(spec, model=llm_model)
    with console.status("evaluating") as status:
        result = evaluate_goemotions_llm(
            folder, split, writer, limit=limit, template=template, model=model, progress=status.update
        )
    out = Console()
    _print_goemotions(out, result)
    for name, scores in result["systems"].items():
        out.print(f"{name}: {scores['seconds_per_text'] * 1000:.1f} ms a text")
    out.print(f"invalid LLM answers (counted as no label): {len(result['llm_failures'])} of {result['texts']}")
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2, allow_nan=True) + "\n", encoding="utf-8")
        out.print(f"report: {report}")


def _eval_memory(
    split: str, folder: Path, queries: int, report: Path | None, plot: Path | None, console: Console
) -> None:
    from affectkit.evaluate.memory_eval import evaluate_memory, write_tradeoff_plot

    with console.status("evaluating") as status:
        result = evaluate_memory(folder, split, queries=queries, progress=status.update)
    chance = result["chance"]
    table = Table(
        "strategy", "weight", "emotion match", "emotion match (macro)", "same dialogue",
        title=f"Emotional RAG on DailyDialog {split}: {result['queries']} queries, {result['memories']:,} memories, "
        f"K={result['settings']['k']}",
    )
    for row in result["rows"]:
        table.add_row(row["strategy"], _fmt(row["weight"]), _fmt(row["emotion_match"]),
                      _fmt(row["emotion_match_macro"]), _fmt(row["same_dialogue"]))
    table.add_row("random recall", "", _fmt(chance["emotion_match"]), _fmt(chance["emotion_match_macro"]),
                  _fmt(chance["same_dialogue"]), style="dim")
    Console().print(table)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    if plot is not None:
        written = write_tradeoff_plot(result, plot / "memory-tradeoff.png")
        console.print(f"wrote {written}")


def _eval_esconv(
    split: str,
    folder: Path,
    spec: str | None,
    llm_model: str | None,
    limit: int | None,
    report: Path | None,
    console: Console,
) -> None:
    from affectkit.evaluate.runner import evaluate_esconv
    from affectkit.llm.client import get_llm

    writer = get_llm(spec, model=llm_model) if spec else None
    with console.status("evaluating") as status:
        result = evaluate_esconv(folder, split, llm=writer, limit=limit, progress=status.update)
    out = Console()
    table = Table(title=f"ESConv {split} ({result['examples']:,} supporter turns): strategy choice")
    for column in ("system", "Q (macro-F1)", "B (preference bias)"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, scores in result["systems"].items():
        table.add_row(name, f"{scores['Q']:.3f}", _fmt(scores["B"]))
    out.print(table)
    out.print(
        "higher Q with lower B is a better supporter (Kang et al., ACL 2024); B — : undefined, a strategy never lost"
    )
    if result["sample"]:
        out.print(f"LLM rows: a seeded sample of {result['sample']['size']} turns, the encoder chooser beside it")
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        out.print(f"report: {report}")


_TITLES = {
    "meld": ("MELD", "weighted_f1", "weighted-F1 (7 classes, text only)"),
    "dailydialog": ("DailyDialog", "micro_f1_without_neutral", "micro-F1 without neutral"),
}


def _eval_conversation(task: str, split: str, folder: Path, report: Path | None, console: Console) -> None:
    from affectkit.evaluate.conversation_eval import evaluate_conversations

    with console.status("evaluating") as status:
        result = evaluate_conversations(folder, task, split, progress=status.update)
    out = Console()
    heads = f"{result['heads']['name']} {result['heads']['version']}"
    if task == "reccon":
        table = Table(
            "system", "Pos-F1", "Neg-F1", "macro-F1",
            title=f"RECCON (DailyDialog) {split}: causal emotion entailment, {result['pairs']:,} pairs "
            f"({result['positive_pairs']:,} causal) in {result['dialogues']} dialogues; {heads}",
        )
        for name, scores in result["systems"].items():
            table.add_row(name, _fmt(scores["pos_f1"]), _fmt(scores["neg_f1"]), _fmt(scores["macro_f1"]))
        out.print(table)
        spans = Table(
            "span", "exact match", "token F1", title=f"cause spans over {result['spans']['pairs']:,} gold causal pairs"
        )
        for name, scores in result["spans"].items():
            if name != "pairs":
                spans.add_row(name, _fmt(scores["exact_match"]), _fmt(scores["f1"]))
        out.print(spans)
    else:
        corpus, metric, label = _TITLES[task]
        table = Table(
            "system", label, "macro-F1", "accuracy",
            title=f"{corpus} {split}: emotion in conversation, {result['turns']:,} turns in "
            f"{result['dialogues']:,} dialogues; {heads}",
        )
        for name, scores in result["systems"].items():
            table.add_row(name, _fmt(scores[metric]), _fmt(scores["macro_f1"]), _fmt(scores["accuracy"]))
        out.print(table)
        systems = result["systems"]
        with_context = systems["context head (earlier turns, speakers)"][metric]
        gain = with_context - systems["no-context head (turn alone)"][metric]
        out.print(f"context minus no context: {gain * 100:+.1f} points")
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        out.print(f"report: {report}")


def _eval_care(folder: Path, model: str | None, report: Path | None, console: Console) -> None:
    import json

    from rich.table import Table

    from affectkit.evaluate.care_eval import CASE_SETS, GOEMOTIONS_DISTRESS, evaluate_care
    from affectkit.understand.analyzer import Analyzer

    analyzer = Analyzer(model=model)

    def emotion_model_alone(texts: Any) -> list[int]:
        return [2 if set(a.labels) & set(GOEMOTIONS_DISTRESS) else 0 for a in analyzer.analyze_batch(list(texts))]

    with console.status("care") as status:
        found = folder if folder.is_dir() else None
        result = evaluate_care(found, goemotions=emotion_model_alone, analyzer=analyzer, progress=status.update)
    out = Console()
    table = Table(title="care: crisis cues at level 2+ (higher recall, lower false alarms are better)")
    table.add_column("set / measure")
    for system in result["systems"]:
        table.add_column(system, justify="right")
    rows: list[tuple[str, str, str]] = []
    for name in CASE_SETS:
        rows += [(name, "recall_2plus", f"{name} ({result[name]['cases']} cases): crisis recall at 2+"),
                 (name, "imminent_at_4", f"{name}: imminent cases at 4"),
                 (name, "false_alarm_2plus", f"{name}: false alarms at 2+ (level-0 cases)"),
                 (name, "concern_raised_2plus", f"{name}: concern (level-1) cases read at 2+"),
                 (name, "exact_level", f"{name}: exact level")]  # fmt: skip
    if "tsid" in result:
        rows += [("tsid", "suicide_recall_2plus", "T-SID test: suicide/self-harm recall at 2+"),
                 ("tsid", "none_false_alarm_2plus", "T-SID test: 'none' posts at 2+"),
                 ("sdcnl", "suicidewatch_2plus", "SDCNL test: r/SuicideWatch posts at 2+"),
                 ("sdcnl", "depression_2plus", "SDCNL test: r/depression posts at 2+")]  # fmt: skip
    for name, measure, title in rows:
        table.add_row(title, *[_fmt(result[name][system][measure]) for system in result["systems"]])
    out.print(table)
    for name in CASE_SETS:
        out.print(
            f"{name}: level 2+ template replies passing check_reply {result[name]['replies_pass_checker']:.3f} "
            f"of {result[name]['replies_checked']}; uncovered languages said so {_fmt(result[name]['uncovered_said'])}"
        )
        langs = result[name]["affectkit"]["by_language"]
        out.print("  by language (recall / false alarms): " + ", ".join(
            f"{lang} {v['recall_2plus']:.2f}/{v['false_alarm_2plus']:.2f}" for lang, v in langs.items()))  # fmt: skip
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2), encoding="utf-8")
