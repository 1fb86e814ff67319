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
    """A rich table showing, per text, the chosen view's labels with scores, sentiment and VAD."""
    table = Table(title=f"affectkit · {view} view", show_lines=False)
    if ids is not None:
        table.add_column("id", style="dim")
    table.add_column("text", overflow="fold")
    table.add_column(view)
    table.add_column("sentiment")
    table.add_column("V / A / D", justify="right")
    for position, result in enumerate(results):
        chosen = result.view(view)
        labels = chosen.labels or [chosen.top]
        shown = ", ".join(f"{label} {chosen.scores[label]:.2f}" for label in labels[:4])
        if view == "parrott" and result.parrott.secondary.labels:
            shown += f" ({', '.join(result.parrott.secondary.labels[:3])})"
        vad = f"{result.vad.valence:.2f} / {result.vad.arousal:.2f} / {result.vad.dominance:.2f}"
        sentiment = f"{result.sentiment.top} {result.sentiment.scores[result.sentiment.top]:.2f}"
        text = _short(result.text) + (" [truncated]" if result.provenance.truncated else "")
        row = [text, shown, sentiment, vad]
        table.add_row(*(([ids[position]] if ids is not None else []) + row))
    if results:
        first = results[0].provenance
        table.caption = f"{first.model} {first.model_version} · V/A/D on a 1-5 scale, 3 neutral"
    return table
