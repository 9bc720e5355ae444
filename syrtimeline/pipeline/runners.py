"""Where batches run: in this process, in local worker processes, or on a Dask distributed cluster.

Every runner takes batches in input order and gives their results back in that same order, with at
most ``window`` batches in flight (so memory stays bounded however large the input).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from .._optional import require
from .work import BatchResult, Item, process_batch

__all__ = ["DaskRunner", "LocalRunner", "Runner", "make_runner"]

T = TypeVar("T")


class Runner:
    """In this process, one batch at a time (``--jobs 1``)."""

    description = "1 process"

    def __init__(self, knowledge_folder: str | None = None, fail_fast: bool = False,
                 named: bool = True) -> None:
        self.knowledge_folder = knowledge_folder
        self.fail_fast = fail_fast
        self.named = named
        self.window = 1

    def _submit(self, fn: Any, *args: Any) -> Any:
        return _Done(fn(*args))

    def _result(self, handle: Any) -> Any:
        return handle.result()

    #: Whether the workers see this machine's files (so a task can be given a path, not its bytes).
    shared_disk = True

    def map(self, batches: Iterable[Sequence[Item]]) -> Iterator[BatchResult]:
        """The result of each batch, in order."""
        return self.imap(process_batch, ((list(batch), self.knowledge_folder, self.fail_fast, self.named)
                                         for batch in batches))

    def imap(self, fn: Callable[..., T], calls: Iterable[tuple[Any, ...]]) -> Iterator[T]:
        """``fn(*args)`` for each tuple of *calls*, where this runner runs work; results in order,
        at most ``window`` calls in flight."""
        pending: deque[Any] = deque()
        for args in calls:
            pending.append(self._submit(fn, *args))
            while len(pending) >= self.window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def close(self) -> None:
        pass


class _Done:
    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


class LocalRunner(Runner):
    """Local worker processes (``--jobs N``), started fresh (spawn) so they share nothing."""

    def __init__(self, jobs: int, knowledge_folder: str | None = None, fail_fast: bool = False,
                 named: bool = True) -> None:
        super().__init__(knowledge_folder, fail_fast, named)
        self.description = f"{jobs} local processes"
        self.window = 4 * jobs
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))

    def _submit(self, fn: Any, *args: Any) -> Any:
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(Runner):
    """A Dask distributed cluster: ``tcp://host:8786``, or ``local`` for a LocalCluster on this machine.

    Batches go to the workers as tasks (at most two per worker thread in flight); their rows and
    reports come back in input order.
    """

    def __init__(self, address: str, jobs: int | None = None, knowledge_folder: str | None = None,
                 fail_fast: bool = False, named: bool = True) -> None:
        super().__init__(knowledge_folder, fail_fast, named)
        distributed = require("distributed", "--scheduler")
        self._cluster: Any = None
        if address == "local":
            # The scheduler's transition log (100,000 entries by default) keeps what each task was
            # sent with: a batch of articles per task, so the scheduler grew with the corpus (1.2 GB
            # at 500 MB). A scheduler we start keeps none; a remote one is configured by its owner.
            dask = require("dask", "--scheduler")
            with dask.config.set({"distributed.admin.low-level-log-length": 0}):
                self._cluster = distributed.LocalCluster(
                    n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR)
            self._client = distributed.Client(self._cluster)
        else:
            self._client = distributed.Client(address)
            self.shared_disk = False  # a remote cluster: tasks get bytes, not paths
        threads = sum(self._client.nthreads().values()) or 1
        self.description = f"Dask {address} ({threads} worker threads)"
        self.window = 2 * threads

    def _submit(self, fn: Any, *args: Any) -> Any:
        # arguments and result travel as one pickled blob each: Dask walks and frames nested
        # containers of its own accord, which cost 37 ms a task for a result of a megabyte of small
        # bytes objects (8 ms as one blob; a local process pool pays 3 ms either way)
        return self._client.submit(_packed, fn, pickle.dumps(args, pickle.HIGHEST_PROTOCOL), pure=False)

    def _result(self, handle: Any) -> Any:
        return pickle.loads(handle.result())

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _packed(fn: Callable[..., Any], args: bytes) -> bytes:
    """``fn(*args)`` with its arguments and result pickled (a Dask task)."""
    return pickle.dumps(fn(*pickle.loads(args)), pickle.HIGHEST_PROTOCOL)


def make_runner(jobs: int | None, scheduler: str | None, knowledge_folder: str | None = None,
                fail_fast: bool = False, named: bool = True) -> Runner:
    if scheduler:
        return DaskRunner(scheduler, jobs, knowledge_folder, fail_fast, named)
    n = jobs if jobs is not None else (os.cpu_count() or 1)
    if n <= 1:
        return Runner(knowledge_folder, fail_fast, named)
    return LocalRunner(n, knowledge_folder, fail_fast, named)
