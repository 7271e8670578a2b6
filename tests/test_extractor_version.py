"""The extractor's version names its output: provenance says which version stated a fact,
so a change to the extractor's code, word lists or model must come with a new version (or
be recorded as output-neutral under the same one)."""

from kg.extractors.indonesian import fingerprint
from kg.extractors.indonesian.extractor import VERSION, IndonesianExtractor


def test_the_extractor_fingerprint_is_recorded_for_its_version():
    rows = fingerprint.recorded()
    assert max(rows) == VERSION, "FINGERPRINT has a newer version than extractor.py"
    assert rows[VERSION] == fingerprint.compute(), (
        "the Indonesian extractor changed: bump VERSION in extractor.py if its output changes, then "
        "`python -m kg.extractors.indonesian.fingerprint --write`"
    )


def test_no_two_versions_share_a_fingerprint():
    rows = fingerprint.recorded()
    assert len(set(rows.values())) == len(rows)


def test_the_version_is_in_every_fact_provenance():
    name = IndonesianExtractor.name
    assert name.endswith(f".v{VERSION}")
