"""Error paths of the LLM client against small stub servers (a real llama.cpp server is
used in test_llm_server.py): a stopped server, invalid JSON, a timeout, the schema shape
fallback, retries, and the CLI's one-line errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from affectkit.cli.main import app
from affectkit.errors import InputError, LLMOutputError, LLMTimeoutError, LLMUnavailableError
from affectkit.llm import OpenAICompatible, ask_structured

Handler = Callable[[BaseHTTPRequestHandler, dict[str, object]], tuple[int, bytes]]


def _answer(text: str, finish: str = "stop") -> bytes:
    return json.dumps({"model": "stub", "choices": [{"message": {"content": text}, "finish_reason": finish}]}).encode()


@pytest.fixture
def stub() -> Iterator[Callable[[Handler], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(handle: Handler) -> str:
        class Stub(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                status, payload = handle(self, body)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for server in servers:
        server.shutdown()


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens there once the socket is closed


MESSAGES = [{"role": "user", "content": "hi"}]


def test_stopped_server_is_one_clear_error() -> None:
    url = _dead_url()
    started = time.monotonic()
    with pytest.raises(LLMUnavailableError, match=r"cannot reach the LLM at .* is the server running"):
        OpenAICompatible(url, retries=2, backoff_s=0.01).complete(MESSAGES)
    assert time.monotonic() - started < 5


def test_invalid_json_answer_is_an_output_error(stub: Callable[[Handler], str]) -> None:
    url = stub(lambda handler, body: (200, b"<html>not json</html>"))
    with pytest.raises(LLMOutputError, match="not a chat completion"):
        OpenAICompatible(url).complete(MESSAGES)


def test_slow_server_times_out(stub: Callable[[Handler], str]) -> None:
    def slow(handler: BaseHTTPRequestHandler, body: dict[str, object]) -> tuple[int, bytes]:
        time.sleep(2)
        return 200, _answer("late")

    url = stub(slow)
    started = time.monotonic()
    with pytest.raises(LLMTimeoutError, match=r"no answer within 0\.5 s"):
        OpenAICompatible(url, timeout=0.5).complete(MESSAGES)
    assert time.monotonic() - started < 2


def test_server_errors_are_retried_then_reported(stub: Callable[[Handler], str]) -> None:
    calls: list[int] = []

    def flaky(handler: BaseHTTPRequestHandler, body: dict[str, object]) -> tuple[int, bytes]:
        calls.append(1)
        return (503, b'{"error": "busy"}') if len(calls) < 3 else (200, _answer("fine"))

    assert OpenAICompatible(stub(flaky), retries=2, backoff_s=0.01).complete(MESSAGES).text == "fine"
    always = stub(lambda handler, body: (500, b'{"error": "boom"}'))
    with pytest.raises(LLMUnavailableError, match=r"HTTP 500 .* after 2 tries"):
        OpenAICompatible(always, retries=1, backoff_s=0.01).complete(MESSAGES)


def test_schema_shape_falls_back_to_llama_cpp_style(stub: Callable[[Handler], str]) -> None:
    seen: list[object] = []

    def llama_like(handler: BaseHTTPRequestHandler, body: dict[str, object]) -> tuple[int, bytes]:
        shape = body["response_format"]
        seen.append(shape["type"])  # type: ignore[index]
        if shape["type"] == "json_schema":  # type: ignore[index]
            return 500, b'{"error": "unsupported"}'
        return 200, _answer('{"label": "joy"}')

    class Mood(BaseModel):
        label: str

    client = OpenAICompatible(stub(llama_like))
    assert ask_structured(client, MESSAGES, Mood).label == "joy"
    assert ask_structured(client, MESSAGES, Mood).label == "joy"
    assert seen == ["json_schema", "json_object", "json_object"]  # remembered after the first refusal


def test_structured_answers_are_re_asked_then_fail_clearly(stub: Callable[[Handler], str]) -> None:
    answers = iter(['{"label": ', '{"label": "joy"}'])

    def cut_then_good(handler: BaseHTTPRequestHandler, body: dict[str, object]) -> tuple[int, bytes]:
        text = next(answers)
        return 200, _answer(text, "length" if text.endswith(" ") else "stop")

    class Mood(BaseModel):
        label: str

    client = OpenAICompatible(stub(cut_then_good), schema_style="llama.cpp")
    assert ask_structured(client, MESSAGES, Mood).label == "joy"

    def check(mood: Mood) -> None:
        if mood.label != "sadness":
            raise ValueError(f"{mood.label!r} is not one of the allowed labels")

    always_joy = OpenAICompatible(stub(lambda h, b: (200, _answer('{"label": "joy"}'))), schema_style="llama.cpp")
    with pytest.raises(LLMOutputError, match="no valid answer in 2 attempts; last problem: 'joy' is not one"):
        ask_structured(always_joy, MESSAGES, Mood, attempts=2, check=check)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(InputError, match="not an http"):
        OpenAICompatible("file:///etc/passwd")
    with pytest.raises(InputError, match="max_tokens"):
        OpenAICompatible("http://127.0.0.1:1/v1").complete(MESSAGES, max_tokens=0)


def test_api_key_goes_only_to_the_server(stub: Callable[[Handler], str]) -> None:
    seen: list[str | None] = []

    def record(handler: BaseHTTPRequestHandler, body: dict[str, object]) -> tuple[int, bytes]:
        seen.append(handler.headers.get("Authorization"))
        return 200, _answer("ok")

    OpenAICompatible(stub(record), api_key="sk-test").complete(MESSAGES)
    assert seen == ["Bearer sk-test"]


def test_cli_reply_with_a_dead_llm_prints_one_line() -> None:
    command = [sys.executable, "-m", "affectkit.cli.main", "reply", "I lost my keys", "--llm", _dead_url()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the LLM at http://127.0.0.1:"), done.stderr


def test_cli_reply_offline_prints_grounding() -> None:
    result = CliRunner().invoke(app, ["reply", "My grandmother passed away last night.", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["produced_by"] == "composer" and body["strategy"] == "Reflection of feelings"
    assert {e["label"] for e in body["emotions"]} >= {"sadness"} and "passed" in body["cause_words"]
    assert "grandmother" in body["reply"]


def test_a_trickling_server_still_times_out_in_all() -> None:
    class Trickle(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(40):  # one byte every 0.1 s: each read is fast, the whole is not
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        with pytest.raises(LLMTimeoutError):
            OpenAICompatible(f"http://127.0.0.1:{server.server_address[1]}/v1", timeout=1).complete(MESSAGES)
        assert time.monotonic() - started < 2
    finally:
        server.shutdown()


def test_names_never_carry_credentials() -> None:
    client = OpenAICompatible("http://user:s3cret@llm.internal:8080/v1", model="m")
    assert client.name == "m@http://llm.internal:8080/v1" and "s3cret" not in client.name
