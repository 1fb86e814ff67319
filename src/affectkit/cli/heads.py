"""``affectkit heads``: every shipped and user head, with kind, version, encoder and licence."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text


def heads_command(
    as_json: bool = typer.Option(False, "--json", help="Print the heads as JSON."),
) -> None:
    """List the heads affectkit can load: the shipped ones and those in AFFECTKIT_HEADS."""
    from affectkit.models.head_registry import list_heads, user_root

    entries = list_heads()
    if as_json:
        typer.echo(json.dumps({"heads": [entry.to_dict() for entry in entries]}, indent=2, ensure_ascii=False))
        return
    console = Console()
    for entry in entries:
        title = Text.assemble((entry.name, "bold"), f" {entry.version} ({entry.kind}, {entry.origin})")
        console.print(title, highlight=False)
        details = Table.grid(padding=(0, 2))
        details.add_column(no_wrap=True)
        details.add_column()
        for key, value in (("encoder", entry.encoder_text), ("licence", entry.licence), ("path", str(entry.path))):
            details.add_row(f"  {key}", Text(value))
        console.print(details, highlight=False)
    user = user_root()
    where = f"user heads from {user}" if user else "no user heads (set AFFECTKIT_HEADS to a folder of head folders)"
    console.print(Text(f"{len(entries)} heads; {where}"), highlight=False)
