"""Start a real affectkit service on a free loopback port, in a thread or a subprocess."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import uvicorn

from affectkit.serve import ServeSettings, create_app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(base: str, timeout: float = 60.0, headers: dict[str, str] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{base}/readyz", timeout=2, headers=headers).status_code == 200:
                return
        time.sleep(0.05)
    raise TimeoutError(f"{base} was not ready within {timeout} s")


@contextlib.contextmanager
def running(settings: ServeSettings, *, ready: bool = True) -> Iterator[tuple[str, object]]:
    """A uvicorn server in a thread; yields its base URL and the app."""
    port = free_port()
    app = create_app(ServeSettings(**{**settings.__dict__, "port": port}))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        if ready:
            wait_ready(base)
        yield base, app
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@contextlib.contextmanager
def subprocess_server(
    *args: str, env: dict[str, str] | None = None, log: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``affectkit serve`` as a real process (signals reach it); stderr goes to ``log``."""
    port = free_port()
    command = [sys.executable, "-m", "affectkit.cli.main", "serve", "--port", str(port), *args]
    sink = open(log, "wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=sink, stderr=sink)
    try:
        yield f"http://127.0.0.1:{port}", process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=20)
        if log:
            sink.close()  # type: ignore[union-attr]
