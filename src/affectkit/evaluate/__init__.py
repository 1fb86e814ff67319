"""Evaluation on real data sets: readers, metrics, baselines, reports and plots.

Example:
    >>> from affectkit.evaluate.metrics import f1_scores
    >>> import numpy as np
    >>> f1_scores(np.array([[1, 0]], bool), np.array([[1, 0]], bool))["micro"]
    1.0
"""

from affectkit.evaluate.tasks import TASKS, TaskResult, run_task, write_report, write_task_plots

__all__ = ["TASKS", "TaskResult", "run_task", "write_report", "write_task_plots"]
