"""The exceptions affectkit raises, in one tree.

Every message names the problem and how to fix it::

    AffectkitError
    ├── InputError                 bad text handed to the analyser
    │   ├── EmptyTextError         empty or whitespace-only text
    │   ├── TextEncodingError      bytes that are not UTF-8
    │   ├── TextTooLongError       beyond a hard character limit
    │   └── ConfigError            a setting's value cannot be used (names the variable)
    ├── FileInputError             a file that cannot be annotated
    │   ├── UnsupportedFormatError an extension affectkit does not read
    │   ├── BinaryFileError        a binary file where text was expected
    │   ├── MissingColumnError     the text (or id) column is not in the file
    │   └── MalformedRowError      one row that cannot be read (skipped in batch jobs)
    ├── ModelError                 the emotion model cannot be loaded or run
    │   └── ModelNotFoundError     no model at the name or path given
    ├── TaxonomyError              an unknown label set, view or label
    ├── DataError                  an evaluation data set is missing or malformed
    ├── LLMError                   a language model call failed
    │   ├── LLMUnavailableError    the server cannot be reached, or answered 5xx
    │   ├── LLMTimeoutError        no answer within the timeout
    │   └── LLMOutputError         the answer is not valid (JSON, schema, labels)
    ├── MemoryStoreError           a memory store cannot be opened, read or written
    └── MissingDependencyError     an optional extra is not installed

Example:
    >>> import affectkit
    >>> try:
    ...     affectkit.analyze("   ")
    ... except affectkit.EmptyTextError as error:
    ...     print(type(error).__name__)
    EmptyTextError
"""

from __future__ import annotations


class AffectkitError(Exception):
    """Base of every error affectkit raises on purpose."""


class InputError(AffectkitError, ValueError):
    """A text handed to the analyser cannot be analysed."""


class EmptyTextError(InputError):
    """The text is empty or only whitespace."""


class TextEncodingError(InputError):
    """The input is bytes that do not decode as UTF-8."""


class TextTooLongError(InputError):
    """The text exceeds the hard character limit set on the analyser."""


class ConfigError(InputError):
    """A setting has a value that cannot be used (see :mod:`affectkit.config`).

    The message names the setting, the bad value, where it came from (the environment
    variable) and a good value; the same facts are kept as attributes. It is an
    ``InputError`` because the service's settings raised that before there was a tree.

    Example:
        >>> from affectkit.config import resolve
        >>> try:
        ...     resolve("batch_size", environ={"AFFECTKIT_BATCH_SIZE": "lots"})
        ... except ConfigError as error:
        ...     print(error.source, error.example)
        AFFECTKIT_BATCH_SIZE 32
    """

    def __init__(
        self,
        message: str,
        *,
        setting: str | None = None,
        value: str | None = None,
        source: str | None = None,
        example: str | None = None,
    ) -> None:
        super().__init__(message)
        self.setting = setting
        self.value = value
        self.source = source
        self.example = example


class FileInputError(AffectkitError):
    """A file handed to batch annotation cannot be read."""


class UnsupportedFormatError(FileInputError):
    """The file extension is not one affectkit reads."""


class BinaryFileError(FileInputError):
    """A binary file was given where a text, CSV or JSONL file was expected."""


class MissingColumnError(FileInputError):
    """The requested text or id column is not in the file."""


class MalformedRowError(FileInputError):
    """One row cannot be read; batch jobs report it and go on."""

    def __init__(self, message: str, *, row: int | None = None) -> None:
        super().__init__(message)
        self.row = row


class ModelError(AffectkitError):
    """The emotion model cannot be loaded or run."""


class ModelNotFoundError(ModelError):
    """No model exists at the given name or path."""


class TaxonomyError(AffectkitError, KeyError):
    """An unknown taxonomy, view or label."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class DataError(AffectkitError):
    """An evaluation data set is missing or malformed."""


class LLMError(AffectkitError):
    """A language model call failed; the message names the server and the fix."""


class LLMUnavailableError(LLMError):
    """The LLM server cannot be reached, refused, or answered with a server error."""


class LLMTimeoutError(LLMError):
    """The LLM gave no answer within the timeout."""


class LLMOutputError(LLMError):
    """The LLM's answer is not what was asked for (invalid JSON, schema or labels)."""


class MemoryStoreError(AffectkitError):
    """A memory store cannot be opened, read or written (wrong file, newer schema, other encoder)."""


class MissingDependencyError(AffectkitError, ImportError):
    """An optional dependency is not installed; the message names the extra."""
