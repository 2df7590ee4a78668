"""resolve.cli.engine: the -j process pool, its batches and when it is used."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path
from typing import Any

import pytest

import resolve.cli.engine as engine
from resolve.cli.engine import Task, run_tasks
from resolve.config import Config

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.mark.parametrize("workers", [2, 3, 8])
@pytest.mark.parametrize(
    "sizes",
    [
        [],
        [7],
        [5, 5],
        list(range(200)),
        [10**6] + [100] * 50,
        [7000 + (i * 37) % 5000 for i in range(200)],
    ],
    ids=["none", "one", "two", "ramp", "one-big", "varied"],
)
def test_batches_cover_every_task_once_largest_first(sizes: list[int], workers: int) -> None:
    batches = engine._batches(sizes, workers)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(len(sizes)))
    assert [sizes[i] for i in flat] == sorted(sizes, reverse=True)
    assert all(batches)
    weights = [sum(sizes[i] + engine._TASK_OVERHEAD_BYTES for i in b) for b in batches]
    if len(sizes) >= 200:
        # few round trips, and the last batches are small, so workers finish together
        assert workers < len(batches) <= workers * 16
        assert weights[-1] <= sum(weights) / workers / 4


class _SpyPool(concurrent.futures.ProcessPoolExecutor):
    made = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        type(self).made += 1
        super().__init__(*args, **kwargs)


def _tasks(paths: list[Path]) -> list[Task]:
    return [Task(p.name, str(p), Config()) for p in paths]


def test_small_input_stays_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_SpyPool, "made", 0)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _SpyPool)
    tasks = _tasks(EXAMPLES[:3])
    assert sum(p.stat().st_size for p in EXAMPLES[:3]) < engine.PARALLEL_MIN_BYTES
    outcomes = run_tasks(tasks, jobs=2)
    assert _SpyPool.made == 0
    assert outcomes == run_tasks(tasks, jobs=1)


def test_pool_gives_the_same_outcomes_in_task_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(_SpyPool, "made", 0)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _SpyPool)
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 0)
    paths = [*EXAMPLES, tmp_path / "gone.txt"]  # one unreadable file among them
    tasks = _tasks(paths)
    seen: list[str] = []
    parallel = run_tasks(tasks, jobs=2, on_done=lambda o: seen.append(o.display))
    assert _SpyPool.made == 1
    serial = run_tasks(tasks, jobs=1)
    assert parallel == serial
    assert [o.display for o in parallel] == [t.display for t in tasks]
    assert sorted(seen) == sorted(t.display for t in tasks)
    assert parallel[-1].error is not None and "gone.txt" in parallel[-1].error


class _FakePool:
    """An executor that runs every batch at submit ("pool"), or leaves them all
    pending so that this process takes each one ("parent")."""

    mode = "pool"
    ran = 0

    def __init__(self, max_workers: int) -> None:
        self.max_workers = max_workers

    def submit(self, fn: Any, batch: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        if self.mode == "pool":
            type(self).ran += 1
            future.set_running_or_notify_cancel()
            future.set_result(fn(batch))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.mark.parametrize("mode", ["pool", "parent"])
def test_this_process_takes_the_batches_no_worker_started(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_FakePool, "mode", mode)
    monkeypatch.setattr(_FakePool, "ran", 0)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _FakePool)
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 0)
    tasks = _tasks(list(EXAMPLES))
    seen: list[str] = []
    outcomes = run_tasks(tasks, jobs=2, on_done=lambda o: seen.append(o.display))
    assert outcomes == run_tasks(tasks, jobs=1)
    assert sorted(seen) == sorted(t.display for t in tasks)
    assert (_FakePool.ran > 0) == (mode == "pool")
