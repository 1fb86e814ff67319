"""``affectkit conversation``: every turn's emotions and each speaker's course, as a table,
JSON, and a chart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from affectkit.errors import InputError, MissingDependencyError

if TYPE_CHECKING:
    from affectkit.understand.transition import BigFive


def conversation_command(
    file: Path = typer.Argument(..., help="A conversation: .json, .jsonl or .csv with speaker and text per turn."),
    as_json: bool = typer.Option(False, "--json", help="Print the full analysis as JSON."),
    plot: Path | None = typer.Option(None, "--plot", help="Write a trajectory chart: out.png or out.html."),
    corpus: str = typer.Option(
        "meld", "--trained-on", help="Which context head: trained on meld (TV talk) or dailydialog."
    ),
    personality: str | None = typer.Option(
        None,
        help="Big Five of the speaker who answers the last turn, five numbers 0-1 in the order O,C,E,A,N: "
        "propose the emotion of their reply (emotion transition).",
    ),
) -> None:
    """Analyse a conversation turn by turn: the emotion of each turn in its context and
    what caused it, GoEmotions labels, sentiment shifts, each speaker's valence course,
    inertia and contagion, and writer-reader gaps."""
    from affectkit.generate.next_reply import propose_next_reply
    from affectkit.understand.conversation import Conversation, analyze_conversation

    if plot is not None and plot.suffix.lower() not in (".png", ".html"):
        raise InputError(f"--plot writes .png or .html, not {plot.suffix or 'no extension'}")
    traits = _big_five(personality) if personality is not None else None
    result = analyze_conversation(Conversation.read(file), corpus=corpus)
    if plot is not None:
        write_chart(result, plot)
    proposal = propose_next_reply(result, traits) if traits is not None else None
    if as_json:
        if proposal is None:
            typer.echo(result.model_dump_json())
        else:
            typer.echo(json.dumps({**result.model_dump(mode="json"), "next_reply": proposal.model_dump(mode="json")}))
        return
    console = Console()
    table = Table(
        "#",
        "speaker",
        "text",
        "in context",
        "caused by",
        "turn alone",
        "sentiment",
        "V / A / D",
        "shift",
        title=escape(f"{file.name}: {len(result.turns)} turns (in context: head trained on {corpus})"),
    )
    for turn in result.turns:
        a = turn.analysis
        emotions = ", ".join(f"{label} {p:.2f}" for label, p in a.top(2) if p >= 0.1) or a.dominant
        in_context = f"{turn.emotion.label} {turn.emotion.scores[turn.emotion.label]:.2f}"
        causes = ", ".join(f"#{cause.turn + 1}" for cause in turn.causes)
        table.add_row(
            str(turn.index + 1),
            escape(turn.speaker),
            escape(a.text),
            in_context,
            causes,
            emotions,
            a.sentiment.top,
            f"{a.vad.valence:.2f} / {a.vad.arousal:.2f} / {a.vad.dominance:.2f}",
            "*" if turn.shift else "",
        )
    console.print(table)
    courses = Table("speaker", "turns", "shifts", "inertia", "contagion", "mean valence")
    for name, course in result.speakers.items():
        courses.add_row(
            escape(name),
            str(len(course.turns)),
            str(course.shifts),
            _fmt(course.inertia),
            _fmt(course.contagion),
            f"{sum(course.valence) / len(course.valence):.2f}",
        )
    console.print(courses)
    if proposal is not None:
        console.print(
            f"next reply by {escape(proposal.speaker)}: {proposal.label} "
            f"(V/A/D {proposal.vad.valence:.2f} / {proposal.vad.arousal:.2f} / "
            f"{proposal.vad.dominance:.2f}; temperament valence {proposal.temperament.valence:.2f})"
        )
    if plot is not None:
        console.print(f"chart: {plot}")


def _big_five(text: str) -> BigFive:
    from affectkit.understand.transition import BigFive

    parts = [part.strip() for part in text.split(",")]
    try:
        values = [float(part) for part in parts]
    except ValueError:
        values = []
    if len(values) != 5 or not all(0.0 <= v <= 1.0 for v in values):
        raise InputError(
            "--personality takes five numbers from 0 to 1 in the order O,C,E,A,N "
            f"(e.g. 0.6,0.7,0.5,0.8,0.2), not {text!r}"
        )
    names = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")
    return BigFive(**dict(zip(names, values)))


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def write_chart(result: object, path: Path) -> Path:
    """One valence line per speaker over the turns (and arousal, dashed): PNG or HTML."""
    from affectkit.understand.conversation import ConversationAnalysis

    assert isinstance(result, ConversationAnalysis)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".html":
        try:
            import plotly.graph_objects as go
        except ImportError as error:
            raise MissingDependencyError("HTML charts need plotly: pip install 'affectkit[server]'") from error
        figure = go.Figure()
        for name, course in result.speakers.items():
            x = [i + 1 for i in course.turns]
            figure.add_trace(go.Scatter(x=x, y=course.valence, mode="lines+markers", name=f"{name} valence"))
            figure.add_trace(
                go.Scatter(x=x, y=course.arousal, mode="lines+markers", name=f"{name} arousal", line={"dash": "dash"})
            )
        figure.update_layout(xaxis_title="turn", yaxis_title="1-5 (3 neutral)", yaxis_range=[1, 5])
        figure.write_html(str(path), include_plotlyjs=True)
        return path
    from affectkit.evaluate.plots import pyplot

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for name, course in result.speakers.items():
        x = [i + 1 for i in course.turns]
        (line,) = ax.plot(x, course.valence, "o-", label=f"{name}: valence")
        ax.plot(x, course.arousal, "s--", color=line.get_color(), alpha=0.6, label=f"{name}: arousal")
        for index, valence in zip(course.turns, course.valence):
            label = result.turns[index].emotion.label
            if label != "neutral":
                ax.annotate(label, (index + 1, valence), textcoords="offset points", xytext=(0, 7),
                            ha="center", fontsize=7, color=line.get_color())
    ax.axhline(3.0, color="grey", linewidth=0.8)
    ax.set_ylim(1, 5)
    ax.set_xlabel("turn")
    ax.set_ylabel("1-5 scale (3 = neutral)")
    ax.set_title("Emotional course per speaker")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
