"""Tables for the terminal (rich), one row per analysed text.

Example:
    >>> import affectkit
    >>> table = analysis_table([affectkit.analyze("hooray")], "ekman")
    >>> table.row_count
    1
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

if TYPE_CHECKING:
    from affectkit.types import Analysis


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def analysis_table(results: list[Analysis], view: str, ids: list[str] | None = None) -> Table:
    """A rich table showing, per text, the chosen view's labels with scores, sentiment and VAD;
    with a language column when a text is not in English, and "not read" with the reason for
    a text no model covers."""
    table = Table(title=f"affectkit · {view} view", show_lines=False)
    languages = any(result.language != "en" or result.language_note for result in results)
    if ids is not None:
        table.add_column("id", style="dim")
    table.add_column("text", overflow="fold")
    if languages:
        table.add_column("lang")
    table.add_column(view)
    table.add_column("sentiment")
    table.add_column("V / A / D", justify="right")
    for position, result in enumerate(results):
        language = [result.language + ("" if result.language_note is None else " *")] if languages else []
        if not result.covered:
            text = _short(result.text)
            row = [text, *language, f"not read: {result.language_note or 'no model covers it'}", "-", "-"]
            table.add_row(*(([ids[position]] if ids is not None else []) + row))
            continue
        chosen = result.view(view)
        labels = chosen.labels or [chosen.top]
        shown = ", ".join(f"{label} {chosen.scores[label]:.2f}" for label in labels[:4])
        if view == "parrott" and result.parrott.secondary.labels:
            shown += f" ({', '.join(result.parrott.secondary.labels[:3])})"
        vad = f"{result.vad.valence:.2f} / {result.vad.arousal:.2f} / {result.vad.dominance:.2f}"
        sentiment = f"{result.sentiment.top} {result.sentiment.scores[result.sentiment.top]:.2f}"
        text = _short(result.text) + (" [truncated]" if result.provenance.truncated else "")
        row = [text, *language, shown, sentiment, vad]
        table.add_row(*(([ids[position]] if ids is not None else []) + row))
    models = list(dict.fromkeys(f"{r.provenance.model} {r.provenance.model_version}" for r in results if r.covered))
    if models:
        table.caption = f"{' + '.join(models)} · V/A/D on a 1-5 scale, 3 neutral"
    notes = list(dict.fromkeys(r.language_note for r in results if r.covered and r.language_note))
    if notes:
        table.caption = (table.caption or "") + " · * " + "; ".join(notes)
    return table
