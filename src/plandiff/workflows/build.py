"""``plandiff build``: every report a plans tree implies, incrementally and in parallel.

Outputs, under the output folder (relative links only, so the site works from ``file://``
and any static host)::

    index.html                                   every report and history page
    <document>/<old-version>__<new-version>.html one per supersedes edge (each language),
    <document>/<old-version>__<new-version>.pdf  and per extra pair of plans/plandiff.json
    <document>/<old-version>__<new-version>.json   (a pair across documents is named
    <document>/<old-version>__<new-version>.md     <old-version>__<new-document>@<new-version>)
    <document>/history.html                      the document's history (main language;
    <document>/history.<lang>.html               other languages get their own page)
    <document>/synopsis.html (.pdf)              all versions side by side (main language;
    <document>/synopsis.<lang>.html (.pdf)       other languages get their own)
    manifest.json                                what plandiff made, and from what

**Incremental.** Each output's *key* is the SHA-256 of everything it is made from: the bytes
of each plan file it reads, the topic vocabularies, plandiff's version, a digest of its code
and of its templates and stylesheets, the build options and ``SOURCE_DATE_EPOCH``. The
manifest records the key and the SHA-256 of each output; an output is rebuilt only when its
key changed, or the file is missing or was edited. Outputs no longer implied are removed, but
only those the manifest says plandiff made, and only when their bytes are still the ones it
wrote (a report a user annotated is left in place, out of the manifest).

**Safe.** New outputs are rendered into a staging folder inside the output folder; only
when every job succeeded are they moved into place (each through :mod:`plandiff.atomicio`)
and the manifest written last. A failure or an interrupt leaves the previous reports and
manifest as they were.

**Parallel.** Jobs run in a process pool; every output depends only on its own inputs, so the
result is byte-identical whatever the order or the number of workers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from plandiff import __version__, atomicio
from plandiff._text import is_cjk_language
from plandiff.errors import (
    InputError,
    Interrupted,
    PlandiffError,
    Problem,
    RenderError,
    WriteError,
)
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans import rules
from plandiff.plans.corpus import Corpus, display_path, load_corpus
from plandiff.plans.jsonsource import load_json_file, read_bytes
from plandiff.plans.model import PlanVersion
from plandiff.resources import package_dir, schema_dir
from plandiff.sourcedate import source_date
from plandiff.workflows.buildconfig import (
    CONFIG_NAME,
    FORMATS,
    BuildConfig,
    checked_config,
)
from plandiff.workflows.runner import (
    StopSignals,
    build_lock,
    kill_workers,
    worker_init,
)

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
STAGING_PREFIX = ".build-staging-"
INDEX = "index.html"
STOP_POLL = 0.1
"""Seconds between two looks at a stop signal while the pool's jobs run (a wake-up costs a
few microseconds; a stop is acted on within this time)."""


class JobKind(StrEnum):
    """What a job makes."""

    PAIR = "pair"
    HISTORY = "history"
    SYNOPSIS = "synopsis"
    INDEX = "index"


@dataclass(frozen=True)
class PairParams:
    """A comparison job: the two versions compared (``DOCUMENT@VERSION``)."""

    old: str
    new: str


@dataclass(frozen=True)
class HistoryParams:
    """A history page job: the document and the language of the versions it follows."""

    document: str
    language: str


@dataclass(frozen=True)
class SynopsisParams:
    """A synopsis job: the document and the language of the versions set side by side."""

    document: str
    language: str


@dataclass(frozen=True)
class IndexParams:
    """The index job (it reads every plan and links every page)."""


JobParams = PairParams | HistoryParams | SynopsisParams | IndexParams


@dataclass(frozen=True)
class Job:
    """One unit of work: a comparison (several formats), a history page, or the index."""

    kind: JobKind
    name: str
    """Unique and stable: ``pair DOC@OLD DOC@NEW``, ``history DOC LANG``, ``index``."""
    outputs: tuple[str, ...]
    """Paths relative to the output folder (POSIX separators)."""
    inputs: tuple[str, ...]
    """Plan files read, relative to the plans folder (POSIX separators), sorted."""
    params: JobParams = IndexParams()
    weight: int = 1
    """Rough cost, for scheduling the slowest first."""


@dataclass(frozen=True)
class BuildPlan:
    """Everything the tree implies, and which jobs must run."""

    jobs: tuple[Job, ...]
    keys: Mapping[str, str]
    """Job name → key (SHA-256 of the job's inputs and plandiff's code)."""
    stale: tuple[str, ...]
    """Names of the jobs to run, in scheduling order."""
    removed: tuple[str, ...]
    """Outputs plandiff made earlier that are no longer implied."""
    input_hashes: Mapping[str, str]
    """Plan file (relative) → SHA-256."""
    kept: tuple[str, ...] = ()
    """Outputs no longer implied that were edited since plandiff wrote them: left where they
    are, no longer in the manifest."""


@dataclass(frozen=True)
class BuildEvent:
    """Progress of a build, for the CLI's progress display."""

    kind: str
    """``start`` (total jobs to run), ``done`` (one job finished), ``commit``."""
    total: int = 0
    job: str = ""
    outputs: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    """What a build did."""

    out: Path
    jobs: int
    """Jobs the tree implies."""
    built: tuple[str, ...]
    """Names of the jobs that ran."""
    written: tuple[str, ...]
    """Outputs written (relative paths): rebuilt outputs whose bytes changed, new ones."""
    removed: tuple[str, ...]
    """Outputs removed (no longer implied)."""
    kept: tuple[str, ...] = ()
    """Outputs no longer implied but left in place: edited since plandiff wrote them."""
    outputs: int = 0
    """Outputs the tree implies."""
    took_over: int | None = None
    """Process id of an earlier build that was killed in this folder (its leftovers were
    removed), if any."""


Progress = Callable[[BuildEvent], None]


# --------------------------------------------------------------------------- fingerprints


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def code_digest() -> str:
    """SHA-256 over plandiff's Python modules and data files (not its templates)."""
    return _tree_digest(package_dir(), lambda p: p.suffix in (".py", ".json")
                        and "templates" not in p.parts)


@cache
def template_digest() -> str:
    """SHA-256 over the report templates and stylesheets."""
    return _tree_digest(package_dir() / "render" / "report" / "templates", lambda p: True)


def _tree_digest(root: Path, keep: Callable[[Path], bool]) -> str:
    digest = hashlib.sha256()
    if not root.is_dir():
        return digest.hexdigest()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or not keep(path):
            continue
        name = path.relative_to(root).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(len(name).to_bytes(8, "big") + name)
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _vocabulary_bytes(root: Path) -> bytes:
    shipped = schema_dir() / "topics.json"
    local = root / "topics.json"
    parts = [shipped.read_bytes()]
    if os.path.lexists(local):
        parts.append(read_bytes(local, str(local)))
    return b"\0".join(parts)


# --------------------------------------------------------------------------- planning


def _relative(path: Path, root: Path) -> str:
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.absolute().as_posix()


def pair_stem(old: PlanVersion, new: PlanVersion) -> str:
    """``<document>/<old-version>__<new-version>`` (new document named when it differs)."""
    right = new.version if new.document == old.document else f"{new.document}@{new.version}"
    return f"{old.document}/{old.version}__{right}"


def history_name(document: str, language: str, main: str) -> str:
    """``<document>/history.html`` for the main language, ``history.<lang>.html`` else."""
    suffix = "" if language == main else f".{language}"
    return f"{document}/history{suffix}.html"


def synopsis_name(document: str, language: str, main: str, fmt: str = "html") -> str:
    """``<document>/synopsis.html`` for the main language, ``synopsis.<lang>.html`` else."""
    suffix = "" if language == main else f".{language}"
    return f"{document}/synopsis{suffix}.{fmt}"


def main_language(corpus: Corpus, document: str) -> str:
    """English when the document has it, else the language of its first version."""
    plans = corpus.versions_of(document)
    languages = {p.language for p in plans}
    return "en" if "en" in languages or not plans else plans[0].language


def _tree_problems(corpus: Corpus, root: Path) -> list[Problem]:
    problems = [p for f in corpus.files for p in f.problems]
    roots = {f.path.absolute(): root for f in corpus.files}
    problems.extend(rules.check(corpus, list(corpus.files), roots))
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.path, p.message))


def plan_jobs(corpus: Corpus, config: BuildConfig, root: Path) -> list[Job]:
    """Every job the tree and its configuration imply, in a stable order."""
    from plandiff.lineage.history import history_inputs

    paths = {f.plan.ref: _relative(f.path, root) for f in corpus.files if f.plan is not None}
    jobs: list[Job] = []
    pairs: list[tuple[PlanVersion, PlanVersion]] = list(corpus.pairs())
    for old_ref, new_ref in config.extra_pairs:
        old, new = corpus.version(old_ref), corpus.version(new_ref)
        if old is not None and new is not None and (old, new) not in pairs:
            pairs.append((old, new))
    seen: set[str] = set()
    for old, new in pairs:
        stem = pair_stem(old, new)
        if stem in seen:
            continue
        seen.add(stem)
        cjk = is_cjk_language(old.language) or is_cjk_language(new.language)
        weight = (sum(1 for _ in old.walk()) + sum(1 for _ in new.walk())) * (
            (20 if cjk else 10) if "pdf" in config.formats else 1)
        jobs.append(Job(
            kind=JobKind.PAIR, name=f"pair {old.ref} {new.ref}",
            outputs=tuple(f"{stem}.{fmt}" for fmt in FORMATS if fmt in config.formats),
            inputs=tuple(sorted({paths[old.ref], paths[new.ref]})),
            params=PairParams(old=old.ref, new=new.ref), weight=weight))
    if config.history:
        for document in corpus.documents():
            main = main_language(corpus, document)
            for language in sorted({p.language for p in corpus.versions_of(document)}):
                reads = [r for r in history_inputs(corpus, document, language) if r in paths]
                size = sum(len(plan.point_index()) for plan in
                           (corpus.version(r) for r in reads) if plan is not None)
                jobs.append(Job(
                    kind=JobKind.HISTORY, name=f"history {document} {language}",
                    outputs=(history_name(document, language, main),),
                    inputs=tuple(sorted({paths[r] for r in reads})),
                    params=HistoryParams(document=document, language=language),
                    weight=5 * size))
                versions = corpus.versions_of(document, language)
                jobs.append(Job(
                    kind=JobKind.SYNOPSIS, name=f"synopsis {document} {language}",
                    outputs=tuple(synopsis_name(document, language, main, fmt)
                                  for fmt in ("html", "pdf")
                                  if fmt == "html" or fmt in config.formats),
                    inputs=tuple(sorted({paths[p.ref] for p in versions})),
                    params=SynopsisParams(document=document, language=language),
                    weight=sum(len(p.point_index()) for p in versions)
                    * (20 if "pdf" in config.formats else 1)))
    jobs.append(Job(kind=JobKind.INDEX, name="index", outputs=(INDEX,),
                    inputs=tuple(sorted(paths.values())), weight=1))
    return jobs


def _job_key(job: Job, hashes: Mapping[str, str], shared: str, site: str) -> str:
    payload = {
        "job": job.name, "outputs": list(job.outputs),
        "params": [[name, value] for name, value in vars(job.params).items()],
        "inputs": {path: hashes[path] for path in job.inputs}, "shared": shared,
        # Pages that link to other pages change when the set of pages does.
        "site": site if job.kind is not JobKind.PAIR else "",
    }
    return _sha256(json.dumps(payload, sort_keys=True).encode("utf-8"))


def _shared_key(root: Path, env: Mapping[str, str]) -> str:
    payload = {
        "plandiff": __version__, "code": code_digest(), "templates": template_digest(),
        "vocabulary": _sha256(_vocabulary_bytes(root)),
        "source_date_epoch": env.get("SOURCE_DATE_EPOCH", ""),
    }
    return _sha256(json.dumps(payload, sort_keys=True).encode("utf-8"))


def read_manifest(out: Path) -> dict[str, Any]:
    """The previous build's manifest (empty when absent or unreadable)."""
    path = out / MANIFEST
    try:
        data = load_json_file(path).data
    except InputError:
        return {}
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT or \
            not isinstance(data.get("outputs"), dict):
        return {}
    return data


def _file_sha(path: Path) -> str | None:
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # never open a pipe or a device
            return None
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def make_plan(corpus: Corpus, config: BuildConfig, root: Path, out: Path, *,
              force: bool = False, env: Mapping[str, str] | None = None) -> BuildPlan:
    """Decide what to build (no rendering)."""
    env = os.environ if env is None else env
    jobs = plan_jobs(corpus, config, root)
    hashes = {path: _sha256((root / path).read_bytes())
              for path in sorted({p for job in jobs for p in job.inputs})}
    shared = _shared_key(root, env)
    # History pages and the index link to other pages: the set of outputs is one of their
    # inputs. Comparison reports link to nothing outside themselves.
    site = _sha256("\n".join(o for job in jobs for o in job.outputs).encode("utf-8"))
    keys = {job.name: _job_key(job, hashes, shared, site) for job in jobs}
    manifest = read_manifest(out)
    recorded: dict[str, Any] = manifest.get("outputs", {})
    stale = []
    for job in jobs:
        if force or any(not _fresh(out, output, keys[job.name], recorded.get(output))
                        for output in job.outputs):
            stale.append(job)
    stale.sort(key=lambda j: (-j.weight, j.name))
    implied = {o for job in jobs for o in job.outputs}
    gone = sorted(o for o in recorded if o not in implied and _safe_output(out, o))
    kept = tuple(o for o in gone if _edited(out, o, recorded[o]))
    removed = tuple(o for o in gone if o not in kept)
    return BuildPlan(jobs=tuple(jobs), keys=keys, stale=tuple(j.name for j in stale),
                     removed=removed, input_hashes=hashes, kept=kept)


def _foreign(out: Path, rendered: Mapping[str, str], previous: Mapping[str, Any]) -> list[str]:
    """The outputs about to be written over a file plandiff did not write: one the manifest
    does not name, whose bytes are not those about to be written (which a build killed before
    its manifest leaves)."""
    recorded = previous.get("outputs", {})
    found = []
    for name in sorted(rendered):
        target = out / name
        if name in recorded or not (target.exists() or target.is_symlink()):
            continue
        if target.is_symlink() or _file_sha(target) != rendered[name]:
            found.append(name)
    return found


def _edited(out: Path, output: str, entry: Any) -> bool:
    """The file is there, and its bytes are not those plandiff wrote (a user's edit)."""
    target = out / output
    if not (target.exists() or target.is_symlink()):
        return False
    recorded = entry.get("sha256") if isinstance(entry, dict) else None
    return target.is_symlink() or _file_sha(target) != recorded


def _fresh(out: Path, output: str, key: str, entry: Any) -> bool:
    if not isinstance(entry, dict) or entry.get("key") != key:
        return False
    return _file_sha(out / output) == entry.get("sha256")


def _safe_output(out: Path, relative: str) -> bool:
    """A manifest entry names a file inside the output folder (never elsewhere)."""
    if not relative or relative.startswith(("/", "\\")) or ".." in Path(relative).parts:
        return False
    if relative == MANIFEST:
        return False
    target = (out / relative).absolute()
    return out.absolute() in target.parents


# --------------------------------------------------------------------------- rendering


_WORKER: dict[tuple[str, str], Corpus] = {}
"""The corpus of the current build, by (plans folder, digest of its files): inherited by
forked workers, loaded once per process otherwise."""


def _worker_corpus(context: _Context) -> Corpus:
    key = (context.root, context.token)
    cached = _WORKER.get(key)
    if cached is None:
        _WORKER.clear()
        cached = _WORKER[key] = load_corpus(Path(context.root), context.limits)
    return cached


@dataclass(frozen=True)
class _Context:
    root: str
    token: str
    """Digest of every input file: a corpus cached for another state is never reused."""
    staging: str
    limits: Limits
    jobs: tuple[Job, ...]
    """Every job of the build (not only those that run): for links between pages."""


def run_job(job: Job, context: _Context) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Render one job into the staging folder; returns (job name, ((output, sha256), ...))."""
    corpus = _worker_corpus(context)
    if isinstance(job.params, PairParams):
        files = _render_pair(job, job.params, corpus)
    elif isinstance(job.params, HistoryParams):
        files = _render_history(job, job.params, corpus, context)
    elif isinstance(job.params, SynopsisParams):
        files = _render_synopsis(job, job.params, corpus, context)
    else:
        files = _render_index(corpus, context)
    staging = Path(context.staging)
    written = []
    for name in job.outputs:
        data = files[name]
        atomicio.atomic_write_bytes(staging / name, data, overwrite=True)
        written.append((name, _sha256(data)))
    return job.name, tuple(written)


def _render_pair(job: Job, params: PairParams, corpus: Corpus) -> dict[str, bytes]:
    from plandiff.engine.compare import compare
    from plandiff.render.formats import ComparisonInput, RenderOptions, site_format

    old, new = corpus.resolve(params.old), corpus.resolve(params.new)
    source = ComparisonInput(compare(old, new), old, new,
                             originals=(corpus.data_of(old), corpus.data_of(new)),
                             vocabulary=corpus.vocabulary)
    return {name: site_format(name.rsplit(".", 1)[1]).render_bytes(source, RenderOptions())
            for name in job.outputs}


P = TypeVar("P", PairParams, HistoryParams, SynopsisParams)


def _firsts(context: _Context, kind: type[P]) -> list[tuple[P, str]]:
    """(parameters, first output) of every job whose parameters are of type ``kind``."""
    return [(job.params, job.outputs[0]) for job in context.jobs
            if isinstance(job.params, kind) and job.outputs]


def _relative_href(source: str, target: str) -> str:
    """A relative URL from the page ``source`` to ``target`` (both relative to the site)."""
    start = Path(source).parent.as_posix()
    return Path(os.path.relpath(target, start if start != "." else ".")).as_posix()


def _render_history(job: Job, params: HistoryParams, corpus: Corpus, context: _Context
                    ) -> dict[str, bytes]:
    from plandiff.lineage.history import document_history
    from plandiff.render.report.history_html import SiteLinks, render_history_html

    document, language = params.document, params.language
    page = job.outputs[0]
    reports = {(p.old, p.new): first for p, first in _firsts(context, PairParams)}
    histories = {(p.document, p.language): first
                 for p, first in _firsts(context, HistoryParams)}
    synopses = [first for p, first in _firsts(context, SynopsisParams)
                if (p.document, p.language) == (document, language)]
    synopsis = _relative_href(page, synopses[0]) if synopses else None

    def report_href(old: str, new: str) -> str | None:
        target = reports.get((old, new))
        return _relative_href(page, target.rsplit(".", 1)[0] + ".html") if target else None

    def history_href(other: str, point: str) -> str | None:
        target = histories.get((other, language))
        if target is None:
            return None
        return f"{_relative_href(page, target)}#h-{point}"

    alternates = tuple(
        (lang, _relative_href(page, target)) for (doc, lang), target in sorted(histories.items())
        if doc == document and lang != language)
    links = SiteLinks(index=_relative_href(page, INDEX), report=report_href,
                      history=history_href, alternates=alternates, synopsis=synopsis)
    whole = document_history(corpus, document, language)
    html = render_history_html(whole, links=links, lang=_label_lang(language))
    return {page: html.encode("utf-8")}


def _render_synopsis(job: Job, params: SynopsisParams, corpus: Corpus, context: _Context
                     ) -> dict[str, bytes]:
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.render.report.i18n import labels
    from plandiff.render.report.model import LinkView
    from plandiff.render.report.synopsis_html import render_synopsis_html, render_synopsis_pdf

    document, language = params.document, params.language
    synopsis = build_synopsis(corpus.versions_of(document, language))
    page = job.outputs[0]
    lang = _label_lang(language)
    t = labels(lang or "en")  # the page's own language, as the history pages' links
    nav = [LinkView(text=t["back_to_index"], href=_relative_href(page, INDEX))]
    for other_job in context.jobs:
        other = other_job.params
        if (not isinstance(other, HistoryParams | SynopsisParams) or not other_job.outputs
                or other_job.outputs[0] == page or other.document != document):
            continue
        kind = t["index_history"] if isinstance(other, HistoryParams) else t["index_synopsis"]
        nav.append(LinkView(text=f"{kind} ({other.language})",
                            href=_relative_href(page, other_job.outputs[0])))
    files = {page: render_synopsis_html(synopsis, lang=lang, nav=nav,
                                        document=document).encode("utf-8")}
    for name in job.outputs[1:]:
        files[name] = render_synopsis_pdf(synopsis, lang=lang, document=document)
    return files


def _label_lang(language: str) -> str | None:
    from plandiff.render.report.i18n import LANGUAGES

    base = language.split("-", 1)[0]
    return base if base in LANGUAGES else None


def _render_index(corpus: Corpus, context: _Context) -> dict[str, bytes]:
    from plandiff.render.report.history_html import (
        IndexDocument,
        IndexReport,
        render_index_html,
    )
    from plandiff.render.report.model import LinkView

    by_document: dict[str, list[IndexReport]] = {}
    extra: list[IndexReport] = []
    history_links: dict[str, list[LinkView]] = {}
    synopsis_links: dict[str, list[LinkView]] = {}
    implied = {(old.ref, new.ref) for old, new in corpus.pairs()}
    for job in context.jobs:
        if not isinstance(job.params, PairParams) or not job.outputs:
            continue
        old_ref, new_ref, first = job.params.old, job.params.new, job.outputs[0]
        old, new = corpus.resolve(old_ref), corpus.resolve(new_ref)
        stem = first.rsplit(".", 1)[0]
        outputs = job.outputs
        html = f"{stem}.html" if f"{stem}.html" in outputs else first
        formats = tuple(LinkView(text=o.rsplit(".", 1)[1].upper(), href=o) for o in outputs
                        if o != html)
        label = (f"{old.version} → {new.version if new.document == old.document else new.ref}"
                 f" ({old.language})")
        entry = IndexReport(label=label, href=html, formats=formats, language=old.language)
        if (old_ref, new_ref) in implied:
            by_document.setdefault(old.document, []).append(entry)
        else:
            extra.append(entry)
    for params, first in _firsts(context, HistoryParams):
        history_links.setdefault(params.document, []).append(
            LinkView(text=params.language, href=first))
    for job in context.jobs:
        if isinstance(job.params, SynopsisParams):
            language = job.params.language
            synopsis_links.setdefault(job.params.document, []).extend(
                LinkView(text=language if o.endswith(".html") else f"{language} PDF",
                         href=o) for o in job.outputs)
    documents = []
    for document in corpus.documents():
        plans = corpus.versions_of(document, main_language(corpus, document))
        latest = plans[-1]
        documents.append(IndexDocument(
            document=document, title=latest.title,
            histories=tuple(history_links.get(document, [])),
            synopses=tuple(synopsis_links.get(document, [])),
            reports=tuple(by_document.get(document, []))))
    dates = [p.date.isoformat() for p in corpus.plans]
    html = render_index_html(documents, extra, dates=dates)
    return {INDEX: html.encode("utf-8")}


# --------------------------------------------------------------------------- running


def _commit(out: Path, staging: Path, rendered: Mapping[str, str], removed: Sequence[str],
            manifest: Mapping[str, Any]) -> list[str]:
    """Move rendered outputs into place (skipping byte-identical ones), remove outputs no
    longer implied, then write the manifest. Returns the outputs written."""
    written = []
    for name in sorted(rendered):
        target = out / name
        if not target.is_symlink() and _file_sha(target) == rendered[name]:
            continue  # same bytes: keep the file (and its modification time)
        atomicio.atomic_write_bytes(target, (staging / name).read_bytes(), overwrite=True)
        written.append(name)
    for name in removed:
        target = out / name
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        folder = target.parent
        with contextlib.suppress(OSError):
            if folder != out and not any(folder.iterdir()):
                folder.rmdir()
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomicio.atomic_write_text(out / MANIFEST, text, overwrite=True)
    return written


def _check_out(out: Path, root: Path) -> None:
    if out.exists() and not out.is_dir():
        raise WriteError(f"{out}: not a folder")
    try:
        absolute_out, absolute_root = out.resolve(), root.resolve()
    except (OSError, RuntimeError):
        raise WriteError(f"{out}: cannot resolve the output folder (a link loop?)") from None
    if absolute_out == absolute_root or absolute_root in absolute_out.parents \
            or absolute_out in absolute_root.parents:
        raise WriteError(f"{out}: the output folder must not contain or be inside the plans "
                         f"folder {root}")


def _clean_stale_staging(out: Path) -> None:
    for item in out.glob(f"{STAGING_PREFIX}*"):
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item, ignore_errors=True)


def build(root: Path, out: Path, *, jobs: int | None = None, force: bool = False,
          limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
          env: Mapping[str, str] | None = None) -> BuildResult:
    """Build every report of the plans tree ``root`` into ``out`` (see the module notes)."""
    if not root.is_dir():
        raise InputError(f"{root}: no such plans folder")
    _check_out(out, root)
    source_date(os.environ if env is None else env)  # a malformed value stops the build early
    corpus = load_corpus(root, limits)
    if not corpus.plans and not corpus.files:
        raise InputError(f"{root}: no plan files (*.json) found in this folder")
    problems = _tree_problems(corpus, root)
    if problems:
        raise InputError(f"{root}: {len(problems)} problem(s) in the plans; run plandiff "
                         "validate and fix them first", tuple(problems))
    config = checked_config(root, corpus, display_path(root / CONFIG_NAME), limits)
    plan = make_plan(corpus, config, root, out, force=force, env=env)
    notify = progress or (lambda event: None)
    by_name = {job.name: job for job in plan.jobs}
    todo = [by_name[name] for name in plan.stale]
    stop = StopSignals()
    with stop.installed(), build_lock(out) as took_over:
        _clean_stale_staging(out)
        staging = out / f"{STAGING_PREFIX}{os.getpid()}"
        results: dict[str, tuple[tuple[str, str], ...]] = {}
        try:
            if todo:
                staging.mkdir(parents=True, exist_ok=True)
                results = _run(todo, plan, corpus, root, staging, limits, jobs, notify, stop)
            previous = read_manifest(out)
            manifest = _manifest(plan, results, previous)
            rendered = {o: sha for items in results.values() for o, sha in items}
            foreign = [] if force else _foreign(out, rendered, previous)
            if foreign:
                raise InputError(
                    f"{display_path(out / foreign[0])}: not written by plandiff (not in "
                    f"{MANIFEST}), and a report would replace it"
                    + (f" ({len(foreign) - 1} more such file(s))" if len(foreign) > 1 else "")
                    + "; nothing was written: move it away, or run with --force to replace "
                    "it")
            written: list[str] = []
            if rendered or plan.removed or plan.kept or manifest != previous:
                notify(BuildEvent("commit", total=len(rendered)))
                with stop.deferred():
                    written = _commit(out, staging, rendered, plan.removed, manifest)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            _WORKER.clear()
    return BuildResult(out=out, jobs=len(plan.jobs), built=tuple(j.name for j in todo),
                       written=tuple(written), removed=plan.removed, kept=plan.kept,
                       outputs=sum(len(j.outputs) for j in plan.jobs), took_over=took_over)


def _manifest(plan: BuildPlan, results: Mapping[str, tuple[tuple[str, str], ...]],
              previous: Mapping[str, Any]) -> dict[str, Any]:
    recorded: Mapping[str, Any] = previous.get("outputs", {})
    outputs: dict[str, Any] = {}
    for job in plan.jobs:
        done = dict(results.get(job.name, ()))
        for output in job.outputs:
            sha = done.get(output) or recorded.get(output, {}).get("sha256")
            outputs[output] = {
                "job": job.name, "key": plan.keys[job.name], "sha256": sha,
                "inputs": {path: plan.input_hashes[path] for path in job.inputs},
            }
    return {"format": MANIFEST_FORMAT, "generator": "plandiff", "plandiff": __version__,
            "code": code_digest(), "templates": template_digest(), "outputs": outputs}


def _run(todo: Sequence[Job], plan: BuildPlan, corpus: Corpus, root: Path, staging: Path,
         limits: Limits, jobs: int | None, notify: Progress, stop: StopSignals
         ) -> dict[str, tuple[tuple[str, str], ...]]:
    token = _sha256(json.dumps(sorted(plan.input_hashes.items())).encode("utf-8"))
    context = _Context(
        root=str(root.absolute()), token=token, staging=str(staging), limits=limits,
        jobs=plan.jobs)
    _WORKER.clear()
    _WORKER[(context.root, token)] = corpus
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    results: dict[str, tuple[tuple[str, str], ...]] = {}
    if workers == 1:
        notify(BuildEvent("start", total=len(todo)))
        for job in todo:
            name, written = _call(job, context)
            results[name] = written
            notify(BuildEvent("done", total=len(todo), job=name,
                              outputs=tuple(o for o, _ in written)))
        return results
    if any(j.kind is JobKind.PAIR and any(o.endswith(".pdf") for o in j.outputs) for j in todo):
        import plandiff.render.report.pdf  # noqa: F401 - load WeasyPrint once, before the fork
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    before = set(multiprocessing.active_children())
    # While the pool runs, a stop signal is only recorded, and the loop below acts on it. A
    # handler that raised could do so while this thread holds a lock of the pool's (a job
    # future's, inside ``wait``): its manager thread would then wait for that lock forever,
    # and the build would hang instead of stopping.
    with stop.deferred():
        pool = ProcessPoolExecutor(max_workers=workers, initializer=worker_init,
                                   initargs=(os.getpid(),),
                                   mp_context=multiprocessing.get_context(method))
        started: list[multiprocessing.process.BaseProcess] = []
        try:
            futures: dict[Future[tuple[str, tuple[tuple[str, str], ...]]], Job] = {
                pool.submit(_call, job, context): job for job in todo}
            started = [p for p in multiprocessing.active_children() if p not in before]
            notify(BuildEvent("start", total=len(todo)))
            pending = set(futures)
            while pending:
                done, pending = wait(pending, timeout=STOP_POLL, return_when=FIRST_COMPLETED)
                if stop.received is not None:
                    raise Interrupted(stop.received)
                for future in done:
                    error = future.exception()
                    if error is not None:
                        if stop.received is not None:  # a worker died of the same signal
                            raise Interrupted(stop.received)
                        raise error
                    name, written = future.result()
                    results[name] = written
                    notify(BuildEvent("done", total=len(todo), job=name,
                                      outputs=tuple(o for o, _ in written)))
        except BaseException:
            # A failed job, an interrupt: nothing more is worth waiting for.
            kill_workers(started or [p for p in multiprocessing.active_children()
                                     if p not in before])
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return results


def _call(job: Job, context: _Context) -> tuple[str, tuple[tuple[str, str], ...]]:
    try:
        return run_job(job, context)
    except PlandiffError as exc:
        raise RenderError(f"{job.name}: {exc.message}", exc.problems) from None
    except Exception as exc:  # a renderer bug: name the job, keep one line
        raise RenderError(f"{job.name}: {type(exc).__name__}: {exc}") from None
