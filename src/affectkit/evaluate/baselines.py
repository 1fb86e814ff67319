"""Baselines computed in the same run as the model: majority class, TF-IDF + logistic
regression (multi-label) or ridge regression (VAD), and VADER for sentiment.

They need the ``eval`` extra: ``pip install 'affectkit[eval]'``.

Example:
    >>> import numpy as np
    >>> majority_labels(np.array([[0, 1], [0, 1], [1, 0]], np.float32), 4).sum(axis=0).tolist()
    [0, 4]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import MissingDependencyError


def _sklearn() -> Any:
    try:
        import sklearn
    except ImportError as error:
        raise MissingDependencyError("baselines need scikit-learn: pip install 'affectkit[eval]'") from error
    return sklearn


def majority_labels(train_targets: npt.NDArray[np.float32], n: int) -> npt.NDArray[np.bool_]:
    """Predict the most frequent training label for every text."""
    out = np.zeros((n, train_targets.shape[1]), dtype=bool)
    out[:, int(np.argmax(train_targets.sum(axis=0)))] = True
    return out


def tfidf_vectorizer() -> Any:
    """Word 1-2 grams, sublinear tf, min_df 2."""
    _sklearn()
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode")


def tfidf_logistic_probs(
    train_texts: list[str], train_targets: npt.NDArray[np.float32], *others: list[str], seed: int = 0
) -> list[npt.NDArray[np.float64]]:
    """Fit one-vs-rest logistic regression (C=4) on TF-IDF; return probabilities for each other set."""
    _sklearn()
    from sklearn.linear_model import LogisticRegression

    vectorizer = tfidf_vectorizer()
    x_train = vectorizer.fit_transform(train_texts)
    xs = [vectorizer.transform(texts) for texts in others]
    outs = [np.zeros((len(texts), train_targets.shape[1])) for texts in others]
    for label in range(train_targets.shape[1]):
        if len(np.unique(train_targets[:, label])) < 2:  # a label never (or always) seen in train
            for out in outs:
                out[:, label] = float(train_targets[0, label])
            continue
        model = LogisticRegression(C=4.0, max_iter=2000, random_state=seed)
        model.fit(x_train, train_targets[:, label].astype(int))
        for out, x in zip(outs, xs):
            out[:, label] = model.predict_proba(x)[:, 1]
    return outs


def tfidf_ridge(
    train_texts: list[str], train_targets: npt.NDArray[np.float32], texts: list[str]
) -> npt.NDArray[np.float64]:
    """Ridge regression (alpha 1) on TF-IDF, one output per target column (NaN targets dropped)."""
    _sklearn()
    from sklearn.linear_model import Ridge

    vectorizer = tfidf_vectorizer()
    x_train = vectorizer.fit_transform(train_texts)
    x = vectorizer.transform(texts)
    out = np.zeros((len(texts), train_targets.shape[1]))
    for column in range(train_targets.shape[1]):
        ok = ~np.isnan(train_targets[:, column])
        out[:, column] = Ridge(alpha=1.0).fit(x_train[ok], train_targets[ok, column]).predict(x)
    return out


def vader_sentiment(texts: list[str]) -> list[str]:
    """VADER's compound score: >= 0.05 positive, <= -0.05 negative, else neutral (its documented cut-offs)."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as error:
        raise MissingDependencyError(
            "the VADER baseline needs vaderSentiment: pip install 'affectkit[eval]'"
        ) from error
    analyzer = SentimentIntensityAnalyzer()
    out = []
    for text in texts:
        compound = analyzer.polarity_scores(text)["compound"]
        out.append("positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral")
    return out
