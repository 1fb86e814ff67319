"""Structured answers: a pydantic model in, a validated instance out.

The model's JSON schema constrains the answer (see :mod:`affectkit.llm.client`); the answer
is validated, and an answer that fails (invalid JSON, wrong fields, cut by the token limit,
or refused by the caller's own check, e.g. a label outside the taxonomy) is sent back with
the error, up to ``attempts`` times in all.

Example:
    >>> from pydantic import BaseModel
    >>> class Mood(BaseModel):
    ...     label: str
    >>> class Canned:
    ...     name = "canned"
    ...     def __init__(self, answers):
    ...         self.answers = list(answers)
    ...     def complete(self, messages, **options):
    ...         from affectkit.llm.client import Completion
    ...         return Completion(self.answers.pop(0), "stop", "canned")
    >>> ask_structured(Canned(['{"lab', '{"label": "joy"}']), [{"role": "user", "content": "?"}], Mood).label
    'joy'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from affectkit.errors import LLMOutputError
from affectkit.llm.client import LLM, Message

Answer = TypeVar("Answer", bound=BaseModel)


def ask_structured(
    llm: LLM,
    messages: Sequence[Message],
    output: type[Answer],
    *,
    attempts: int = 3,
    max_tokens: int = 384,
    temperature: float = 0.0,
    check: Callable[[Answer], None] | None = None,
) -> Answer:
    """Ask until the answer validates as ``output`` (and passes ``check``), or fail clearly.

    ``check`` raises ``ValueError`` with a message the model can act on.
    """
    schema = output.model_json_schema()
    conversation = list(messages)
    problem = ""
    for _ in range(max(attempts, 1)):
        completion = llm.complete(conversation, max_tokens=max_tokens, temperature=temperature, schema=schema)
        if completion.finish_reason == "length":
            problem = f"the answer was cut at the limit of {max_tokens} tokens, so it is not complete JSON"
        else:
            try:
                answer = output.model_validate_json(completion.text)
                if check is not None:
                    check(answer)
                return answer
            except ValidationError as error:
                problem = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}" for e in error.errors()[:5]
                )
            except ValueError as error:
                problem = str(error)
        conversation += [
            {"role": "assistant", "content": completion.text},
            {
                "role": "user",
                "content": f"That answer is not valid: {problem}. Answer again, briefly, with only JSON "
                f"matching this schema: {json.dumps(schema)}",
            },
        ]
    raise LLMOutputError(f"{llm.name} gave no valid answer in {attempts} attempts; last problem: {problem}")
