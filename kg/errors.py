"""One exception hierarchy for kg.

Every error the user can cause or fix is a :class:`KgError` carrying a one-line
``message`` (what is wrong) and a ``hint`` (what to do). The CLI prints both on
one line and exits non-zero; it never shows a traceback for these.
"""

from __future__ import annotations


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that every ``finally`` runs (servers stop,
    staging folders go); a BaseException, so no per-article isolation swallows it."""


TERMINATED: list[int] = []  # the SIGTERMs received (noted by kg.cli's handler)


def check_terminated() -> None:
    """Raise :class:`Terminated` if a SIGTERM came whose exception Python dropped (one raised
    while a finalizer ran): long loops call this between steps, so such a signal still stops
    them at the next step instead of after the whole load."""
    if TERMINATED:
        raise Terminated()


class KgError(Exception):
    """Base class: a problem the user can fix."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        text = " ".join(self.message.split())
        return f"{text} (hint: {self.hint})" if self.hint else text


class InputError(KgError):
    """An input path or article cannot be read or is not usable."""


class ExtractionError(KgError):
    """The extraction pipeline could not be built or run."""


class StoreError(KgError):
    """A graph store (Neo4j, FalkorDB) is unreachable, rejects us, or fails."""


class QueryError(KgError):
    """A Cypher or SPARQL query is invalid or failed."""


class OutputError(KgError):
    """An output file or directory cannot be written or read back."""
