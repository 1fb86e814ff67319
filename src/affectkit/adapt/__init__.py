"""Your own labels: train a small head on the encoder's features (``affectkit train``),
then serve it everywhere affectkit runs (``Analyzer(heads=[...])``, ``analyze --head``,
``serve --head``, the file engines). Numpy alone, no torch, at training and at inference.

Example:
    >>> from affectkit.testing import FakeEncoder
    >>> fake = FakeEncoder(cues={"thanks": "gratitude"}, hidden=8)
    >>> texts = [f"thanks {i}" for i in range(30)] + [f"a chair {i}" for i in range(30)]
    >>> trained = train_head("warmth", texts, ["warm"] * 30 + ["plain"] * 30, cv=3, encoder=fake)
    >>> [r.labels for r in trained.head.predict(fake.encode(["thanks again", "the bus"], pooled=True).rows())]
    [['warm'], ['plain']]
"""

from affectkit.adapt.data import DataSource, LabelledData, read_labelled
from affectkit.adapt.train import TrainedHead, evaluate_head, train_head

__all__ = ["DataSource", "LabelledData", "TrainedHead", "evaluate_head", "read_labelled", "train_head"]
