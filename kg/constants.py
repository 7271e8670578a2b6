"""Defaults shared by the API, the CLI and the sinks (kept apart so that importing them is free)."""

DEFAULT_BATCH_SIZE = 1000  # rows per UNWIND $rows batch
DEFAULT_BASE = "https://kg.example.org/id/"  # base IRI of our resources
SKIPPED_STATUS = 3  # exit status when some articles were skipped and the rest processed
# kg export --format: rdflib serializer names
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig", "nq": "nquads"}
