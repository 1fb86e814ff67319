"""Language models: any OpenAI-compatible server or llama.cpp in process, with structured output.

Emotions always come from the encoder; the LLM writes (replies, explanations) and can be
compared with the encoder on the same texts.

Example:
    >>> from affectkit.llm import get_llm
    >>> get_llm("http://127.0.0.1:8080/v1", model="smollm2").name
    'smollm2@http://127.0.0.1:8080/v1'
"""

from __future__ import annotations

from affectkit.llm.client import LLM, Completion, LocalLlama, OpenAICompatible, get_llm
from affectkit.llm.stimuli import StimulusEffect, compare_stimuli
from affectkit.llm.structured import ask_structured

__all__ = [
    "LLM",
    "Completion",
    "LocalLlama",
    "OpenAICompatible",
    "StimulusEffect",
    "ask_structured",
    "compare_stimuli",
    "get_llm",
]
