"""Entry point of the ``affectkit`` command.

Errors that affectkit raises on purpose print one line and exit with status 2; no
traceback. Example::

    affectkit analyze "Thank you so much, this made my day!"
"""

from __future__ import annotations

import sys

import typer

from affectkit.errors import AffectkitError
from affectkit.version import __version__

app = typer.Typer(
    name="affectkit",
    help="Understand emotion in language, offline: GoEmotions-28, Ekman, sentiment, Plutchik, Parrott, VAD.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"affectkit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """affectkit: emotion analysis of text."""


def _register() -> None:
    from affectkit.cli import (
        analyze,
        care,
        conversation,
        evaluate,
        explain,
        explain_llm,
        memory,
        reply,
        serve,
        signals,
        stimuli,
        taxonomies,
        train,
    )

    app.command("analyze")(analyze.analyze_command)
    app.command("taxonomies")(taxonomies.taxonomies_command)
    app.command("eval")(evaluate.eval_command)
    app.command("serve")(serve.serve_command)
    app.command("reply")(reply.reply_command)
    app.command("care")(care.care_command)
    app.command("signals")(signals.signals_command)
    app.command("explain")(explain.explain_command)
    app.command("explain-llm")(explain_llm.explain_llm_command)
    app.command("train")(train.train_command)
    app.add_typer(stimuli.stimuli_app, name="stimuli")
    app.add_typer(memory.memory_app, name="memory")
    app.command("chat")(memory.chat_command)
    app.command("conversation")(conversation.conversation_command)
    from affectkit.cli.heads import heads_command

    app.command("heads")(heads_command)
    from affectkit.cli.config import config_command

    app.command("config")(config_command)


_register()


def run() -> None:
    """Run the CLI, turning affectkit errors into one line on stderr and exit status 2."""
    try:
        app()
    except AffectkitError as error:
        typer.echo(f"error: {error}", err=True)
        sys.exit(2)
    except OSError as error:  # unwritable output, full disk, unreadable input...
        typer.echo(
            f"error: {error.strerror or error} ({error.filename or 'file'}); check the path and permissions", err=True
        )
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    run()
