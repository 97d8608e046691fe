"""Stable IRIs: the same article and fact give the same IRI on every run, under a base the
user can set (--base or KG_BASE). Shared entities (people, organisations, places, decrees,
periods) are named by what they are, so every article that mentions them reaches one IRI."""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata

DEFAULT_BASE = "https://w3id.org/ekspor-kg/"
ONTOLOGY = "https://w3id.org/ekspor-kg/ontology#"


def base() -> str:
    value = os.environ.get("KG_BASE", DEFAULT_BASE)
    return value if value.endswith(("/", "#")) else value + "/"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def digest(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


def article_iri(article_id: str) -> str:
    return f"{base()}article/{article_id}"


def fact_iri(article_id: str, kind: str, *key) -> str:
    return f"{base()}fact/{article_id}/{kind}-{digest(*key)}"


def evidence_iri(fact: str) -> str:
    return f"{fact}/evidence"


def person_iri(name: str) -> str:
    return f"{base()}person/{slug(name)}"


def organization_iri(name: str) -> str:
    return f"{base()}org/{slug(name)}"


def place_iri(name: str) -> str:
    return f"{base()}place/{slug(name)}"


def role_iri(title: str) -> str:
    return f"{base()}role/{slug(title)}"


def membership_iri(person: str, organization: str | None, role: str | None) -> str:
    return f"{base()}membership/{digest(person, organization or '', role or '')}"


def decree_iri(decree_type: str, year: int, number: str) -> str:
    return f"{base()}decree/{slug(decree_type)}/{year}/{slug(number)}"


def period_iri(start, end) -> str:
    return f"{base()}period/{start.isoformat()}_{end.isoformat()}"


def instant_iri(date) -> str:
    return f"{base()}instant/{date.isoformat()}"
