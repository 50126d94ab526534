"""Where partitions run: local processes, a new LocalCluster, or an existing Dask cluster.

Every engine runs the same function on the same partitions and hands the results back in
partition order, a bounded number at a time, so the driver streams them to disk and never
holds the archive (or all proposals) in memory.

- :class:`LocalEngine` (the default): Dask's local ``processes`` scheduler on a pool of one
  process per core.
- :class:`ClusterEngine`: ``dask.distributed``; either a new ``LocalCluster`` of N worker
  processes (one thread each) or an existing cluster at ``tcp://HOST:PORT``.

Example:
    >>> from tracker.scan.engines import LocalEngine
    >>> with LocalEngine(workers=1, in_process=True) as engine:
    ...     list(engine.map_ordered(abs, [-1, -2], ()))
    [1, 2]
"""

from __future__ import annotations

import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def default_workers() -> int:
    """One worker per core this process may use.

    Example:
        >>> default_workers() >= 1
        True
    """
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalEngine:
    """Dask's local scheduler on ``workers`` processes (or this process, for tests)."""

    name = "local"

    def __init__(self, workers: int | None = None, *, in_process: bool = False) -> None:
        self.workers = workers or default_workers()
        self.in_process = in_process
        self._pool: Any = None

    def __enter__(self) -> LocalEngine:
        if not self.in_process:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map_ordered(
        self, func: Callable[..., Any], items: Iterable[Any], args: tuple[Any, ...]
    ) -> Iterator[Any]:
        """``func(item, *args)`` for every item, in order, computed a window at a time."""
        import dask

        window = 4 * self.workers
        batch: list[Any] = []
        for item in items:
            batch.append(item)
            if len(batch) == window:
                yield from self._compute(dask, func, batch, args)
                batch = []
        if batch:
            yield from self._compute(dask, func, batch, args)

    def _compute(
        self, dask: Any, func: Callable[..., Any], batch: list[Any], args: tuple[Any, ...]
    ) -> list[Any]:
        tasks = [dask.delayed(func, pure=False)(item, *args) for item in batch]
        if self.in_process:
            return list(dask.compute(*tasks, scheduler="synchronous"))
        # chunksize 1: one partition a dispatch (dask batches 6 by default, which would give
        # one process most of a window)
        return list(dask.compute(*tasks, scheduler="processes", pool=self._pool, chunksize=1))


class ClusterEngine:
    """dask.distributed: a new LocalCluster of ``workers`` processes, or ``scheduler``'s."""

    def __init__(self, workers: int | None = None, scheduler: str | None = None) -> None:
        if scheduler is None and not workers:
            workers = default_workers()
        self.workers = workers
        self.scheduler = scheduler
        self.name = "scheduler" if scheduler else "local-cluster"
        self._cluster: Any = None
        self._client: Any = None

    def __enter__(self) -> ClusterEngine:
        from distributed import Client, LocalCluster

        if self.scheduler:
            self._client = Client(self.scheduler, timeout="30s")
        else:
            self._cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            )
            self._client = Client(self._cluster)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def threads(self) -> int:
        """How many tasks the cluster runs at once (its workers' threads)."""
        info = self._client.scheduler_info() if self._client is not None else {}
        total = sum(w.get("nthreads", 1) for w in info.get("workers", {}).values())
        return total or 1

    def map_ordered(
        self, func: Callable[..., Any], items: Iterable[Any], args: tuple[Any, ...]
    ) -> Iterator[Any]:
        """``func(item, *args)`` for every item, in order, with a bounded number in flight."""
        client = self._client
        shared = [client.scatter(a, broadcast=True) for a in args]
        in_flight = 2 * self.threads() + 2
        run = uuid.uuid4().hex[:12]  # keys of this run only, should others share the cluster
        pending: deque[Any] = deque()
        for n, item in enumerate(items):
            pending.append(client.submit(func, item, *shared, key=f"scan-{run}-{n}", pure=False))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def make_engine(
    workers: int | None = None, scheduler: str | None = None
) -> LocalEngine | ClusterEngine:
    """The engine the command line asks for: ``--scheduler`` beats ``--workers`` beats local.

    Example:
        >>> make_engine().name, make_engine(workers=2).name, make_engine(scheduler="tcp://h:1").name
        ('local', 'local-cluster', 'scheduler')
    """
    if scheduler:
        return ClusterEngine(scheduler=scheduler)
    if workers:
        return ClusterEngine(workers=workers)
    return LocalEngine()
