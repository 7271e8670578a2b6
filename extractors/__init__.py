"""spaCy pipeline components that turn article text into mentions and triples.

Components are registered as factories in :mod:`kg.extractors.factories`.
"""
