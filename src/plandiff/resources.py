"""Files shipped with the package: the JSON Schemas and the topic vocabulary, templates."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def schema_dir() -> Path:
    """``schemas/``: inside an installed wheel, or at the top of a source checkout."""
    for candidate in (_PACKAGE / "schemas", _PACKAGE.parent.parent / "schemas"):
        if (candidate / "plan-version.schema.json").is_file():
            return candidate
    raise FileNotFoundError("plandiff's schemas/ folder is missing from the installation")


def package_dir() -> Path:
    """The folder of the installed package."""
    return _PACKAGE
