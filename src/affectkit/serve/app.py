"""The HTTP service: ``create_app()`` builds it, no model is loaded until it starts.

Routes (all but the health checks need the API key when one is set):

- ``POST /v1/analyze`` ``{"texts": [...], "view": null}``: one ``Analysis`` per text, in order
  (with ``custom[name]`` for each of your own heads the service runs: ``serve --head``).
- ``GET /v1/views``: the views ``/v1/analyze`` accepts (built in and registered), with labels.
- ``GET /v1/resources?locale=en-US``: the crisis resources of a locale (country, emergency
  number, services, the international directory); no locale: the service's.
- ``POST /v1/signals`` ``{"texts": [...]}`` or ``{"text": "..."}``, with ``evidence`` and
  ``budget``: one ``Signals`` per text, in order (mental-health signals with the words that
  carry them, and a sentence that is not a diagnosis).
- ``GET /healthz``: the process is alive. ``GET /readyz``: the model is loaded and the
  service is not draining (503 otherwise). ``GET /metrics``: Prometheus text format.
- ``GET /``: the web page; ``/docs``: the OpenAPI page.

Status codes: 401 missing or wrong key; 413 body, texts per request or characters per
text over the limit (the limit is named); 422 malformed JSON, wrong types, empty texts;
429 queue full (with Retry-After); 503 loading or draining (with Retry-After).

Example (needs the ``server`` extra)::

    import uvicorn
    from affectkit.serve import ServeSettings, create_app

    uvicorn.run(create_app(ServeSettings(max_texts=16)), host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import functools
import gc
import hmac
import json
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, GetJsonSchemaHandler, model_validator
from pydantic_core import CoreSchema, PydanticCustomError
from starlette.exceptions import HTTPException as StarletteHTTPException

from affectkit.errors import AffectkitError, InputError, ModelError
from affectkit.serve.batcher import DynamicBatcher, QueueFullError
from affectkit.serve.settings import ServeSettings
from affectkit.taxonomy.registry import View as RegisteredView
from affectkit.taxonomy.registry import list_views
from affectkit.types import Analysis
from affectkit.understand.text import clean_text
from affectkit.version import __version__

if TYPE_CHECKING:
    from affectkit.care.resources import Service

log = logging.getLogger("affectkit.serve")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _known_view(name: str) -> str:
    """A view of the registry, or the error a ``Literal`` would give, naming every view."""
    names = [view.name for view in list_views()]
    if name not in names:
        expected = ", ".join(map(repr, names[:-1])) + f" or {names[-1]!r}"
        raise PydanticCustomError("literal_error", "Input should be {expected}", {"expected": expected})
    return name


class _ViewNames:
    """The JSON schema of a view: one of the registry's views when the schema is made."""

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        return {"enum": [view.name for view in list_views()], "type": "string"}


View = Annotated[str, AfterValidator(_known_view), _ViewNames()]
OPEN_PATHS = frozenset({"/healthz", "/readyz"})
ROUTES = (
    "/v1/analyze", "/v1/reply", "/v1/care", "/v1/resources", "/v1/conversation", "/v1/explain", "/v1/signals",
    "/healthz",
    "/v1/views", "/readyz", "/metrics",
    "/", "/docs", "/openapi.json",
)  # fmt: skip


class AnalyzeRequest(BaseModel):
    """Texts to analyse, and optionally one view to keep in each result."""

    model_config = ConfigDict(extra="forbid")

    texts: list[str] = Field(min_length=1, description="Texts to analyse, at most the service's max_texts.")
    view: View | None = Field(
        default=None,
        description="Keep only this view (besides text, labels, dominant and provenance); null keeps all.",
    )


class HistoryMessage(BaseModel):
    """One earlier turn of the conversation."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant"]
    content: str


class ReplyRequest(BaseModel):
    """A message to answer, the turns before it, and optionally a strategy to use."""

    model_config = ConfigDict(extra="forbid")
    message: str
    history: list[HistoryMessage] = Field(default_factory=list)
    strategy: str | None = Field(default=None, description="One of the eight ESConv strategies; null: chosen.")
    locale: str | None = Field(
        default=None, description="Locale for crisis resources, e.g. en-GB; null: the service's (AFFECTKIT_LOCALE)."
    )


class CareRequest(BaseModel):
    """Messages to assess for crisis cues, each optionally with the person's earlier turns."""

    model_config = ConfigDict(extra="forbid")
    texts: list[str] = Field(min_length=1, description="Messages to assess, at most the service's max_texts.")
    history: list[str] = Field(
        default_factory=list, description="Earlier messages by the same person, oldest first (applies to every text)."
    )
    locale: str | None = Field(default=None, description="Locale hint for short texts, e.g. es-MX.")


class TurnIn(BaseModel):
    """One turn of a conversation: who spoke and what they said (time optional, Unix seconds)."""

    model_config = ConfigDict(extra="forbid")
    speaker: str
    text: str
    time: float | None = None


class ExplainRequest(BaseModel):
    """A decision to explain: a text's emotions (word by word), its care levels (which words
    raised them) or a conversation turn's emotion in context and causes (which earlier turns
    and words made them)."""

    model_config = ConfigDict(extra="forbid")
    decision: Literal["emotion", "care", "conversation"] = Field(
        default="emotion", description="emotion (default), care, or conversation (give turns, not text)."
    )
    text: str | None = Field(default=None, description="The text (decisions emotion and care).")
    labels: list[str] = Field(default_factory=list, description="Labels to explain; empty: those detected.")
    method: Literal["shapley", "occlusion"] = "shapley"
    budget: int | None = Field(
        default=None, ge=8, description="Model calls per sampled Shapley game; null: 320 (care: 160)."
    )
    seed: int = 0
    turns: list[TurnIn] | None = Field(
        default=None, min_length=1, description="The conversation (decision conversation)."
    )
    turn: int | None = Field(default=None, ge=0, description="The turn to explain, 0-based; null: the last.")

    @model_validator(mode="after")
    def _inputs(self) -> ExplainRequest:
        if self.decision == "conversation":
            if self.turns is None or self.text is not None:
                raise ValueError('decision "conversation" takes "turns" (and optionally "turn"), not "text"')
        elif self.text is None or self.turns is not None or self.turn is not None:
            raise ValueError(f'decision "{self.decision}" takes "text", not "turns" or "turn"')
        if self.decision != "emotion" and (self.labels or self.method != "shapley"):
            raise ValueError(f'decision "{self.decision}" is explained with Shapley values; drop "labels" and "method"')
        return self


class SignalsRequest(BaseModel):
    """Texts whose mental-health signals to read: ``texts``, or one ``text``."""

    model_config = ConfigDict(extra="forbid")
    texts: list[str] | None = Field(default=None, min_length=1, description="Texts, at most the service's max_texts.")
    text: str | None = Field(default=None, description="One text (instead of texts).")
    evidence: bool | None = Field(
        default=None,
        description="The words that carry each flagged label (about `budget` encoder passes per text); "
        "null: on for one text, off for several.",
    )
    budget: int = Field(default=96, ge=8, description="Encoder passes to find one text's evidence.")
    seed: int = 0

    @model_validator(mode="after")
    def _one_of(self) -> SignalsRequest:
        if (self.texts is None) == (self.text is None):
            raise ValueError('give "texts" (a list) or "text" (one), not both and not neither')
        return self

    def all_texts(self) -> list[str]:
        """The texts to read, in order."""
        return self.texts if self.texts is not None else [self.text or ""]


class ConversationRequest(BaseModel):
    """A conversation to read turn by turn, in context, with causes."""

    model_config = ConfigDict(extra="forbid")
    turns: list[TurnIn] = Field(min_length=1, description="The turns in order, at most the service's max_turns.")
    corpus: Literal["meld", "dailydialog"] = Field(
        default="meld", description="Which context head: trained on MELD (TV talk) or DailyDialog."
    )


class ServiceState:
    """What the running service holds: the analyser, the batcher, readiness and metrics."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.ready = False
        self.draining = False
        self.load_error: str | None = None
        self.model_name = ""
        self.batcher: DynamicBatcher[Analysis] | None = None
        self.analyzer: Any = None
        self.llm: Any = None
        self.replies_running = 0
        self.explains_running = 0
        self.heads: Any = None
        self.heads_error = "the conversation heads are not loaded"
        self.conversations_running = 0
        self.signal_bundle: Any = None  # the signal heads, loaded at the first /v1/signals
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "affectkit_requests", "HTTP requests by route and status", ["route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "affectkit_request_seconds",
            "Time to answer a request",
            ["route"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.batch_texts = Histogram(
            "affectkit_batch_texts",
            "Texts per encoder batch",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
            registry=self.registry,
        )
        self.queue = Gauge("affectkit_queue_texts", "Texts queued or running", registry=self.registry)
        self.queue.set_function(lambda: float(self.batcher.depth) if self.batcher is not None else 0.0)


def create_app(settings: ServeSettings | None = None) -> FastAPI:
    """Build the service; the model loads in the background once the server starts.

    Example:
        >>> app = create_app(ServeSettings(max_texts=8))
        >>> app.state.affect.ready
        False
    """
    settings = settings or ServeSettings.from_env()
    state = ServiceState(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loader = asyncio.get_running_loop().create_task(_load(state))
        try:
            yield
        finally:
            state.draining = True
            loader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await loader
            if state.batcher is not None:
                await state.batcher.stop()

    app = FastAPI(
        title="affectkit",
        version=__version__,
        summary="Emotions in text: GoEmotions-28 labels, Ekman, sentiment, Plutchik, Parrott and VAD views.",
        lifespan=lifespan,
    )
    app.state.affect = state

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = [
            {"where": ".".join(str(part) for part in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in error.errors()
        ]
        return JSONResponse(status_code=422, content={"detail": "the request body is not valid", "errors": problems})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400:  # a body FastAPI cannot decode at all (e.g. not UTF-8)
            return _error(422, f"the request body is not valid JSON in UTF-8: {error.detail}")
        return JSONResponse(status_code=error.status_code, content={"detail": error.detail}, headers=error.headers)

    @app.get("/healthz", summary="Alive: the process answers.")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Ready: the model is loaded and the service is not draining (else 503).")
    async def readyz() -> JSONResponse:
        if state.draining:
            return _unavailable(state, "draining")
        if not state.ready:
            return _unavailable(state, "failed: " + state.load_error if state.load_error else "loading")
        writer = state.llm.name if state.llm is not None else "composer (offline)"
        ready: dict[str, Any] = {"status": "ready", "model": state.model_name, "reply_writer": writer}
        heads = state.analyzer.heads if state.analyzer is not None else ()
        if heads:  # your own heads, when the service runs any
            ready["heads"] = [f"{head.name} {head.version}" for head in heads]
        return JSONResponse(ready)

    @app.get("/metrics", summary="Prometheus metrics: requests, latency, batch sizes, queue depth.")
    async def metrics() -> Response:
        return Response(generate_latest(state.registry), media_type=CONTENT_TYPE_LATEST)

    def not_serving() -> JSONResponse | None:
        if state.draining or not state.ready or state.batcher is None or state.analyzer is None:
            return _unavailable(state, "draining" if state.draining else "loading")
        return None

    def at_limit(running: int, limit: int, what: str) -> JSONResponse | None:
        if running >= limit:
            retry = {"Retry-After": str(settings.retry_after_s)}
            return _error(429, f"{running} {what}, the limit; retry later", retry)
        return None

    def too_long(where: str, text: str) -> JSONResponse | None:
        if len(text) > settings.max_chars:
            return _error(
                413, f"{where} has {len(text):,} characters, more than the limit of max_chars={settings.max_chars:,}"
            )
        return None

    @app.post(
        "/v1/analyze",
        summary="Analyse texts: one Analysis per text, in order.",
        response_model=list[Analysis],
        responses={
            413: {"description": "Too many texts, a text too long, or a body too large"},
            422: {"description": "Malformed JSON, wrong types, or an empty text"},
            429: {"description": "The queue is full; retry after Retry-After seconds"},
            503: {"description": "Loading or draining; retry after Retry-After seconds"},
        },
    )
    async def analyze(body: AnalyzeRequest) -> Response:
        if (refusal := not_serving()) is not None:
            return refusal
        if len(body.texts) > settings.max_texts:
            return _error(
                413, f"{len(body.texts)} texts in one request, more than the limit of max_texts={settings.max_texts}"
            )
        texts = []
        for index, text in enumerate(body.texts):
            if (refusal := too_long(f"texts[{index}]", text)) is not None:
                return refusal
            try:
                texts.append(clean_text(text, max_chars=settings.max_chars, where=f"texts[{index}]"))
            except InputError as error:
                return _error(422, str(error))
        batcher = state.batcher
        assert batcher is not None  # not_serving() checked it
        try:
            results = await batcher.submit(texts)
        except QueueFullError as error:
            return _error(429, f"{error}; retry later", {"Retry-After": str(settings.retry_after_s)})
        return Response(_render(results, body.view), media_type="application/json")

    @app.get("/v1/views", summary="The views /v1/analyze accepts, built in and registered, with their labels.")
    async def views() -> list[dict[str, Any]]:
        return [_view_json(view) for view in list_views()]

    @app.post(
        "/v1/reply",
        summary="An empathetic reply with the emotions, cause words and strategy it is grounded on.",
        responses={
            413: {"description": "The message or the history is over its limit"},
            429: {"description": "Too many replies being written; retry after Retry-After seconds"},
            422: {"description": "Malformed JSON, wrong types, an empty message or an unknown strategy"},
            502: {"description": "The configured LLM failed (unreachable, timeout, invalid answer)"},
            503: {"description": "Loading or draining; retry after Retry-After seconds"},
        },
    )
    async def reply_route(body: ReplyRequest) -> Response:
        from affectkit.errors import LLMError
        from affectkit.generate.reply import reply

        if (refusal := not_serving()) is not None:
            return refusal
        if len(body.history) > settings.max_history:
            return _error(413, f"{len(body.history)} history turns, more than the limit of {settings.max_history}")
        for where, text in [("message", body.message)] + [
            (f"history[{i}]", m.content) for i, m in enumerate(body.history)
        ]:
            if (refusal := too_long(where, text)) is not None:
                return refusal
        if (refusal := at_limit(state.replies_running, settings.max_replies, "replies are being written")) is not None:
            return refusal
        state.replies_running += 1
        try:
            message = clean_text(body.message, max_chars=settings.max_chars, where="message")
            history = [{"role": m.role, "content": m.content} for m in body.history]
            result = await asyncio.to_thread(
                reply,
                message,
                history,
                llm=state.llm,
                analyzer=state.analyzer,
                strategy=body.strategy,
                locale=body.locale,
            )
        except InputError as error:
            return _error(422, str(error))
        except LLMError as error:
            return _error(502, f"the LLM failed: {error}")
        finally:
            state.replies_running -= 1
        return Response(result.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/care",
        summary="Crisis cues: a level 0-4 per category with evidence spans and flags, one assessment per text.",
        responses={
            413: {"description": "Too many texts or history turns, or a text too long"},
            422: {"description": "Malformed JSON, wrong types, an empty text or a bad locale"},
        },
    )
    async def care_route(body: CareRequest) -> Response:
        from affectkit.care.assess import assess_batch

        if len(body.texts) > settings.max_texts:
            return _error(
                413, f"{len(body.texts)} texts in one request, more than the limit of max_texts={settings.max_texts}"
            )
        if len(body.history) > settings.max_history:
            return _error(413, f"{len(body.history)} history turns, more than the limit of {settings.max_history}")
        for where, text in [(f"texts[{i}]", t) for i, t in enumerate(body.texts)] + [
            (f"history[{i}]", t) for i, t in enumerate(body.history)
        ]:
            if (refusal := too_long(where, text)) is not None:
                return refusal
        try:
            texts = [clean_text(t, max_chars=settings.max_chars, where=f"texts[{i}]") for i, t in enumerate(body.texts)]
            # with the model loaded, the care head reads its features too; while loading, the rules answer alone
            reader = state.analyzer if state.ready else None
            results = await asyncio.to_thread(
                assess_batch, texts, [body.history] * len(texts), body.locale, analyzer=reader
            )
        except AffectkitError as error:  # bad text or locale (InputError is one)
            return _error(422, str(error))
        payload = "[" + ",".join(result.model_dump_json() for result in results) + "]"
        return Response(payload, media_type="application/json")

    @app.post(
        "/v1/explain",
        summary="Why a decision was taken: Shapley values (or occlusion) of the words (and earlier turns) that made "
        "a text's emotions, its care levels or a conversation turn's emotion in context and causes.",
        responses={
            413: {"description": "The text too long, too many turns, or the budget over max_explain_budget"},
            422: {"description": "Malformed JSON, wrong types, an empty text, an unknown label or turn"},
            429: {"description": "Too many explanations being computed; retry after Retry-After seconds"},
            501: {"description": "decision conversation: the conversation heads are not loaded"},
            503: {"description": "Loading or draining; retry after Retry-After seconds"},
        },
    )
    async def explain_route(body: ExplainRequest) -> Response:
        from affectkit.care.care_explain import DEFAULT_BUDGET as CARE_BUDGET
        from affectkit.generate.explain import care_payload, conversation_payload, explanation_payload
        from affectkit.understand.conversation import Conversation
        from affectkit.understand.shapley import DEFAULT_BUDGET

        if (refusal := not_serving()) is not None:
            return refusal
        budget = body.budget or (CARE_BUDGET if body.decision == "care" else DEFAULT_BUDGET)
        turns = body.turns or []
        if body.decision == "conversation":
            if state.heads is None:
                return _error(501, f"conversations are off in this service: {state.heads_error}")
            if len(turns) > settings.max_turns:
                return _error(413, f"{len(turns)} turns, more than the limit of max_turns={settings.max_turns}")
            for index, turn in enumerate(turns):
                if (refusal := too_long(f"turns[{index}].text", turn.text)) is not None:
                    return refusal
        elif (refusal := too_long("text", body.text or "")) is not None:
            return refusal
        if budget > settings.max_explain_budget:
            return _error(413, f"budget {budget} is over the limit of max_explain_budget={settings.max_explain_budget}")
        if (refusal := at_limit(state.explains_running, settings.max_explains, "explanations are running")) is not None:
            return refusal
        state.explains_running += 1
        try:
            job: Callable[[], dict[str, Any]]
            if body.decision == "conversation":
                talk = Conversation.from_records([turn.model_dump() for turn in turns])
                # every cause is one more game: the turn's emotion and its causes stay within max_explain_budget
                most = settings.max_explain_budget // budget - 1
                job = functools.partial(conversation_payload, state.analyzer, talk, body.turn, budget=budget,
                                        seed=body.seed, heads=state.heads, max_causes=most)  # fmt: skip
            elif body.decision == "care":
                job = functools.partial(care_payload, state.analyzer, body.text or "", budget=budget, seed=body.seed)
            else:
                job = functools.partial(explanation_payload, state.analyzer, body.text or "", method=body.method,
                                        labels=body.labels or None, budget=budget, seed=body.seed)  # fmt: skip
            payload = await asyncio.to_thread(job)
        except InputError as error:
            return _error(422, str(error))
        finally:
            state.explains_running -= 1
        return JSONResponse(payload)

    @app.post(
        "/v1/signals",
        summary="Mental-health signals with the words that carry them, one Signals per text (not a diagnosis).",
        responses={
            413: {"description": "Too many texts, a text too long, or evidence over max_explain_budget"},
            422: {"description": "Malformed JSON, wrong types, an empty text, or neither or both of text and texts"},
            429: {"description": "Too many evidence requests being computed; retry after Retry-After seconds"},
            501: {"description": "The signal heads are missing or were trained on another emotion model"},
            503: {"description": "Loading or draining; retry after Retry-After seconds"},
        },
    )
    async def signals_route(body: SignalsRequest) -> Response:
        from affectkit.care.mh_signals import MAX_SIGNAL_CHARS, signals_batch
        from affectkit.care.signal_bundle import load_signal_heads

        if (refusal := not_serving()) is not None:
            return refusal
        items = body.all_texts()
        if len(items) > settings.max_texts:
            return _error(
                413, f"{len(items)} texts in one request, more than the limit of max_texts={settings.max_texts}"
            )
        where = "text" if body.texts is None else "texts[{}]"
        for index, text in enumerate(items):
            if (refusal := too_long(where.format(index), text)) is not None:
                return refusal
            try:
                clean_text(text, max_chars=min(settings.max_chars, MAX_SIGNAL_CHARS), where=where.format(index))
            except InputError as error:
                return _error(422, str(error))
        evidence = body.evidence if body.evidence is not None else len(items) == 1
        calls = body.budget * len(items) if evidence else 0
        if calls > settings.max_explain_budget:
            return _error(
                413,
                f"evidence for {len(items)} text(s) at budget {body.budget} is {calls:,} model calls, more than the "
                f"limit of max_explain_budget={settings.max_explain_budget:,}; send fewer texts, a smaller budget "
                'or "evidence": false',
            )
        if (
            evidence
            and (refusal := at_limit(state.explains_running, settings.max_explains, "explanations are running"))
            is not None
        ):
            return refusal
        state.explains_running += int(evidence)
        try:
            if state.signal_bundle is None:
                state.signal_bundle = await asyncio.to_thread(load_signal_heads)
            results = await asyncio.to_thread(
                signals_batch, items, evidence=evidence, budget=body.budget, seed=body.seed,
                analyzer=state.analyzer, bundle=state.signal_bundle,
            )  # fmt: skip
        except ModelError as error:
            return _error(501, f"mental-health signals are off in this service: {error}")
        except InputError as error:
            return _error(422, str(error))
        finally:
            state.explains_running -= int(evidence)
        payload = "[" + ",".join(result.model_dump_json() for result in results) + "]"
        return Response(payload, media_type="application/json")

    @app.get(
        "/v1/resources",
        summary="Crisis resources for a locale: country, emergency number, services and the international directory.",
        responses={
            422: {"description": "A locale that is not a language code with an optional country, such as en-US"},
            500: {"description": "The service's resources file or its AFFECTKIT_LOCALE cannot be used"},
        },
    )
    async def resources_route(
        locale: Annotated[
            str | None,
            Query(
                description="A language with an optional country, e.g. en-US, pt_BR or fr; "
                "none: the service's (AFFECTKIT_LOCALE), else en-US.",
            ),
        ] = None,
    ) -> Response:
        from affectkit.care.resources import parse_locale, resolve_locale, resources_for

        given = (locale or "").strip() or None
        if given is not None:
            valid = len(given) <= 64
            if valid:
                try:
                    parse_locale(given)
                except AffectkitError:
                    valid = False
            if not valid:
                shown = given if len(given) <= 64 else given[:64] + "..."
                return _error(
                    422,
                    f"locale {shown!r} is not a language code with an optional country: send one such as "
                    "?locale=en-US, ?locale=es-MX or ?locale=fr, or leave it out for the service's default",
                )
        try:
            chosen, origin = resolve_locale(given, "en")
            found = resources_for(chosen)
        except AffectkitError as error:
            return _error(500, f"the service's crisis resources cannot be used: {error}")
        crisis = found.crisis
        return JSONResponse(
            {
                "locale": found.locale,
                "locale_source": origin,
                "language": found.language,
                "country": found.country,
                "emergency": found.emergency,
                "crisis": _service_json(crisis) if crisis is not None else None,
                "services": [_service_json(service) for service in found.services],
                "directory": _service_json(found.directory),
                "version": found.source,
            }
        )

    @app.post(
        "/v1/conversation",
        summary="A conversation turn by turn: each turn's analysis, emotion in context and causes; speakers' courses.",
        responses={
            413: {"description": "Too many turns or a turn too long"},
            501: {"description": "The service runs an emotion model the conversation heads were not trained on"},
            422: {"description": "Malformed JSON, a turn without speaker or text, or an unknown corpus"},
            429: {"description": "Too many conversations being read; retry after Retry-After seconds"},
            503: {"description": "Loading or draining; retry after Retry-After seconds"},
        },
    )
    async def conversation_route(body: ConversationRequest) -> Response:
        from affectkit.understand.conversation import Conversation, analyze_conversation

        if (refusal := not_serving()) is not None:
            return refusal
        if state.heads is None:
            return _error(501, f"conversations are off in this service: {state.heads_error}")
        if len(body.turns) > settings.max_turns:
            return _error(413, f"{len(body.turns)} turns, more than the limit of max_turns={settings.max_turns}")
        for index, turn in enumerate(body.turns):
            if (refusal := too_long(f"turns[{index}].text", turn.text)) is not None:
                return refusal
        running = state.conversations_running
        if (refusal := at_limit(running, settings.max_conversations, "conversations are being read")) is not None:
            return refusal
        state.conversations_running += 1
        try:
            talk = Conversation.from_records([turn.model_dump() for turn in body.turns])
            result = await asyncio.to_thread(
                analyze_conversation, talk, state.analyzer, heads=state.heads, corpus=body.corpus
            )
        except InputError as error:
            return _error(422, str(error))
        finally:
            state.conversations_running -= 1
        return Response(result.model_dump_json(), media_type="application/json")

    web = resources.files("affectkit.serve") / "web"

    @app.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(web.joinpath("index.html").read_text(encoding="utf-8"))

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        if name == "plotly.min.js":
            return FileResponse(_plotly_bundle(), media_type="text/javascript")
        if name not in {"app.js", "style.css"}:
            return _error(404, f"no static file {name!r}")
        media = "text/javascript" if name.endswith(".js") else "text/css"
        return Response(web.joinpath(name).read_bytes(), media_type=media)

    app.add_middleware(_Guard, state=state)
    return app


async def _load(state: ServiceState) -> None:
    """Load the analyser off the event loop, then start the batcher; failures show in /readyz."""
    from affectkit.understand.analyzer import Analyzer

    settings = state.settings
    started = time.perf_counter()
    # Each batch worker gets its share of the cores (two workers with one onnxruntime
    # thread each beat one worker with two: fewer threads waiting on each other while the
    # event loop needs a core; see the design notes).
    threads = settings.threads or max(1, (os.cpu_count() or 1) // settings.workers)
    try:
        analyzer = await asyncio.to_thread(
            Analyzer,
            settings.model,
            threads=threads,
            max_chars=settings.max_chars,
            batch_size=settings.encoder_batch,
            exact_batches=settings.exact_batches,
            heads=settings.head_list() or None,
        )
        analyzer.analyze("warm up")
        from affectkit.understand.dialogue_heads import DialogueHeads

        heads = await asyncio.to_thread(DialogueHeads.load)
        try:
            heads.check_encoder(analyzer.model)
            state.heads = heads
        except ModelError as mismatch:  # another emotion model: the service runs, without conversations
            state.heads_error = str(mismatch)
    except Exception as error:  # any failure must show in /readyz, not leave it "loading"
        state.load_error = f"{type(error).__name__}: {error}"
        log.error("the model failed to load: %s", state.load_error)
        return
    # The model and the app are long-lived: move them out of the collector's view, and
    # collect young objects less often, so collections do not stall requests.
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    state.batcher = DynamicBatcher(
        analyzer.analyze_batch,
        max_batch=settings.max_batch,
        wait_s=settings.batch_wait_ms / 1000,
        max_queue=settings.max_queue,
        on_batch=state.batch_texts.observe,
        workers=settings.workers,
    )
    state.batcher.start()
    state.analyzer = analyzer
    if settings.llm:
        from affectkit.llm.client import get_llm

        try:
            state.llm = await asyncio.to_thread(get_llm, settings.llm, model=settings.llm_model)
        except Exception as error:  # llama.cpp raises ValueError for a bad GGUF
            state.load_error = f"the LLM cannot be used: {type(error).__name__}: {error}"
            log.error("%s", state.load_error)
            return
    state.model_name = f"{analyzer.model.name} {analyzer.model.version}"
    state.ready = True
    log.info("model %s ready in %.1f s", state.model_name, time.perf_counter() - started)


def _render(results: list[Analysis], view: str | None) -> bytes:
    if view is None:
        return b"[" + b",".join(result.model_dump_json().encode() for result in results) + b"]"
    keep = {"text": True, "language": True, "covered": True, "language_note": True, "labels": True,
            "dominant": True, "provenance": True, "custom": True, **Analysis.view_fields(view)}  # fmt: skip
    return json.dumps([result.model_dump(mode="json", include=keep) for result in results]).encode()


def _view_json(view: RegisteredView) -> dict[str, Any]:
    """A view as JSON: its name, kind and labels (each label set's, for Parrott's two levels)."""
    return {
        "name": view.name,
        "version": view.version,
        "kind": view.kind,
        "builtin": view.builtin,
        "categorical": view.categorical,
        "labels": list(view.taxonomies[0].labels),
        "levels": {taxonomy.name: list(taxonomy.labels) for taxonomy in view.taxonomies[1:]},
        "source": view.source,
    }


def _service_json(service: Service) -> dict[str, Any]:
    """A care ``Service`` as JSON: how to reach it, on which topics, and where that was confirmed."""
    return {
        "name": service.name,
        "topics": list(service.topics),
        "call": service.call,
        "text": service.text,
        "chat": service.chat,
        "url": service.url,
        "languages": list(service.languages),
        "source": service.source,
        "checked": service.checked,
    }


def _error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail}, headers=headers)


def _unavailable(state: ServiceState, status: str) -> JSONResponse:
    return JSONResponse(
        status_code=503,
        content={"status": status, "detail": f"the service is {status}; retry later"},
        headers={"Retry-After": str(state.settings.retry_after_s)},
    )


def _plotly_bundle() -> Path:
    try:
        import plotly
    except ImportError as error:  # the server extra installs it
        raise AffectkitError("the web page needs plotly: pip install 'affectkit[server]'") from error
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def key_matches(headers: dict[str, str], key: str) -> bool:
    """Whether a request carries ``key``: ``Authorization: Bearer``, ``X-API-Key``, or Basic (password).

    Example:
        >>> key_matches({"x-api-key": "s3cret-key-of-16+"}, "s3cret-key-of-16+")
        True
        >>> key_matches({"authorization": "Basic " + base64.b64encode(b"me:nope").decode()}, "s3cret")
        False
    """
    offered: list[str] = []
    if "x-api-key" in headers:
        offered.append(headers["x-api-key"])
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        offered.append(value.strip())
    elif scheme.lower() == "basic":
        with contextlib.suppress(binascii.Error, UnicodeDecodeError):
            offered.append(base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2])
    return any(hmac.compare_digest(candidate.encode(), key.encode()) for candidate in offered)


class _Guard:
    """Outermost layer: API key, body size limit, metrics and a log line without any text."""

    def __init__(self, app: ASGIApp, state: ServiceState) -> None:
        self.app = app
        self.state = state
        self.settings = state.settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope["path"]
        route = path if path in ROUTES else ("/static" if path.startswith("/static/") else "other")
        status = {"code": 500}

        async def send_recording(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
            await send(message)

        try:
            await self._handle(scope, receive, send_recording, path)
        finally:
            seconds = time.perf_counter() - started
            self.state.requests.labels(route, str(status["code"])).inc()
            self.state.latency.labels(route).observe(seconds)
            log.debug("%s %s -> %d in %.1f ms", scope["method"], route, status["code"], seconds * 1000)

    async def _handle(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        if self.settings.api_key and path not in OPEN_PATHS and not key_matches(headers, self.settings.api_key):
            await _reply(
                send,
                401,
                {"detail": "missing or wrong API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'"},
                {"www-authenticate": 'Basic realm="affectkit", charset="UTF-8"'},
            )
            return
        limit = self.settings.max_body_bytes
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _reply(send, 413, {"detail": f"the body has {declared} bytes, more than the limit of {limit:,}"})
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = bytearray()
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = bool(message.get("more_body", False))
                if len(body) > limit:
                    await _reply(send, 413, {"detail": f"the body is more than the limit of {limit:,} bytes"})
                    return
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": bytes(body), "more_body": False}
                return await receive()

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)


async def _reply(send: Send, status: int, content: dict[str, str], headers: dict[str, str] | None = None) -> None:
    payload = json.dumps(content).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw += [(name.encode(), value.encode()) for name, value in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})
