"""Deprecated import path, kept for one release: use :mod:`plandiff.engine.compare`
(``compare_refs`` moved to :mod:`plandiff.workflows.diff`)."""

from plandiff.engine.compare import *  # noqa: F403
from plandiff.workflows.diff import compare_refs  # noqa: F401
