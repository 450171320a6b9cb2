"""Deprecated import path, kept for one release: use :mod:`plandiff.engine.compare`."""

from plandiff.engine.compare import *  # noqa: F403
