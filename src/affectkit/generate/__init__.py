"""Generation grounded in the encoder: empathetic replies and support strategies.

Example:
    >>> from affectkit.generate import reply
    >>> reply("I got the job!!").strategy
    'Affirmation and Reassurance'
"""

from __future__ import annotations

from affectkit.generate.reply import Reply, reply
from affectkit.generate.strategies import STRATEGIES, choose_strategy

__all__ = ["STRATEGIES", "Reply", "choose_strategy", "reply"]
