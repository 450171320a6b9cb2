"""Output formats: the registry (formats), the shared rules (common), text, Markdown, JSON,
history and log text, and the HTML/PDF reports (report/).

Calling this package is calling ``plandiff.render(comparison, fmt, ...)``, the public API
function of the same name (see :func:`plandiff._api.callable_module`)."""

from plandiff._api import callable_module

callable_module(__name__, "render")
