"""Worker processes that end with the process that started them.

A pool's workers wait on a queue for work; when their parent is killed (kill
-9, the OOM killer) nothing tells them, and they would live on, holding
memory and an inherited copy of the workspace lock. Each worker is started
with :func:`die_with_parent` as its initializer: on Linux the kernel sends it
SIGKILL when the parent dies (``PR_SET_PDEATHSIG``); elsewhere a watchdog
thread notices within a second that its parent is gone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

_PR_SET_PDEATHSIG = 1


def usable_cores(most: int) -> int:
    """The cores this process may run on (not all the machine's, in a
    container: its CPU affinity), at most ``most``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, most))


def die_with_parent(parent: int) -> None:
    """Initializer of a pool worker whose parent has pid ``parent``."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
