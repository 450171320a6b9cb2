"""The HTML renderer: Jinja2 (autoescape on, undefined names fail) over packaged templates.

The result is one standalone file: the stylesheet is inlined, nothing is fetched (no fonts,
images or scripts from anywhere), and a Content-Security-Policy meta tag forbids every
request, allowing only the one stylesheet by its hash, so the page renders the same from
``file://`` as from a web server. The PDF renderer lays out the same HTML.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from plandiff.render.report.model import Report

TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"


class Labels:
    """Labels for templates: ``t.key`` and ``t["dotted.key"]``; a missing key is an error."""

    __slots__ = ("_table",)

    def __init__(self, table: dict[str, str]) -> None:
        self._table = table

    def __getattr__(self, name: str) -> str:
        try:
            return self._table[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> str:
        return self._table[name]


@cache
def environment() -> Environment:
    """The one Jinja2 environment of the reports."""
    return Environment(
        loader=PackageLoader("plandiff.render.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
    )


@cache
def stylesheet() -> str:
    """The packaged stylesheet."""
    return (
        resources.files("plandiff.render.report")
        .joinpath("templates", STYLESHEET)
        .read_text(encoding="utf-8")
    )


def css_string(text: str) -> str:
    """``text`` as a CSS string literal: everything but ASCII letters and digits is written as
    a six-digit escape, so no text can end the string or the stylesheet. (Spaces too: CSS
    swallows one whitespace character after an escape.)"""
    out = []
    for ch in text:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):06x}")
    return '"' + "".join(out) + '"'


def page_css(t: Mapping[str, str]) -> str:
    """The localised page-number rule ("Page 3 of 12", "3 / 12 ページ") of every page kind."""
    return (
        "@page { @bottom-center { content: "
        f"{css_string(t['page_before'])} counter(page) {css_string(t['page_between'])} "
        f"counter(pages) {css_string(t['page_after'])}; "
        'font-family: "Noto Sans", "IPAexGothic", "Noto Sans CJK JP", sans-serif; '
        "font-size: 7.5pt; color: #555b63; } }\n"
    )


def content_security_policy(css: str) -> str:
    """A policy that allows the inline stylesheet (by hash) and nothing else."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest}'; "
        "img-src data:; font-src 'none'; script-src 'none'; connect-src 'none'; "
        "object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def created_string(when: dt.datetime) -> str:
    """W3C date-time in UTC, as the HTML metadata (``dcterms.created``) carries it."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def render_page(template: str, css: str, t: Mapping[str, str], when: dt.datetime,
                **values: Any) -> str:
    """The one render step of every page (reports, history pages, the site index): the
    template with its labels ``t``, the stylesheet ``css`` plus the localised page rule
    inlined and allowed by the Content-Security-Policy, and ``when`` as its date."""
    css = css + page_css(t)
    if "</" in css:  # pragma: no cover - the packaged stylesheets are ours
        raise ValueError("stylesheet must not contain '</'")
    return environment().get_template(template).render(
        t=Labels(dict(t)),
        css=Markup(css),  # noqa: S704 - the packaged stylesheets, no plan text in them
        csp=content_security_policy(css),
        created=created_string(when),
        **values,
    )


def render(report: Report, *, when: dt.datetime) -> str:
    """The report as a standalone HTML document (``when``: its date, for the metadata)."""
    return render_page(TEMPLATE, stylesheet(), report.t, when, r=report)
