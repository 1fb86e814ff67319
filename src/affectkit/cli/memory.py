"""``affectkit memory add|search|export|info`` and ``affectkit chat``: emotion-aware memory
from the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from affectkit.cli.choices import MEMORY_NORMALIZATIONS, MEMORY_STRATEGIES
from affectkit.errors import AffectkitError

memory_app = typer.Typer(help="Emotion-aware memory (Emotional RAG): add, search, export.", no_args_is_help=True)

STORE_HELP = "A SQLite file (created if missing) or a postgresql:// DSN."


@memory_app.command("add")
def add_command(
    texts: list[str] = typer.Argument(None, help="Texts to remember (or use --file)."),
    store: str = typer.Option(..., "--store", "--memory", help=STORE_HELP),
    owner: str = typer.Option(None, help="Whose memories: an agent or character id (JSONL rows may name their own)."),
    file: Path | None = typer.Option(
        None,
        "--file",
        help=".txt (one memory per line) or .jsonl "
        "(objects with text, and optionally owner, time, metadata: what export writes).",
    ),
) -> None:
    """Store memories; each is encoded once (meaning and emotion). Bad lines of a file are
    skipped and listed; the good ones are all stored."""
    from affectkit.memory import Memory
    from affectkit.memory.importer import read_memories, store_memories

    rows = read_memories(file, texts=texts or (), owner=owner)
    with Memory(store) as memory, Progress(transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("remembering", total=len(rows.rows))
        report = store_memories(
            memory, rows, progress=lambda done, total: progress.update(task, completed=done, total=total)
        )
    skipped = report.skipped
    typer.echo(f"stored {report.stored} memories in {report.store}" + (f"; skipped {len(skipped)}" if skipped else ""))
    for reason in skipped[:20]:
        typer.echo(f"  skipped: {reason}", err=True)
    if len(skipped) > 20:
        typer.echo(f"  ... and {len(skipped) - 20} more", err=True)


@memory_app.command("search")
def search_command(
    query: str = typer.Argument(..., help="What to recall."),
    store: str = typer.Option(..., "--store", "--memory", help=STORE_HELP),
    owner: str = typer.Option(..., help="Whose memories."),
    strategy: str = typer.Option("additive", help="One of: " + ", ".join(MEMORY_STRATEGIES) + "."),
    k: int = typer.Option(10, "--k", help="How many memories."),
    pool: int = typer.Option(20, help="First-stage candidates of the sequential strategies."),
    weight: float = typer.Option(0.5, help="Emotion weight of the combined strategies, 0-1."),
    normalize: str = typer.Option("bound", help="Distance scale: " + ", ".join(MEMORY_NORMALIZATIONS) + "."),
    emotion: str = typer.Option(
        None, help="Match this emotion (a Plutchik or GoEmotions label) instead of the query's own."
    ),
    exact: bool = typer.Option(False, "--exact", help="PostgreSQL: search every vector, not the indexes."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per result."),
) -> None:
    """Recall the memories that best match a query by meaning and emotion."""
    from affectkit.memory import Memory

    with Memory(store) as memory:
        found = memory.search(
            query,
            owner=owner,
            strategy=strategy,
            k=k,
            pool=pool,
            weight=weight,
            normalize=normalize,
            emotion=emotion,
            exact=exact,
        )
    if as_json:
        for recall in found:
            typer.echo(recall.model_dump_json())
        return
    table = Table("rank", "memory", "emotion", "d_s", "d_e", "score", title=f"{strategy}, weight {weight}")
    for recall in found:
        top = max(recall.unit.plutchik.items(), key=lambda item: item[1])[0]
        table.add_row(
            str(recall.rank),
            escape(recall.unit.text),
            f"{recall.unit.top_emotion} / {top}",
            f"{recall.semantic_distance:.3f}",
            f"{recall.emotion_distance:.3f}",
            f"{recall.score:.3f}",
        )
    Console().print(table if found else escape(f"no memories of {owner!r}"))


@memory_app.command("export")
def export_command(
    store: str = typer.Option(..., "--store", "--memory", help=STORE_HELP),
    out: Path = typer.Option(None, "--out", help="JSONL file to write (default: standard output)."),
    owner: str = typer.Option(None, help="Only this owner's memories."),
) -> None:
    """Write memories as JSON lines (texts, times, metadata and emotions; no vectors)."""
    from affectkit.memory import Memory

    with Memory(store) as memory:
        if out is None:
            count = memory.export(sys.stdout, owner=owner)
        else:
            with out.open("w", encoding="utf-8") as handle:
                count = memory.export(handle, owner=owner)
    typer.echo(f"exported {count} memories", err=True)


@memory_app.command("reencode")
def reencode_command(store: str = typer.Option(..., "--store", "--memory", help=STORE_HELP)) -> None:
    """Recompute every memory's vectors with the installed models (after an upgrade of the
    emotion model or the sentence encoder). Run it while nothing else writes to the memory."""
    from affectkit.memory import Memory

    with Memory(store) as memory, Progress(transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("re-encoding", total=memory.count())
        count = memory.reencode(progress=lambda done, total: progress.update(task, completed=done, total=total))
        model = memory.describe()
    typer.echo(
        f"re-encoded {count} memories with {model['emotion_model']} {model['emotion_model_version']} "
        f"and {model['embedder']}"
    )


@memory_app.command("info")
def info_command(store: str = typer.Option(..., "--store", "--memory", help=STORE_HELP)) -> None:
    """What the memory records about itself, and how many memories each owner has."""
    from affectkit.memory import Memory

    with Memory(store) as memory:
        described = memory.describe()
        counts = {owner: memory.count(owner) for owner in memory.owners()}
    table = Table(show_header=False, box=None)
    for key in (
        "store",
        "schema_version",
        "embedder",
        "embedder_version",
        "emotion_model",
        "emotion_model_version",
        "taxonomy_version",
        "created_by",
    ):
        if key in described:
            table.add_row(key, described[key])
    for owner, count in counts.items():
        table.add_row(escape(f"owner {owner}"), f"{count} memories")
    Console().print(table)


def chat_command(
    character: str = typer.Option(..., "--character", help="The character's name (owner of its memories)."),
    memory_location: str = typer.Option(..., "--memory", help=STORE_HELP),
    llm: str = typer.Option(
        None, "--llm", help="'local', 'local:PATH.gguf' or a server URL ending in /v1; default: the offline composer."
    ),
    llm_model: str = typer.Option(None, help="The model name the LLM server expects."),
    strategy: str = typer.Option("additive", help="Recall strategy: " + ", ".join(MEMORY_STRATEGIES) + "."),
    k: int = typer.Option(3, "--k", help="Memories recalled per message."),
    weight: float = typer.Option(0.5, help="Emotion weight of the combined strategies, 0-1."),
    timeout: float = typer.Option(60.0, help="Seconds to wait for the LLM."),
) -> None:
    """Chat with a character that remembers: type a message, get a reply; /quit or Ctrl-D ends."""
    from affectkit.llm.client import get_llm
    from affectkit.memory import Memory
    from affectkit.memory.agent import Character

    writer = get_llm(llm, model=llm_model, timeout=timeout) if llm else None
    console = Console()
    with Memory(memory_location) as memory:
        agent = Character(character, memory, llm=writer, strategy=strategy, k=k, weight=weight)
        console.print(f"[dim]{escape(character)} remembers {memory.count(character)} things. /quit to leave.[/dim]")
        for line in sys.stdin:
            message = line.strip()
            if message in ("/quit", "/exit"):
                break
            if not message:
                continue
            try:
                turn = agent.respond(message)
            except AffectkitError as error:
                console.print(f"[red]{escape(str(error))}[/red]")
                continue
            console.print(f"[bold]{escape(character)}:[/bold] {escape(turn.reply.reply)}")
            if turn.recalled:
                console.print(
                    "[dim]  recalled: " + escape(" | ".join(r.unit.text[:80] for r in turn.recalled)) + "[/dim]"
                )
