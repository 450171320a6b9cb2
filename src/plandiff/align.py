"""Deprecated import path, kept for one release: use :mod:`plandiff.engine.align`."""

from plandiff.engine.align import *  # noqa: F403
