"""Deprecated import path, kept for one release: use :mod:`plandiff.engine.compare`
(``compare_refs`` moved to :mod:`plandiff.workflows.diff`). Calling the module is calling
``plandiff.compare(old, new)`` (see :func:`plandiff._api.callable_module`)."""

from plandiff._api import callable_module
from plandiff.engine.compare import *  # noqa: F403
from plandiff.workflows.diff import compare_refs  # noqa: F401

callable_module(__name__, "compare")
