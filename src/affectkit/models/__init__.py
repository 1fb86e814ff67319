"""Runtime of the shipped and user emotion models (onnxruntime + tokenizers, no torch).

Example:
    >>> from affectkit.models import list_models
    >>> "goemotions-minilm" in list_models()
    True
"""

from affectkit.models.batching import Encoded
from affectkit.models.encoder import EmotionModel
from affectkit.models.features import Encoder, Features
from affectkit.models.registry import list_models, resolve_model

__all__ = ["EmotionModel", "Encoded", "Encoder", "Features", "list_models", "resolve_model"]
