"""``affectkit explain-llm``: Shapley values of a prompt's fields for a language model's
answer (log P(answer) teacher-forced through llama.cpp in process, a server's logprobs, or
the answer's frequency over n samples), with the share that falls on fields marked as noise.

Examples::

    affectkit explain-llm --stimulus EP02 --stimulus NP04
    affectkit explain-llm --template "Review: {review}{tone}\\nSentiment:" --field review="Great food." \\
        --field tone=" Reply fast." --noise tone --answer " positive" --raw
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from affectkit.llm.field_shapley import FieldExplanation

EXAMPLE_ANSWER = "sadness"


def _pairs(items: list[str] | None, option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip().isidentifier():
            from affectkit.errors import InputError

            raise InputError(f"{option} wants NAME=VALUE (e.g. {option} text='I lost my keys'), not {item!r}")
        pairs[name.strip()] = value
    return pairs


def explain_llm_command(
    template: str | None = typer.Option(
        None,
        "--template",
        help="The prompt with {name} fields ({{ }} for braces; \\n a newline), or a file holding it.",
    ),
    field: list[str] = typer.Option(None, "--field", help="NAME=TEXT: a field's text (repeatable)."),
    baseline: list[str] = typer.Option(None, "--baseline", help="NAME=TEXT: a field's text when absent (default '')."),
    noise: list[str] = typer.Option(None, "--noise", help="A field that carries no information (repeatable)."),
    answer: str | None = typer.Option(None, "--answer", help="The answer to explain (with --stimulus: 'sadness')."),
    stimulus: list[str] = typer.Option(
        None, "--stimulus", help="Worked example: an emotion question with these stimuli as fields (EP02, NP04...)."
    ),
    model: Path | None = typer.Option(None, "--model", help="A GGUF file for llama.cpp in process (default SmolLM2)."),
    llm_url: str | None = typer.Option(None, "--llm-url", help="A server URL ending in /v1 instead."),
    llm_model: str | None = typer.Option(None, "--llm-model", help="The model name the server expects."),
    samples: int | None = typer.Option(None, "--samples", help="Score by the answer's frequency over N samples."),
    temperature: float = typer.Option(1.0, help="Sampling temperature with --samples."),
    raw: bool = typer.Option(False, "--raw", help="In process: score the raw prompt, not the chat template."),
    budget: int = typer.Option(320, help="Coalitions scored when sampling orders (above 10 fields)."),
    seed: int = typer.Option(0, help="Seed of the sampled orders and samples (the same seed, the same values)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Explain a language model's answer by the fields of its prompt: each field's Shapley
    value (they add up to the answer's value with every field minus with every baseline)
    and the share of |attribution| on fields marked --noise.

    Examples: affectkit explain-llm --stimulus EP02 --stimulus NP04; affectkit explain-llm --template
    prompt.txt --field text="I lost my keys" --field style=" Be brief." --noise style --answer frustration
    """
    from rich.console import Console

    from affectkit.errors import InputError
    from affectkit.llm.answer_scores import make_scorer
    from affectkit.llm.field_shapley import (
        PromptField,
        check_fields,
        explain_fields,
        stimulus_prompt,
        template_fields,
        with_options,
    )

    texts, baselines = _pairs(field, "--field"), _pairs(baseline, "--baseline")
    if stimulus and template is not None:
        raise InputError("--stimulus builds its own template; give --stimulus or --template, not both")
    if stimulus:
        prompt, fields = stimulus_prompt(stimulus)
        answer = EXAMPLE_ANSWER if answer is None else answer
        overrides = texts  # --field text=... explains another text
    elif template is not None:
        path = Path(template)
        is_file = len(template) < 4096 and path.is_file()
        prompt = path.read_text(encoding="utf-8") if is_file else template.replace("\\n", "\n")
        names = template_fields(prompt)
        fields = [PromptField(name, texts[name]) for name in names if name in texts]
        fields += [PromptField(name, text) for name, text in texts.items() if name not in names]
        overrides = {}
    else:
        raise InputError("give --template TEXT_OR_FILE with --field NAME=TEXT, or --stimulus ID for the worked example")
    if answer is None:
        raise InputError("give the answer to explain, e.g. --answer sadness")
    fields = with_options(fields, texts=overrides, baselines=baselines, noise=noise or [])
    check_fields(prompt, fields)  # before loading a model
    if not answer.strip():
        raise InputError("the answer is empty; give the answer text to explain, e.g. --answer sadness")
    scorer = make_scorer(
        model=model, llm_url=llm_url, llm_model=llm_model, samples=samples, temperature=temperature, raw=raw, seed=seed
    )
    with Console(stderr=True).status("scoring prompts") as status:
        result = explain_fields(
            prompt,
            fields,
            answer,
            scorer,
            budget=budget,
            seed=seed,
            progress=lambda done, total: status.update(f"scored {done}/{total} prompts"),
        )
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    _print(result)


def _print(result: FieldExplanation) -> None:
    from rich.console import Console
    from rich.table import Table

    unit = "nats" if result.value_kind == "log-probability" else "share of samples"
    table = Table(title=f"{result.value_kind} of the answer {result.answer!r} ({unit}), by field")
    for column in ("field", "value", "stderr", "noise", "text"):
        table.add_column(column, justify="right" if column in ("value", "stderr") else "left")
    for f in result.fields:
        text = f.text if len(f.text) <= 50 else f.text[:49] + "…"
        table.add_row(f.name, f"{f.value:+.4f}", f"{f.stderr:.4f}", "yes" if f.noise else "", repr(text))
    console = Console()
    console.print(table)
    how = "exact" if result.exact else f"sampled, budget {result.budget}"
    lines = [f"v(all fields) {result.full:.4f}  v(baselines) {result.baseline:.4f}  residual {result.residual:.1e}"]
    if result.value_kind == "log-probability":
        lines.append(f"P(answer) {math.exp(result.full):.3g} with all fields, {math.exp(result.baseline):.3g} without")
    lines += [
        f"noise share {result.noise_share:.1%} of |attribution|",
        f"backend: {result.backend}",
        f"model: {result.model}",
        f"{how}: {result.coalitions} coalitions, {result.requests} model calls, seed {result.seed}, "
        f"{result.seconds:.1f} s",
    ]
    console.print("\n".join(lines), highlight=False)
