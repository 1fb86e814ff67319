"""``affectkit memory add|search|export|info`` and ``affectkit chat``: emotion-aware memory
from the terminal."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from affectkit.cli.choices import MEMORY_NORMALIZATIONS, MEMORY_STRATEGIES
from affectkit.errors import AffectkitError, InputError

memory_app = typer.Typer(help="Emotion-aware memory (Emotional RAG): add, search, export.", no_args_is_help=True)

STORE_HELP = "A SQLite file (created if missing) or a postgresql:// DSN."
ADD_BATCH = 256


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

    if not texts and file is None:
        raise InputError("give texts to remember, or --file FILE")
    rows: list[tuple[str, str, float | None, dict[str, Any], str]] = []
    skipped: list[str] = []
    if texts:
        if owner is None:
            raise InputError("--owner is needed for texts given on the command line")
        rows += [(owner, text, None, {}, f"text {i + 1}") for i, text in enumerate(texts)]
    if file is not None:
        rows += _read_rows(file, owner, skipped)
    stored = 0
    with Memory(store) as memory, Progress(transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("remembering", total=len(rows))
        for group in _groups(rows):
            try:
                stored += _add_group(memory, group)
            except InputError:
                for row in group:  # find the bad row(s) of the group, keep the good ones
                    try:
                        stored += _add_group(memory, [row])
                    except InputError as error:
                        skipped.append(f"{row[4]}: {error}")
            progress.advance(task, len(group))
    typer.echo(f"stored {stored} memories in {memory.store.kind}" + (f"; skipped {len(skipped)}" if skipped else ""))
    for reason in skipped[:20]:
        typer.echo(f"  skipped: {reason}", err=True)
    if len(skipped) > 20:
        typer.echo(f"  ... and {len(skipped) - 20} more", err=True)


def _read_rows(
    file: Path, owner: str | None, skipped: list[str]
) -> Iterator[tuple[str, str, float | None, dict[str, Any], str]]:
    if not file.is_file():
        raise InputError(f"{file} is not a file")
    suffix = file.suffix.lower()
    if suffix not in (".txt", ".jsonl"):
        raise InputError(f"{file}: memory files are .txt (one per line) or .jsonl; got {suffix or 'no extension'}")
    with file.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8").strip()
            except UnicodeDecodeError:
                skipped.append(f"{file.name} line {number}: not UTF-8")
                continue
            if not line:
                continue
            if suffix == ".txt":
                if owner is None:
                    raise InputError("--owner is needed for a .txt file")
                yield owner, line, None, {}, f"{file.name} line {number}"
                continue
            try:
                item = json.loads(line)
                text, who = item["text"], item.get("owner", owner)
                if not isinstance(text, str) or not isinstance(who, str):
                    raise TypeError("text and owner must be strings")
                when = item.get("time")
                metadata = item.get("metadata") or {}
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                skipped.append(f"{file.name} line {number}: {type(error).__name__}: {error}")
                continue
            yield who, text, when, metadata, f"{file.name} line {number}"


def _groups(rows: list[tuple[str, str, float | None, dict[str, Any], str]]) -> Iterator[list[Any]]:
    """Consecutive rows of one owner, at most ADD_BATCH at a time."""
    group: list[Any] = []
    for row in rows:
        if group and (row[0] != group[0][0] or len(group) == ADD_BATCH):
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def _add_group(memory: Any, group: list[tuple[str, str, float | None, dict[str, Any], str]]) -> int:
    times = [row[2] for row in group]
    ids = memory.add_many(
        [row[1] for row in group],
        owner=group[0][0],
        times=None if all(t is None for t in times) else [t if t is not None else time.time() for t in times],
        metadata=[row[3] for row in group],
    )
    return len(ids)


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
