"""The Indonesian extractor (language ``"id"``): rules and trained models over spaCy.

:func:`create_extractor` is the ``kg_extractors`` entry point.
"""

from __future__ import annotations


def create_extractor():
    from kg.extractors.indonesian.extractor import IndonesianExtractor

    return IndonesianExtractor()
