"""The build's ingest-and-align stage on a Ray cluster (``build --executor ray``).

The same function as the local pool (:func:`bilingual.pipeline._prepare_one`)
runs in Ray actors, one per CPU the cluster offers (at most one per article):
each actor loads the encoder and the dictionaries once and keeps them, and
encodes on one thread, as a local worker does. The actors read the articles
from the workspace path, so every node must see the workspace at the same
path (shared storage); what they prepare comes back through Ray's object
store, and this process writes every catalog, under the workspace lock, as a
local build does. Scheduling and retries are Ray's.

Ray is an optional extra: ``pip install 'bilingual[cluster]'``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bilingual.errors import UsageError

if TYPE_CHECKING:
    from bilingual.model import Catalog
    from bilingual.pipeline import IngestReport


def prepare_on_ray(
    work: list[tuple[Path, str]],
    address: str | None,
) -> Iterator[tuple[Catalog, IngestReport]]:
    """What ``_prepare_one`` gives for each of ``work``, in order, computed on Ray."""
    try:
        import ray
        from ray.util import ActorPool
    except ImportError:
        raise UsageError("--executor ray needs Ray: pip install 'bilingual[cluster]'") from None
    started = not ray.is_initialized()
    if started:
        ray.init(
            address=address,
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
        )
    try:
        preparer = ray.remote(num_cpus=1)(_Preparer)
        cpus = int(ray.available_resources().get("CPU", 1)) or 1
        actors = [preparer.remote() for _ in range(max(1, min(cpus, len(work))))]
        pool = ActorPool(actors)
        yield from pool.map(lambda actor, job: actor.prepare.remote(job), work)
    finally:
        if started:
            ray.shutdown()


class _Preparer:
    """A Ray actor that keeps the encoder and dictionaries between articles."""

    def __init__(self) -> None:
        from bilingual.align.embed import one_thread

        one_thread()

    def prepare(self, job: tuple[Path, str]) -> tuple[Catalog, IngestReport]:
        from bilingual.pipeline import _prepare_one

        return _prepare_one(job)
