"""The walker's tuning: what one ``concurrency`` number sets, and the hot path's thresholds.

Defaults are measured (``benchmarks/README.md``); tests and benchmarks pass other values through
:class:`~itwin_mesh_async.tiles.TileWalker` (``tuning=``, ``connections=``, ...) rather than
patching module constants.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ..errors import InvalidArgumentError
from .autotune import AUTO_CEILING, AUTO_INITIAL
from .fdlimit import max_transfers

__all__ = ["DEFAULT_TUNING", "GIVE_UP_AFTER_MIN", "Concurrency", "Tuning"]

_KiB = 1024

# The circuit breaker's floor: this many files in a row that used up their retries on
# transient failures (no answer in between) mean the host is down, not flaky; 2 x concurrency
# above that, so one round of workers that all failed together is not enough on its own.
GIVE_UP_AFTER_MIN = 16


@attrs.frozen
class Tuning:
    """Thresholds of the per-file hot path; each default is what the benchmarks chose.

    - ``frontier_budget``: references the frontier aims to hold at most (~200 bytes each). A
      file that may hold many (an external tileset, a subtree) is opened only while the pending
      references plus what the files being opened are expected to add stay under it.
    - ``inline_limit``: bodies up to this size are read whole (one buffer, no thread hop);
      larger ones are streamed to a temporary file, so memory stays bounded.
    - ``parse_in_thread``: parsing a body larger than this runs in a thread, so the event loop
      keeps serving the other workers (a GLB whose JSON chunk is smaller is parsed inline).
    - ``slow_write``: seconds above which a whole-body write counts as slow. Writes go to the
      write threads only while most are slow (a disk, fsync): on tmpfs a write (~16 us) is
      cheaper than the hop to a thread (~25 us).
    - ``progress_interval``: seconds between two progress callbacks.
    - ``min_rate``: bytes a second below which an attempt is too slow. An attempt whose body
      takes longer than the stall timeout (``sock_read``) plus its size at this rate fails
      and is retried, so a server dripping a byte now and then cannot hold a file forever.
    - ``warn_after``: seconds without any answer from the container host (while transfers
      wait) after which a warning is logged, long before the breaker gives up.
    """

    frontier_budget: int = attrs.field(default=8192, validator=attrs.validators.ge(1))
    inline_limit: int = attrs.field(default=1024 * _KiB, validator=attrs.validators.ge(0))
    parse_in_thread: int = attrs.field(default=512 * _KiB, validator=attrs.validators.ge(0))
    slow_write: float = 40e-6
    progress_interval: float = attrs.field(default=0.1, validator=attrs.validators.gt(0))
    min_rate: float = attrs.field(default=16 * _KiB, validator=attrs.validators.gt(0))
    warn_after: float = attrs.field(default=30.0, validator=attrs.validators.gt(0))


DEFAULT_TUNING = Tuning()


@attrs.frozen
class Concurrency:
    """The four things one ``concurrency`` number sets, each with its own name.

    - ``transfers``: files fetched at once (the walk's workers); with ``concurrency="auto"``
      where it starts (:data:`~.autotune.AUTO_INITIAL`), and ``ceiling`` the most it may
      reach (the open-files limit allowing); a number fixes both;
    - ``connections``: the connection pool of a session the walker opens (a borrowed session
      keeps its own);
    - ``give_up_after``: the circuit breaker's threshold (files in a row that used up their
      retries with no answer in between), None when off;
    - ``stream_window``: tiles a stream holds ahead of its consumer.
    """

    transfers: int
    connections: int
    give_up_after: int | None
    stream_window: int
    auto: bool = False
    ceiling: int = 0  # auto: the most transfers in flight; fixed: transfers

    @classmethod
    def derive(
        cls,
        concurrency: int | Literal["auto"],
        *,
        connections: int | None = None,
        give_up_after: int | Literal["auto"] | None = "auto",
        stream_window: int | None = None,
    ) -> Concurrency:
        """The one place where the defaults follow from ``concurrency``."""
        auto = concurrency == "auto"
        if auto:
            concurrency, ceiling = AUTO_INITIAL, max_transfers(AUTO_CEILING)
        else:
            _check_count("concurrency", concurrency)
            assert isinstance(concurrency, int)
            ceiling = concurrency
        if connections is not None:
            _check_count("connections", connections)
        if stream_window is not None:
            _check_count("stream_window", stream_window)
        if give_up_after == "auto":
            give_up_after = max(GIVE_UP_AFTER_MIN, 2 * concurrency)
        elif give_up_after is not None and (
            isinstance(give_up_after, bool)
            or not isinstance(give_up_after, int)
            or give_up_after < 1
        ):
            raise InvalidArgumentError(
                f"give_up_after must be a positive integer, 'auto' or None, got {give_up_after!r}"
            )
        return cls(
            transfers=min(concurrency, ceiling),
            connections=ceiling if connections is None else connections,
            give_up_after=give_up_after,
            stream_window=max(2, concurrency) if stream_window is None else stream_window,
            auto=auto,
            ceiling=ceiling,
        )


def _check_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        if name == "concurrency":
            raise InvalidArgumentError(f"concurrency must be at least 1 (or 'auto'), got {value!r}")
        raise InvalidArgumentError(f"{name} must be at least 1, got {value!r}")
