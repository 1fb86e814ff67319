"""Annotating files: read rows, analyse them in batches, write results, report bad rows.

Example:
    >>> from affectkit.batch import SUPPORTED_INPUTS
    >>> SUPPORTED_INPUTS
    ('.txt', '.csv', '.jsonl', '.parquet')
"""

from affectkit.batch.annotate import AnnotationSummary, annotate
from affectkit.batch.engines import ENGINES, AnnotationJob, annotate_file, prepare_annotation
from affectkit.batch.readers import SUPPORTED_INPUTS, BadRow, Row, count_rows, read_rows
from affectkit.batch.writers import SUPPORTED_OUTPUTS, flat_record

__all__ = [
    "ENGINES",
    "SUPPORTED_INPUTS",
    "SUPPORTED_OUTPUTS",
    "AnnotationJob",
    "AnnotationSummary",
    "BadRow",
    "Row",
    "annotate",
    "annotate_file",
    "count_rows",
    "flat_record",
    "prepare_annotation",
    "read_rows",
]
