"""plandiff: track how a negotiated text changes from draft to draft."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("plandiff")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
