"""The offline reply composer: a grounded reply written from the detected emotions, the
clause that holds the cause words, and the chosen support strategy. No language model.

It reflects the feeling by name, says back the cause in the second person, and follows the
strategy (a question, reassurance, a suggestion...). When the emotion model is not sure,
it says so in the first person ("I'm not sure, but it sounds like...").

Example:
    >>> second_person("I failed my test and they laughed at me")
    'you failed your test and they laughed at you'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FEELING_WORDS: dict[str, str] = {
    "admiration": "impressed",
    "amusement": "amused",
    "anger": "angry",
    "annoyance": "frustrated",
    "approval": "pleased",
    "caring": "caring",
    "confusion": "confused",
    "curiosity": "curious",
    "desire": "longing for something",
    "disappointment": "disappointed",
    "disapproval": "unhappy with how it went",
    "disgust": "disgusted",
    "embarrassment": "embarrassed",
    "excitement": "excited",
    "fear": "scared",
    "gratitude": "grateful",
    "grief": "heartbroken",
    "joy": "happy",
    "love": "full of love",
    "nervousness": "anxious",
    "optimism": "hopeful",
    "pride": "proud",
    "realization": "like something just became clear",
    "relief": "relieved",
    "remorse": "sorry about it",
    "sadness": "sad",
    "surprise": "surprised",
    "neutral": "",
}

_SWAPS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "am": "are",
    "was": "were",
    "we": "you",
    "us": "you",
    "our": "your",
}
_SUBJECTS = frozenset(
    [
        "you",
        "you're",
        "you've",
        "your",
        "yours",
        "they",
        "they're",
        "their",
        "he",
        "he's",
        "his",
        "she",
        "she's",
        "her",
        "it",
        "it's",
        "its",
        "we",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "nobody",
        "people",
        "my",
        "our",
    ]
)
_TOKEN = re.compile(r"[A-Za-z’']+|[^A-Za-z’']+")


def second_person(clause: str) -> str:
    """Turn a first-person clause into the second person ("my" -> "your").

    Example:
        >>> second_person("I'm so tired of my job")
        "you're so tired of your job"
    """
    out = []
    previous_was_you = False
    for token in _TOKEN.findall(clause):
        key = token.lower().replace("’", "'")
        if key in ("was", "am") and not previous_was_you:
            out.append(token)  # "it was" stays; only "I was" -> "you were"
        else:
            out.append(_SWAPS.get(key, token))
        if token.strip():
            previous_was_you = key in ("i", "we")
    return "".join(out)


def cause_clause(text: str, cause_starts: Sequence[int]) -> str:
    """The clause (between sentence marks, commas or 'but') holding the first cause word."""
    if not cause_starts:
        return ""
    position = cause_starts[0]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^.!?;,]+", text)]
    for start, end in pieces:
        if start <= position < end:
            clause = text[start:end].strip()
            clause = re.sub(r"^(but|and|so|because|honestly|well|just)\s+", "", clause, flags=re.I)
            return clause
    return ""


def compose(
    labels: Sequence[str],
    clause: str,
    strategy: str,
    *,
    uncertain: bool,
    memory: str | None = None,
) -> str:
    """A two- or three-sentence reply from feelings, the cause clause and the strategy;
    with ``memory`` (something the person said before) a sentence recalling it.

    Example:
        >>> compose(["sadness"], "I failed my exam", "Reflection of feelings", uncertain=False).split(".")[0]
        "It sounds like you're feeling sad that you failed your exam"
    """
    feelings = [FEELING_WORDS[label] for label in labels if FEELING_WORDS.get(label)][:2]
    about = second_person(clause).rstrip(" .!?") if clause else ""
    if about:
        about = about[0].lower() + about[1:]
    if about and about.split(" ", 1)[0].lower() not in _SUBJECTS:
        about = ""  # "that thank you so much" is not English: only a clause with a subject follows "that"
    felt = " and ".join(feelings)
    if labels and labels[0] == "gratitude":
        return "You're so welcome, I'm really glad it meant something to you. Is there anything else on your mind?"
    lead = "I'm not sure, but it sounds like" if uncertain else "It sounds like"
    positive = strategy == "Affirmation and Reassurance" and set(labels) & {
        "joy",
        "gratitude",
        "pride",
        "excitement",
        "relief",
        "love",
        "optimism",
        "admiration",
        "amusement",
        "approval",
    }
    if felt:
        opening = f"{lead} you're feeling {felt}" + (f" that {about}." if about else ".")
    elif about:
        opening = f"{lead} {about}." if not uncertain else f"I'm not sure I understand it all, but {about}."
    else:
        opening = "Thank you for telling me."
    follow = {
        "Reflection of feelings": "That's a lot to carry. What has been the hardest part of it for you?",
        "Restatement or Paraphrasing": "That would frustrate anyone, and it makes sense that you're upset. "
        "What would make this feel fairer to you?",
        "Affirmation and Reassurance": "You have every reason to feel that way, and it's well deserved. "
        "What are you looking forward to most?"
        if positive
        else "It makes sense to feel this way, and you don't have to go through it alone.",
        "Information": "It's completely normal for this to feel unclear at first. "
        "Which part would help most to go through together?",
        "Providing Suggestions": "Would it help to think through one small step you could take next?",
        "Question": "Would you like to tell me more about it?",
        "Self-disclosure": "I've felt something like that too, and it wasn't easy. How are you holding up?",
        "Others": "I'm here to listen whenever you want to talk.",
    }[strategy]
    if memory:
        short = memory if len(memory) <= 120 else memory[:117].rsplit(" ", 1)[0] + "..."
        return f'{opening} It reminds me of when you told me: "{short}" {follow}'
    return f"{opening} {follow}"
