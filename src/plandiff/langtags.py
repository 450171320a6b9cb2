"""Language tags between the forms plandiff and Akoma Ntoso write them: the one adapter of
``langcodes`` (the IANA language subtag registry's data, kept current by its maintainers,
instead of a hand-written table of codes).

A plan's ``language`` is a BCP 47 tag whose primary subtag is the two-letter ISO 639-1 code
where one exists (``en``, ``ja``, ``uk``); Akoma Ntoso names languages by their ISO 639-2
three-letter codes (``eng``, ``jpn``, ``ukr``) in ``FRBRlanguage`` and in FRBR URIs.
"""

from __future__ import annotations

__all__ = ["alpha3", "bcp47"]


def bcp47(code: str) -> str:
    """A language code as a BCP 47 tag with the shortest primary subtag: ``eng`` → ``en``,
    ``fre``/``fra-CA`` → ``fr``/``fr-CA``, ``ger`` → ``de``; a code the registry does not know
    (or that is not a well-formed tag) is returned as given, stripped."""
    import langcodes

    given = code.strip()
    try:
        return str(langcodes.standardize_tag(given))
    except (ValueError, LookupError):
        return given


def alpha3(tag: str) -> str | None:
    """The ISO 639-2 three-letter code of a tag's language (``en-GB`` → ``eng``, ``ja`` →
    ``jpn``); None when the tag names no language that has one."""
    import langcodes

    try:
        code = langcodes.Language.get(tag.strip()).to_alpha3()
    except (ValueError, LookupError):
        return None
    return code if len(code) == 3 and code.isascii() and code.isalpha() else None
