"""The web shell: a SPARQL 1.1 endpoint, the templates as an API, a page for every IRI and a
UI, over kg.api.KG (see kg.web.app.create_app and `kg serve`)."""
from kg.web.app import create_app

__all__ = ["create_app"]
