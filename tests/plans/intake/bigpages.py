"""A page saved whole in one file (SingleFile, "Save Page As… complete" in one file): a few
paragraphs and numbered points, and megabytes of images, a web font and a script's data
inlined as base64 ``data:`` URIs, as such savers write them (one line each, no wrapping)."""

from __future__ import annotations

import base64
import random

POINTS = (
    "Both sides withdraw heavy weapons 15 km from the contact line within 30 days.",
    "A joint commission of monitors reports weekly on the “quiet zone”; its findings are "
    "published.",
    "Prisoners are exchanged on an all-for-all basis, under the Red Cross’s supervision.",
    "Elections in the region are held within six months — under the law of 2014.",
    "The border crossing at Novoazovsk reopens for civilians once demining is complete.",
)


def _blob(rng: random.Random, size: int) -> str:
    return base64.b64encode(rng.randbytes(size)).decode("ascii")


def single_file_page(image_bytes: int = 15 * 1024 * 1024, seed: int = 7,
                     points: tuple[str, ...] = POINTS) -> bytes:
    """A saved news page with ``points`` as its numbered list and about ``image_bytes`` of
    images (base64 grows them by a third), spread over a web font in ``<style>``, a
    ``srcset`` of two sizes, a CSS background, ``<img>`` tags and a script's string."""
    rng = random.Random(seed)
    share = max(image_bytes // 8, 300)
    font = _blob(rng, share)
    items = "".join(f"<li>{p}</li>" for p in points)
    images = "".join(
        f'<figure><img alt="Photo {n}" src="data:image/jpeg;base64,{_blob(rng, share)}">'
        f"<figcaption>Photo {n}: the talks’ venue.</figcaption></figure>" for n in (1, 2, 3))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Peace plan: the text</title>"
        "<style>@font-face{font-family:Serif;src:url(data:font/woff2;base64,"
        f"{font}) format('woff2')}}body{{font-family:Serif}}"
        f".hero{{background:url('data:image/png;base64,{_blob(rng, share)}')}}</style>"
        f'<link rel="icon" href="data:image/x-icon;base64,{_blob(rng, 600)}">'
        "</head><body><header><nav><a href=\"/\">News</a></nav></header>"
        '<main><article><h1>The peace plan in full</h1><div class="hero"></div>'
        "<p>The negotiators’ draft, as circulated on Tuesday, reads as follows.</p>"
        f'<picture><img srcset="data:image/webp;base64,{_blob(rng, share)} 1x, '
        f'data:image/webp;base64,{_blob(rng, share)} 2x" alt=""></picture>'
        f"<ol>{items}</ol>{images}"
        "<p>The parties are to sign it in Geneva next week.</p></article></main>"
        f'<script>window.__STATE__={{"thumb":"{_blob(rng, share)}"}};</script>'
        "</body></html>").encode()
