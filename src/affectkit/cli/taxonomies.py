"""``affectkit taxonomies``: the label sets and how each maps from GoEmotions."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table


def taxonomies_command(
    as_json: bool = typer.Option(False, "--json", help="Print the label sets and mappings as JSON."),
) -> None:
    """List the label sets (built in and registered) and the mapping of each from the GoEmotions labels."""
    from affectkit.taxonomy.graph import TAXONOMY_VERSION, list_taxonomies

    taxonomies = list_taxonomies()
    if as_json:
        payload = {
            "version": TAXONOMY_VERSION,
            "taxonomies": [
                {
                    "name": t.name,
                    "version": t.version,
                    "labels": list(t.labels),
                    "members": {k: dict(v) for k, v in t.members.items()},
                    "source": t.source,
                }
                for t in taxonomies
            ],
        }
        typer.echo(json.dumps(payload, indent=2))
        return
    console = Console()
    for taxonomy in taxonomies:
        table = Table(
            title=f"{taxonomy.name} ({taxonomy.version}, {len(taxonomy.labels)} labels)", title_justify="left"
        )
        table.add_column("label")
        table.add_column("from GoEmotions (weight)")
        for label in taxonomy.labels:
            members = taxonomy.members.get(label, {})
            text = ", ".join(m if w == 1.0 else f"{m} ({w:g})" for m, w in members.items())
            table.add_row(label, text if taxonomy.kind != "labels" else "native")
        if taxonomy.kind == "dimensions":
            table.add_row("(all)", "regression head of the same forward pass, EmoBank 1-5 scale")
        console.print(table)
    console.print(f"taxonomy version: {TAXONOMY_VERSION}; view score = noisy-OR of weighted member probabilities")
