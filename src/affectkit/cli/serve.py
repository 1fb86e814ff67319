"""``affectkit serve``: the HTTP service and its web page."""

from __future__ import annotations

import os

import typer

from affectkit.errors import MissingDependencyError


def serve_command(
    host: str = typer.Option(
        None, help="Address to bind (default 127.0.0.1); 0.0.0.0 exposes the service to the network."
    ),
    port: int = typer.Option(None, help="Port to listen on (default 8000)."),
    model: str = typer.Option(None, help="Model name or directory (default: the embedded model)."),
    threads: int = typer.Option(None, help="onnxruntime threads per batch worker (default 0: the cores shared out)."),
    workers: int = typer.Option(None, help="Batches run at once, each on its own thread (default 2)."),
    max_texts: int = typer.Option(None, help="Texts per request (default 64)."),
    max_chars: int = typer.Option(None, help="Characters per text (default 10,000)."),
    max_body_bytes: int = typer.Option(None, help="Request body size (default 2 MB)."),
    max_queue: int = typer.Option(None, help="Texts waiting before requests get 429 (default 256)."),
    batch_wait_ms: float = typer.Option(
        None, help="How long a batch waits for more requests (default 0: it takes what queued while the last ran)."
    ),
    llm: str = typer.Option(
        None, "--llm", help="Who writes /v1/reply: 'local', 'local:PATH.gguf' or a server URL (default: the composer)."
    ),
    llm_model: str = typer.Option(None, help="The model name the LLM server expects."),
    exact_batches: bool = typer.Option(
        None,
        "--exact-batches/--padded-batches",
        help="Bit-identical scores whatever the batch (slower on small batches), or padded batches (default).",
    ),
    heads: list[str] | None = typer.Option(
        None, "--head", help="Your own head to serve (a folder from affectkit train, or its name); repeatable."
    ),
) -> None:
    """Serve the analyser over HTTP, with a web page at / and the API documented at /docs.

    Set AFFECTKIT_SERVE_API_KEY to require a key on every route but /healthz and /readyz.
    Every option can also be set by an AFFECTKIT_SERVE_* variable (see affectkit config).
    """
    from affectkit.serve.settings import ServeSettings

    settings = ServeSettings.from_env(
        host=host,
        port=port,
        model=model,
        threads=threads,
        workers=workers,
        max_texts=max_texts,
        max_chars=max_chars,
        max_body_bytes=max_body_bytes,
        max_queue=max_queue,
        batch_wait_ms=batch_wait_ms,
        exact_batches=exact_batches,
        llm=llm,
        llm_model=llm_model,
        heads=os.pathsep.join(heads) if heads else None,
    )
    try:
        from affectkit.serve.runner import serve
    except ImportError as error:
        raise MissingDependencyError(f"affectkit serve needs {error.name}: pip install 'affectkit[server]'") from error
    if settings.head_list():  # a missing or foreign head fails here, in one line, not after the start
        from affectkit.models.custom_head import CustomHead

        for head in settings.head_list():
            CustomHead.load(head)
    if settings.host not in ("127.0.0.1", "localhost", "::1") and not settings.api_key:
        typer.echo(f"warning: listening on {settings.host} without an API key (set AFFECTKIT_SERVE_API_KEY)", err=True)
    serve(settings)
