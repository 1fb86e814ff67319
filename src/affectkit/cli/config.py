"""``affectkit config``: every effective setting, its value and where it came from.

Example::

    AFFECTKIT_BATCH_SIZE=8 affectkit config --json
"""

from __future__ import annotations

import json
from typing import Any

import typer

HIDDEN = "<hidden>"


def config_command(
    as_json: bool = typer.Option(False, "--json", help="Print the settings as JSON, by section."),
) -> None:
    """Print every setting by section: its value and its source (default or the environment variable).

    A variable that does not parse fails with a message naming it and a good value.
    """
    from affectkit.config import effective, lookup

    sections: dict[str, dict[str, dict[str, Any]]] = {}
    for found in effective():
        item = lookup(found.key)
        value = HIDDEN if item.secret and found.value is not None else found.value
        sections.setdefault(item.section, {})[item.name] = {
            "value": value,
            "source": found.source,
            "env": item.env,
            "help": item.help,
        }
    if as_json:
        typer.echo(json.dumps(sections, indent=2))
        return
    width = max(len(name) for entries in sections.values() for name in entries)
    value_width = max(len(_shown(entry["value"])) for entries in sections.values() for entry in entries.values())
    for section, entries in sections.items():
        typer.echo(f"[{section}]")
        for name, entry in entries.items():
            typer.echo(f"  {name:<{width}}  {_shown(entry['value']):<{value_width}}  {entry['source']}")


def _shown(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)
