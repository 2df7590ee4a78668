"""Checking and fixing files, one at a time or in a process pool.

:func:`run_task` is a top-level function taking and returning plain picklable
records, so ``-j N`` can hand it to a :class:`~concurrent.futures.ProcessPoolExecutor`.
It never raises: a file that cannot be read, or a rule that crashes, becomes
:attr:`Outcome.error`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from resolve.io import Decoded, InputError

if TYPE_CHECKING:
    from resolve.diagnostics import Diagnostic

__all__ = [
    "Checked",
    "Outcome",
    "Task",
    "check_text",
    "run_task",
    "run_tasks",
    "unified_diff",
]


@dataclass(frozen=True, slots=True)
class Task:
    display: str
    path: str | None
    """``None``: use :attr:`preloaded` (standard input)."""
    config: Any
    fix: bool = False
    unsafe_fixes: bool = False
    """Apply fixes marked unsafe too (``--unsafe-fixes``)."""
    write: bool = False
    """Write fixes back to :attr:`path` (``--fix`` without ``--diff``)."""
    preloaded: Decoded | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    display: str
    diagnostics: tuple[Diagnostic, ...] = ()
    source: str | None = None
    """The text the diagnostics refer to (after fixes, if any were applied)."""
    original: str | None = None
    """The text as read, when fixes changed it."""
    error: str | None = None
    warning: str | None = None
    fixed: int = 0
    """Findings fixed."""
    written: bool = False
    no_resolution: bool = False
    """The text holds no resolution: nothing in it was checked."""
    passes: int = 0
    """Fix passes run."""
    unconverged: bool = False
    """Fixes were still changing the text after the checker's pass cap
    (:data:`resolve.checker.MAX_FIX_PASSES`): "failed to converge"."""


def unified_diff(old: str, new: str, name: str) -> str:
    """A ``git diff``-style unified diff of ``old`` → ``new``."""
    import difflib  # only --diff needs it

    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    out: list[str] = []
    for line in difflib.unified_diff(a, b, fromfile=f"a/{name}", tofile=f"b/{name}"):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Checked:
    """What :func:`check_text` found."""

    diagnostics: list[Diagnostic]
    text: str
    """The text the diagnostics refer to (fixed, if fixes were applied)."""
    fixed: int = 0
    """Findings the fixes removed."""
    no_resolution: bool = False
    passes: int = 0
    unconverged: bool = False

    def __iter__(self) -> Iterator[Any]:
        """``diagnostics, text, fixed = check_text(...)`` (the older tuple form)."""
        return iter((self.diagnostics, self.text, self.fixed))


def check_text(
    text: str, display: str, config: Any, fix: bool, *, unsafe_fixes: bool = False
) -> Checked:
    """Check ``text``; with ``fix``, fix it with the checker's one fix loop
    (:func:`resolve.checker.fix`: the same configuration on every pass, a cap,
    only the selected rules' fixes, unsafe ones only with ``unsafe_fixes``)."""
    from resolve import checker

    if fix:
        result = checker.fix(text, config=config, path=display, unsafe_fixes=unsafe_fixes)
        return Checked(
            list(result.diagnostics),
            result.text,
            result.fixed,
            no_resolution=result.skipped == checker.NO_RESOLUTION,
            passes=result.passes,
            unconverged=not result.converged,
        )
    from resolve.parsing import parse

    doc = parse(text)
    diags = list(checker.check(doc, config=config, path=display))
    return Checked(diags, text, no_resolution=not checker.has_resolution(doc))


def run_task(task: Task) -> Outcome:
    """Read, check and (optionally) fix one file. Never raises."""
    from resolve.io import read_text, write_atomic

    try:
        if task.preloaded is not None:
            decoded = task.preloaded
        elif task.write:  # the stamp's digest guards the write
            decoded = read_text(task.path or "")
        else:
            decoded = read_text(task.path or "", digest=False)
    except InputError as exc:
        return Outcome(task.display, error=str(exc))
    try:
        checked = check_text(
            decoded.text, task.display, task.config, task.fix, unsafe_fixes=task.unsafe_fixes
        )
    except Exception as exc:  # a crashing rule must not hide other files' results
        return Outcome(
            task.display,
            source=decoded.text,
            warning=decoded.warning,
            error=f"{task.display}: internal error while checking: {type(exc).__name__}: {exc}",
        )
    text = checked.text
    changed = text != decoded.text
    written = False
    if changed and task.write and task.path is not None:
        try:
            write_atomic(
                task.path,
                text,
                encoding=decoded.encoding,
                bom=decoded.bom,
                expected=decoded.stamp,
            )
            written = True
        except InputError as exc:
            return Outcome(
                task.display,
                diagnostics=tuple(
                    check_text(decoded.text, task.display, task.config, False).diagnostics
                ),
                source=decoded.text,
                warning=decoded.warning,
                error=str(exc),
            )
    return Outcome(
        task.display,
        diagnostics=tuple(checked.diagnostics),
        source=text,
        original=decoded.text if changed else None,
        warning=decoded.warning,
        fixed=checked.fixed,
        written=written,
        no_resolution=checked.no_resolution,
        passes=checked.passes,
        unconverged=checked.unconverged,
    )


def _run_batch(batch: Sequence[Task]) -> list[Outcome]:
    return [run_task(task) for task in batch]


def _warm_up() -> None:
    """Load the checker, the rules and the line scanner before forking, so each
    worker starts with them instead of loading them again. (Checking a tiny
    text builds the scanner, from its cache: Lark itself is not imported.)"""
    from resolve.checker import check

    check("WHEREAS, warm; now, therefore, be it\nRESOLVED, That up.\n")


PARALLEL_MIN_BYTES = 64 * 1024
"""Below this much input in all, ``-j N`` checks in process: starting the pool
(~25 ms) would cost more than it saves."""

_TASK_OVERHEAD_BYTES = 1024
"""What a file costs beyond its size, in bytes of text (reading, the rules' set-up)."""


def _size(task: Task) -> int:
    if task.preloaded is not None:
        return len(task.preloaded.text)
    try:
        return os.stat(task.path or "").st_size
    except (OSError, ValueError):
        return 0  # reading it will report the problem


def _batches(sizes: Sequence[int], workers: int) -> list[list[int]]:
    """Task indices in batches for ``workers`` processes: largest files first,
    batches shrinking as the work left shrinks (guided self-scheduling), so
    workers finish together with few round trips, even when one of them gets
    less of the CPU."""
    weights = [size + _TASK_OVERHEAD_BYTES for size in sizes]
    order = sorted(range(len(weights)), key=lambda i: -weights[i])
    left = sum(weights)
    smallest = left / (workers * 16)
    batches: list[list[int]] = []
    batch: list[int] = []
    batch_weight = 0
    target = max(left / (2 * workers), smallest)
    for i in order:
        batch.append(i)
        batch_weight += weights[i]
        if batch_weight >= target:
            batches.append(batch)
            left -= batch_weight
            batch, batch_weight = [], 0
            target = max(left / (2 * workers), smallest)
    if batch:
        batches.append(batch)
    return batches


def run_tasks(
    tasks: Sequence[Task],
    jobs: int = 1,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Run ``tasks`` (in ``jobs`` processes; 0 = one per CPU; never more processes
    than CPUs) and return outcomes in task order.

    Small inputs (under :data:`PARALLEL_MIN_BYTES` in all) are checked in this
    process whatever ``jobs`` says: the outcomes are the same.
    """
    cpus = os.cpu_count() or 1
    workers = cpus if jobs <= 0 else min(jobs, cpus)
    workers = min(workers, len(tasks))
    sizes = [_size(task) for task in tasks] if workers > 1 else []
    if workers <= 1 or sum(sizes) < PARALLEL_MIN_BYTES:
        outcomes = []
        for task in tasks:
            outcome = run_task(task)
            if on_done:
                on_done(outcome)
            outcomes.append(outcome)
        return outcomes

    from concurrent.futures import Future, ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    _warm_up()
    results: dict[int, Outcome] = {}

    def record(batch: Sequence[int], outcomes: Sequence[Outcome]) -> None:
        for i, outcome in zip(batch, outcomes, strict=True):
            results[i] = outcome
            if on_done:
                on_done(outcome)

    # This process is one of the workers: it forks one fewer, and its own
    # outcomes need no pickling. Batches are submitted largest first; this
    # process takes the next one no worker has started (cancelling it in the
    # pool), so all finish together whichever gets more of the CPU.
    pool = ProcessPoolExecutor(max_workers=workers - 1)
    try:
        batches = _batches(sizes, workers)
        futures = [pool.submit(_run_batch, [tasks[i] for i in batch]) for batch in batches]
        left: dict[Future[list[Outcome]], list[int]] = {}
        for future, batch in zip(futures, batches, strict=True):
            if future.cancel():
                record(batch, _run_batch([tasks[i] for i in batch]))
            else:
                left[future] = batch
        for future in as_completed(left):
            batch = left[future]
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                outcomes = [
                    Outcome(tasks[i].display, error=f"{tasks[i].display}: worker process died")
                    for i in batch
                ]
            record(batch, outcomes)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return [results[i] for i in range(len(tasks))]
