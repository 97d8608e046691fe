"""The one place that mints IRIs. The same article and fact give the same IRI on every run,
under the base the user chose (Settings.base). Shared entities (people, organisations,
places, decrees, periods) are named by what they are, so every article that mentions them
reaches one IRI."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from kg.settings import DEFAULT_BASE

ONTOLOGY = "https://w3id.org/ekspor-kg/ontology#"
ENTITIES_GRAPH = "graph/entities"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def digest(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Iris:
    """IRIs under one base; a value object so that two bases can live in one process."""

    base: str = DEFAULT_BASE

    def __post_init__(self):
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def article(self, article_id: str) -> str:
        return f"{self.base}article/{article_id}"

    def fact(self, article_id: str, kind: str, *key) -> str:
        return f"{self.base}fact/{article_id}/{kind}-{digest(*key)}"

    @staticmethod
    def evidence(fact: str) -> str:
        return f"{fact}/evidence"

    def person(self, name: str, organization: str | None = None) -> str:
        """A person by full name; a one-word name (which many people share) only together
        with the body they speak for, so that two 'Budi's of two bodies stay two."""
        if organization and len(name.split()) == 1:
            return f"{self.base}person/{slug(organization)}/{slug(name)}"
        return f"{self.base}person/{slug(name)}"

    def organization(self, name: str) -> str:
        return f"{self.base}org/{slug(name)}"

    def place(self, name: str) -> str:
        return f"{self.base}place/{slug(name)}"

    def role(self, title: str) -> str:
        return f"{self.base}role/{slug(title)}"

    def membership(self, person: str, organization: str | None, role: str | None) -> str:
        return f"{self.base}membership/{digest(person, organization or '', role or '')}"

    def decree(self, decree_type: str, year: int, number: str) -> str:
        return f"{self.base}decree/{slug(decree_type)}/{year}/{slug(number).lstrip('0') or '0'}"

    def period(self, start, end) -> str:
        return f"{self.base}period/{start.isoformat()}_{end.isoformat()}"

    def instant(self, date) -> str:
        return f"{self.base}instant/{date.isoformat()}"

    def value_profile(self, group: str, value: str, measure: str, scope: str | None) -> str:
        """A value profile of a realisations' group (ekg:ValueProfile, decision 0069), by
        kg.rdf.keys.value_profile."""
        from kg.rdf import keys
        return keys.value_profile(self.base, group, value, measure, scope)

    def measure_profile(self, group: str, label: str, measure: str | None, scope: str | None) -> str:
        """A measure profile of figures (ekg:MeasureProfile, decision 0076), by
        kg.rdf.keys.measure_profile."""
        from kg.rdf import keys
        return keys.measure_profile(self.base, group, label, measure, scope)

    def source_profile(self, group: str, value: str, measure: str, scope: str | None, published: str | None,
                       official: bool) -> str:
        """A source profile of figures (ekg:SourceProfile, decision 0080), by
        kg.rdf.keys.source_profile."""
        from kg.rdf import keys
        return keys.source_profile(self.base, group, value, measure, scope, published, official)

    def entities_graph(self) -> str:
        """The named graph that holds the shared entities' descriptions."""
        return self.base + ENTITIES_GRAPH

    def dataset(self) -> str:
        return self.base + "dataset"

    def description_graph(self) -> str:
        """The named graph that holds the dataset description in TriG and N-Quads exports."""
        return self.base + "graph/dataset"


DEFAULT = Iris()
