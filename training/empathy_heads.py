"""Train the shipped empathy and distress heads with ``affectkit.adapt.train_head``.

Data: Buechel et al. 2018 (EMNLP), ``empathy/empathic_reactions/messages.csv``: 1,860 essays
written after reading a news story, each with its writer's Batson empathic concern
(``empathy``) and personal distress (``distress``) on a 1-7 scale; CC BY 4.0. Each target is a
ridge head on the frozen encoder's features (logits, VAD, pooled vector), the essays read
whole (``long_text="sentences"``), its L2 strength chosen by 10-fold cross-validation grouped
by writer (``response_id``: one writer's essays never sit in two folds). The held-out Pearson r
is the out-of-fold r at the chosen strength; the head is then refitted on every essay.

No WASSA dev or test essay is read here. About 5 minutes on 2 cores, nearly all of it encoding.

Example::

    python training/empathy_heads.py --data ../shared/data --out src/affectkit/models/weights
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from pathlib import Path

from affectkit.adapt import read_labelled, train_head

SOURCE = "empathy/empathic_reactions/messages.csv"
LICENCE = "CC BY 4.0 (Buechel et al. 2018, github.com/wwbp/empathic_reactions)"
CITATION = (
    "Sven Buechel, Anneke Buffone, Barry Slaff, Lyle Ungar and João Sedoc. Modeling Empathy and Distress "
    "in Reaction to News Stories. EMNLP 2018"
)
TARGETS = {
    "empathy": "Batson's empathic concern of the writer (warmth, compassion, tenderness towards others)",
    "distress": "Batson's personal distress of the writer (their own unease: worried, upset, troubled)",
}
PUBLISHED = "Buechel et al. 2018, 10-fold CV: CNN r 0.404 empathy / 0.444 distress; ridge 0.385 / 0.410"


def about(target: str, scores: dict[str, float]) -> str:
    """The card's section on what the head's number means and how it compares."""
    return "\n".join(
        [
            "## What the number means",
            "",
            f"The value is the predicted {target} of a text's writer on the data's 1-7 scale:",
            f"{TARGETS[target]}.",
            "The writers rated their own feelings on Batson's scales after reading a news story about other",
            "people's hardship, and wrote the essay about it. The head reads the writer's state, not how kind",
            "a text is to its reader; on texts unlike these essays (chat, replies to a person, other topics)",
            "nobody has measured it.",
            "",
            f"Held-out Pearson r {scores['pearson_r']} (10-fold cross-validation grouped by writer). Published on",
            f"the same data and protocol: {PUBLISHED}.",
            "Retrain with `make empathy-heads`; `affectkit eval wassa` scores the recipe on WASSA 2022 dev.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--out", type=Path, default=Path("src/affectkit/models/weights"))
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--long-text", default="sentences", choices=("truncate", "sentences"))
    args = parser.parse_args()
    for target in TARGETS:
        rows = read_labelled(args.data / SOURCE, "essay", target, task="regression", group_column="response_id")
        source = dataclasses.replace(rows.source, name=SOURCE, licence=LICENCE, citation=CITATION)
        trained = train_head(
            f"{target}-minilm",
            rows.texts,
            rows.labels,
            task="regression",
            cv=args.folds,
            groups=rows.groups,
            seed=args.seed,
            target=target,
            long_text=args.long_text,
            source=source,
        )
        folder = trained.save(args.out / f"{target}-minilm")
        card = folder / "MODEL_CARD.md"
        card.write_text(card.read_text("utf-8") + "\n" + about(target, trained.scores), "utf-8")
        scores = trained.scores
        print(
            f"{target}: Pearson r {scores['pearson_r']} (MAE {scores['mae']}, RMSE {scores['rmse']}) on "
            f"{args.folds}-fold CV grouped by writer, long_text={args.long_text}, alpha {trained.report['alpha']}, "
            f"{trained.seconds:.0f} s -> {folder}"
        )


if __name__ == "__main__":
    main()
