"""The in-memory shape of a plan version (pydantic v2, frozen).

The JSON Schema in ``schemas/plan-version.schema.json`` is the published contract; these
models mirror it, and ``tests/plans/test_schema_models.py`` proves that both accept and reject the
same files.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable, Iterator
from enum import Enum, StrEnum
from functools import cache, partial
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from plandiff.errors import Problem
from plandiff.plans.jsonsource import JsonPath, format_path

SLUG = r"^[a-z0-9][a-z0-9._-]{0,127}$"
POINT_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
TOPIC_ID = r"^[a-z0-9][a-z0-9-]{0,63}$"
POINT_REF = (
    r"^[a-z0-9][a-z0-9._-]{0,127}@[a-z0-9][a-z0-9._-]{0,127}#[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
)
LANGUAGE = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
UNDATED = dt.date(1970, 1, 1)
"""The date of a draft read in memory (``plandiff diff leak.docx draft.pdf``) that nobody
dated: reports say "date not given" and the Word redline dates none of its changes."""


def stated_date(date: dt.date) -> str:
    """``date`` as reports write it (``2025-11-20``); ``""`` for :data:`UNDATED`."""
    return "" if date == UNDATED else date.isoformat()


class DatedBy(StrEnum):
    """Where the date of a draft read in memory came from, most trusted first (the order
    :mod:`plandiff.plans.intake.dating` picks in). Reports show it after the date."""

    FILE_NAME = "file-name"
    """The date the user put in the file's name (``2025-11-20-leak.docx``)."""
    PUBLISHED = "published"
    """The page's publication date (``article:published_time``, JSON-LD
    ``datePublished``, ``<meta name="date">``, a ``<time>`` in the article's header)."""
    UPDATED = "updated"
    """The page's update date (``article:modified_time``, JSON-LD ``dateModified``)."""
    DATE_LINE = "date-line"
    """A date line near the top of the text ("20 November 2025", 「2025年11月20日」)."""
    WORD_SAVED = "word-saved"
    """The Word file's last save (``dcterms:modified``)."""
    WORD_CREATED = "word-created"
    """The Word file's creation (``dcterms:created``)."""
    DOCUMENT_SAVED = "document-saved"
    """The last save of the document a page was exported from (Word's ``<o:LastSaved>``,
    LibreOffice's ``<meta name="changed">``)."""
    DOCUMENT_CREATED = "document-created"
    """The creation of the document a page was exported from (``<o:Created>``,
    ``<meta name="created">``)."""
    PDF_CREATED = "pdf-created"
    """The PDF's creation (Info ``CreationDate``, else XMP ``xmp:CreateDate``)."""
    PDF_MODIFIED = "pdf-modified"
    """The PDF's last change (Info ``ModDate``, else XMP ``xmp:ModifyDate``)."""
    ARCHIVED = "archived"
    """The day a single-file page (MHTML) was saved (its ``Date:`` header)."""


LINE = r"^[^\u0000-\u001f\u007f]*$"
TEXT = r"^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$"


def _require_str(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("must be a string in YYYY-MM-DD form")
    return value


def _no_double_dot(value: str) -> str:
    if ".." in value:
        raise ValueError("must not contain '..'")
    return value


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    if len(set(values)) != len(values):
        raise ValueError("items must be unique")
    return values


IsoDate = Annotated[dt.date, BeforeValidator(_require_str), Field(strict=False)]
Slug = Annotated[str, Field(pattern=SLUG), AfterValidator(_no_double_dot)]
PointId = Annotated[str, Field(pattern=POINT_ID), AfterValidator(_no_double_dot)]
Line = Annotated[str, Field(min_length=1, max_length=1000, pattern=LINE)]
Text = Annotated[str, Field(pattern=TEXT)]
TopicId = Annotated[str, Field(pattern=TOPIC_ID)]
PointRef = Annotated[str, Field(pattern=POINT_REF)]
SOURCE_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
UniqueTuple = AfterValidator(_unique)


class Status(StrEnum):
    """Standing of a version's text."""

    OFFICIAL = "official"
    DRAFT = "draft"
    LEAKED_DRAFT = "leaked-draft"
    PROPOSAL = "proposal"
    COUNTER_PROPOSAL = "counter-proposal"
    REPORTED = "reported"
    AGREED = "agreed"
    SIGNED = "signed"


class TextKind(StrEnum):
    """What the text in a file is."""

    OFFICIAL = "official"
    TRANSLATION = "translation"
    PARAPHRASE = "paraphrase"
    SUMMARY = "summary"


class PointStatus(StrEnum):
    """Standing of one point within a version."""

    AGREED = "agreed"
    DISPUTED = "disputed"
    PROPOSED = "proposed"
    UNCONFIRMED = "unconfirmed"


class Reliability(StrEnum):
    """How far a source can be trusted."""

    MAINSTREAM = "mainstream"
    STATE_MEDIA = "state-media"
    LOW = "low"


class _Frozen(BaseModel):
    """Frozen, strict models; unknown keys are allowed only with an ``x-`` prefix."""

    # defer_build: pydantic makes a model's validator when it first validates, not when the
    # class is made (a sixth of a second of start-up); plan files already checked by the
    # schema are built by construct_plan, which needs no validator.
    model_config = ConfigDict(frozen=True, extra="allow", strict=True, populate_by_name=True,
                              defer_build=True)

    @model_validator(mode="after")
    def _only_x_extensions(self) -> _Frozen:
        extra = self.model_extra or {}
        unknown = sorted(k for k in extra if not k.startswith("x-"))
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(unknown)}")
        return self




class Source(_Frozen):
    """Where the text of a version comes from."""

    id: str | None = Field(default=None, pattern=SOURCE_ID)
    """Short label (``S56``), unique within the version; notes cite sources by it."""
    title: Line
    publisher: Line
    url: str = Field(max_length=2000, pattern=r"^https?://\S+$")
    date: IsoDate | None = None
    reliability: Reliability | None = Field(default=None, strict=False)
    notes: Text | None = None


class DivergenceKind(StrEnum):
    """Kinds of translation divergence a version can record as intended."""

    MISSING = "missing"
    EXTRA = "extra"
    NUMBER = "number"
    DATE = "date"
    NEGATION = "negation"
    PARTY = "party"


class Divergence(_Frozen):
    """An intended divergence of a translation from its original (check-translation honours
    it)."""

    point: PointId
    kind: DivergenceKind = Field(strict=False)
    value: Line | None = None
    reason: Line


class Point(_Frozen):
    """One numbered clause, possibly with sub-points."""

    id: PointId
    number: str = Field(min_length=1, max_length=32, pattern=LINE)
    title: Line | None = None
    text: Text
    topics: Annotated[tuple[TopicId, ...], UniqueTuple] = Field(default=(), strict=False)
    derived_from: Annotated[tuple[PointRef, ...], UniqueTuple] = Field(default=(), strict=False)
    status: PointStatus | None = Field(default=None, strict=False)
    notes: Text | None = None
    points: tuple[Point, ...] = Field(default=(), strict=False)

    def walk(self) -> Iterator[Point]:
        """This point and all its sub-points, depth first, in document order."""
        return _walk((self,))


def _walk(points: tuple[Point, ...]) -> Iterator[Point]:
    """``points`` and all their sub-points, depth first, in document order (one loop over a
    stack, not a chain of nested generators: a deep tree costs no more per point)."""
    stack = list(reversed(points))
    pop, push = stack.pop, stack.extend
    while stack:
        point = pop()
        yield point
        if point.points:
            push(reversed(point.points))


class AlignmentReview(_Frozen):
    """Corrections a reviewer made to the proposed mapping when the version was added
    (``plandiff add --unlink/--new``), so a later comparison gives the same result. Links a
    reviewer made are the points' ``derived_from``."""

    against: Slug
    """The version (same document) the mapping was reviewed against."""
    unlinked: Annotated[tuple[PointRef, ...], UniqueTuple] = Field(default=(), strict=False)
    """Points of that version that have no successor here (never paired by inference)."""
    new: Annotated[tuple[PointId, ...], UniqueTuple] = Field(default=(), strict=False)
    """Points of this version that have no predecessor there (never paired by inference)."""


class PlanVersion(_Frozen):
    """One dated version of a document."""

    schema_ref: str | None = Field(default=None, alias="$schema")
    document: Slug
    version: Slug
    title: Line
    date: IsoDate
    status: Status = Field(strict=False)
    text_kind: TextKind = Field(strict=False)
    language: str = Field(pattern=LANGUAGE)
    translation_of: Slug | None = None
    supersedes: Slug | None = None
    parties: Annotated[tuple[Line, ...], UniqueTuple] = Field(default=(), strict=False)
    sources: tuple[Source, ...] = Field(min_length=1, strict=False)
    notes: Text | None = None
    not_reported: Annotated[tuple[PointRef, ...], UniqueTuple] = Field(default=(), strict=False)
    """Points of earlier versions this version's sources do not cover (a partial version):
    a comparison marks them "not reported" instead of "removed"."""
    alignment: AlignmentReview | None = None
    """The reviewer's corrections to the proposed point mapping, if any."""
    translation_divergences: tuple[Divergence, ...] = Field(default=(), strict=False)
    """Divergences from the original this translation makes on purpose."""
    points: tuple[Point, ...] = Field(strict=False)

    @property
    def ref(self) -> str:
        """``DOCUMENT@VERSION``."""
        return f"{self.document}@{self.version}"

    def walk(self) -> Iterator[Point]:
        """Every point at every level, depth first, in document order."""
        return _walk(self.points)

    def point_index(self) -> dict[str, Point]:
        """Point id → point, for every level (ids are unique within a valid version)."""
        return {p.id: p for p in self.walk()}


class DatedDraft(PlanVersion):
    """A draft read in memory (``plandiff diff leak.docx draft.pdf``) with where its date
    came from; the field is never written (no plan file holds it, the schema has none)."""

    dated_by: DatedBy | None = Field(default=None, exclude=True)


def date_basis(plan: PlanVersion) -> DatedBy | None:
    """Where ``plan``'s date came from when it is a draft read in memory, else None (a plan
    file states its date)."""
    return plan.dated_by if isinstance(plan, DatedDraft) else None


# --- construction of data the schema has accepted ---------------------------------------


class _Decline(Exception):
    """Data the construction path does not mirror: validate it instead."""


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise _Decline
    try:
        return dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        raise _Decline from None


def _as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Decline
    return value


def _converter(annotation: Any) -> Callable[[Any], Any]:
    """How a JSON value becomes the value validation would give a field of this type
    (``TypeError`` for a type this path does not know: then nothing is constructed)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _converter(args[0])
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1 or len(args) != 2:
            raise TypeError(f"no construction for {annotation!r}")
        convert = _converter(inner[0])
        return lambda value: None if value is None else convert(value)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _converter(args[0])

        def as_tuple(value: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _Decline
            return tuple(map(item, value)) if value else ()  # (the one empty tuple)
        return as_tuple
    if annotation is str:
        return _as_str
    if annotation is dt.date:
        return _as_date
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        enum: type[Enum] = annotation

        def as_member(value: Any) -> Enum:
            if not isinstance(value, str):
                raise _Decline
            try:
                return enum(value)
            except ValueError:
                raise _Decline from None
        return as_member
    if isinstance(annotation, type) and issubclass(annotation, _Frozen):
        return partial(_construct, annotation)  # (a C call, not a Python one, per item)
    raise TypeError(f"no construction for {annotation!r}")


_NO_DEFAULT = object()


@cache
def _recipe(model: type[_Frozen]) -> tuple[tuple[tuple[str, str, Any, Callable[[Any], Any]],
                                                   ...], frozenset[str]]:
    """Per field, in the model's order: (JSON key, field name, default or ``_NO_DEFAULT``,
    converter); and every key a field answers to."""
    if model.__pydantic_post_init__ or model.__private_attributes__:
        raise TypeError(f"{model.__name__} needs more than its fields set")
    fields = []
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            raise TypeError(f"{model.__name__}.{name} has a default factory")
        default = _NO_DEFAULT if info.is_required() else info.get_default()
        fields.append((info.alias or name, name, default, _converter(info.annotation)))
    return tuple(fields), frozenset(k for key, name, _, _ in fields for k in (key, name))


_set = object.__setattr__


@cache
def _by_key(model: type[_Frozen]) -> tuple[dict[str, Any], dict[str, Callable[[Any], Any] | None],
                                           frozenset[str]] | None:
    """For a model whose every field answers to its own name only (no alias): every field
    with its default (``_NO_DEFAULT`` when required), in the fields' order, each field's
    converter (None for a plain string, checked inline) and the required fields' names;
    None for a model with an alias."""
    fields, _ = _recipe(model)
    if any(key != name for key, name, _, _ in fields):
        return None
    return ({name: default for _, name, default, _ in fields},
            {name: None if convert is _as_str else convert for _, name, _, convert in fields},
            frozenset(name for _, name, default, _ in fields if default is _NO_DEFAULT))


def _construct(model: type[_Frozen], data: Any) -> Any:
    """What ``model.model_construct`` makes of the converted fields of ``data`` (the same
    four attributes, without its per-call alias and default look-ups)."""
    if type(data) is not dict:
        raise _Decline
    by_key = _by_key(model)
    if by_key is not None:  # the common case: only the keys present are visited
        template, converters, required = by_key
        values = template.copy()
        for key, value in data.items():
            if key not in converters:
                break  # an extension key (x-...): the general path judges it
            convert = converters[key]
            if convert is None:
                if type(value) is not str:
                    raise _Decline
                values[key] = value
            else:
                values[key] = convert(value)
        else:
            if not required <= data.keys():
                raise _Decline  # a required field is missing (still _NO_DEFAULT in values)
            return _made(model, values, set(data), {})
    return _construct_any(model, data)


def _construct_any(model: type[_Frozen], data: dict[str, Any]) -> Any:
    """:func:`_construct` for any model and keys (aliases, extension keys)."""
    fields, known = _recipe(model)
    values: dict[str, Any] = {}
    given: set[str] = set()
    for key, name, default, convert in fields:
        value = data.get(key, _NO_DEFAULT)  # one look-up (JSON holds no such object)
        if value is not _NO_DEFAULT:
            if name != key and name in data:
                raise _Decline  # both spellings of one field: let validation judge
            values[name] = convert(value)
            given.add(name)
        elif name != key and name in data:
            raise _Decline  # a field under its Python name: let validation judge
        elif default is _NO_DEFAULT:
            raise _Decline
        else:
            values[name] = default
    # Every key of data named a field (each names one, and none twice): no extra keys.
    extra = {} if len(given) == len(data) else {k: v for k, v in data.items()
                                                if k not in known}
    if extra and any(not k.startswith("x-") for k in extra):
        raise _Decline
    return _made(model, values, given | extra.keys() if extra else given, extra)


def _made(model: type[_Frozen], values: dict[str, Any], fields_set: set[str],
          extra: dict[str, Any]) -> Any:
    """The instance ``model.model_construct`` would make of these attributes."""
    made = model.__new__(model)
    _set(made, "__dict__", values)
    _set(made, "__pydantic_fields_set__", fields_set)
    _set(made, "__pydantic_extra__", extra)
    _set(made, "__pydantic_private__", None)
    return made


def construct_plan(data: Any) -> PlanVersion | None:
    """The :class:`PlanVersion` that ``PlanVersion.model_validate(data)`` gives, built without
    pydantic's validation, for ``data`` the plan schema has accepted; ``None`` when ``data``
    holds something this path does not mirror (then validate it).

    Only for data the schema has accepted: every rule the model checks (patterns, lengths,
    unique items, ``..`` in ids, ``x-`` extensions) is also in the schema (the tests prove
    that both accept and reject the same files), so validating again would only repeat the
    schema's verdict. What validation would convert is converted the same way here (dates,
    enumerations, lists to tuples, nested models); tests/plans/test_construct.py checks that
    the result equals ``model_validate``'s on every plan file, fixture and synthetic plan."""
    try:
        plan = _construct(PlanVersion, data)
    except (_Decline, TypeError):  # TypeError: a field type this path does not know
        return None
    assert isinstance(plan, PlanVersion)
    return plan


def validation_problems(error: ValidationError, file: str, rule: str, *,
                        line_of: Callable[[JsonPath], int | None] | None = None,
                        column_of: Callable[[JsonPath], int | None] | None = None,
                        note: str = "") -> tuple[Problem, ...]:
    """What pydantic refused, one :class:`Problem` per error, at its JSON path in ``file``
    (with its line when ``line_of`` can tell), the message followed by ``note``."""
    problems = []
    for item in error.errors():
        where: JsonPath = tuple(item["loc"])
        problems.append(Problem(file=file, path=format_path(where), message=item["msg"] + note,
                                line=line_of(where) if line_of is not None else None,
                                column=column_of(where) if column_of is not None else None,
                                rule=rule))
    return tuple(problems)
