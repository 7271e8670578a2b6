"""Progress on stderr for every long step (tqdm): extraction (articles done/total,
articles/s, ETA), graph building, each output, store loading. Off unless asked for or
stderr is a terminal; messages about skipped articles go through :meth:`Progress.note`
so that they do not tear a bar."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def enabled(flag: bool | None) -> bool:
    """``--progress/--no-progress``; by default, on when stderr is a terminal."""
    return sys.stderr.isatty() if flag is None else flag


class Progress:
    def __init__(self, show: bool = False) -> None:
        self.show = show

    def items(self, iterable: Iterable[T], desc: str, total: int | None = None, unit: str = "article") -> Iterator[T]:
        if not self.show:
            yield from iterable
            return
        from tqdm import tqdm

        with tqdm(iterable, desc=desc, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True) as bar:
            yield from bar

    def rows(self, desc: str) -> Callable[[int, int], None] | None:
        """A callback ``(done, total)`` for batched loads, or None when off."""
        if not self.show:
            return None
        from tqdm import tqdm

        bar = None

        def update(done: int, total: int) -> None:
            nonlocal bar
            if bar is None:
                bar = tqdm(desc=desc, total=total, unit="row", file=sys.stderr, dynamic_ncols=True)
            bar.update(done - bar.n)
            if done >= total:
                bar.close()

        return update

    @contextlib.contextmanager
    def step(self, desc: str) -> Iterator[None]:
        """A step without a count ("writing graph.ttl"): its name, then its time."""
        start = time.monotonic()
        if self.show:
            print(f"{desc} ...", end="", file=sys.stderr, flush=True)
        yield
        if self.show:
            print(f" {time.monotonic() - start:.1f} s", file=sys.stderr, flush=True)

    def note(self, line: str) -> None:
        if self.show:
            from tqdm import tqdm

            tqdm.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)


QUIET = Progress(False)
