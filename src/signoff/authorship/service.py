"""Who wrote a post, and the disclosure signature staff posts carry when the account's policy asks."""

from __future__ import annotations

import string
from dataclasses import dataclass

import regex

from signoff.errors import InputError

#: Fields a disclosure format may use.
FORMAT_FIELDS = frozenset({"initials", "name"})
MAX_SIGNATURE_CHARS = 24
#: The longest signature a revision stores (its column's width): `{name}` of a long user name can pass it.
MAX_SIGNED_CHARS = 40


#: The widest initials a user row stores (its column's width), in code points.
MAX_INITIALS_CHARS = 8


def initials_for(name: str, full_name: str | None = None) -> str:
    """'Sam Lee' → 'SL'; a one-word name gives its first letter ('alex' → 'A'). Whole graphemes only,
    at most MAX_INITIALS_CHARS code points (an emoji family is seven)."""
    words = [w for w in regex.split(r"[\s._\-]+", (full_name or name).strip()) if w]
    letters = ""
    for w in words[:3]:
        first = regex.match(r"\X", w).group(0).upper()  # type: ignore[union-attr]
        if len(letters) + len(first) > MAX_INITIALS_CHARS:
            break
        letters += first
    return letters or name[:1].upper()


def validate_disclosure_format(fmt: str | None) -> str | None:
    """Check a format such as '^{initials}' or '-{name}'; None means no signature."""
    if fmt is None or fmt == "":
        return None
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    except ValueError as exc:
        raise InputError(f"disclosure format {fmt!r} is not valid: {exc}; use e.g. '^{{initials}}'") from exc
    unknown = fields - FORMAT_FIELDS
    if unknown:
        raise InputError(
            f"disclosure format {fmt!r} uses {sorted(unknown)}; it may use only {{initials}} or {{name}}"
        )
    if not fields:
        raise InputError(f"disclosure format {fmt!r} must name the author: include {{initials}} or {{name}}")
    if len(fmt) > MAX_SIGNATURE_CHARS:
        raise InputError(f"disclosure format is {len(fmt)} characters; keep it under {MAX_SIGNATURE_CHARS}")
    return fmt


@dataclass(frozen=True)
class Authorship:
    """The honest record of one post: who wrote it, and the signature it carries (if any)."""

    author: str
    author_initials: str
    is_owner: bool
    signature: str | None

    @property
    def disclosed(self) -> bool:
        return self.signature is not None


def authorship_for(
    *, author_name: str, author_initials: str, owner_name: str, disclosure_format: str | None
) -> Authorship:
    """The owner's own words carry no signature; anyone else's carry it when the account's policy has one."""
    is_owner = author_name == owner_name
    signature = None
    if not is_owner and disclosure_format:
        signature = disclosure_format.format(initials=author_initials, name=author_name)
        if len(signature) > MAX_SIGNED_CHARS:
            raise InputError(
                f"{author_name}'s disclosure signature {signature!r} would be {len(signature)} characters "
                f"(at most {MAX_SIGNED_CHARS}); use {{initials}} in the account's disclosure format"
            )
    return Authorship(
        author=author_name, author_initials=author_initials, is_owner=is_owner, signature=signature
    )
