"""Process pools whose workers end with the run that started them.

A worker of a run that was killed (SIGKILL, the OOM killer, a closed terminal) would
otherwise finish its service and then wait forever for the next one, as an orphan.
On Linux the kernel signals a worker when its parent ends (PR_SET_PDEATHSIG); elsewhere
a thread in the worker watches for the parent to change. Interrupts are the run's to
handle: workers ignore SIGINT, and the run stops them when it stops.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1


@contextlib.contextmanager
def pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool of `jobs` workers, stopped at once if the block fails."""
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_start,
        initargs=(os.getpid(),),
    )
    try:
        yield executor
    except BaseException:
        # an error or an interrupt: what is queued is not wanted, nor what runs
        executor.shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():
            child.kill()
        raise
    finally:
        executor.shutdown(wait=True)


def _start(parent: int) -> None:
    """Worker initializer: end when the parent ends; leave interrupts to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _kernel_ends_worker_with_parent():
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the worker could ask
        os._exit(1)


def _kernel_ends_worker_with_parent() -> bool:
    if sys.platform != "linux":
        return False
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    return prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
