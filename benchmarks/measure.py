"""Timing a command for the benchmarks: wall time and peak memory, in a process of its own.

The command runs under a small Python process that reads its children's peak
resident memory, so the figure is the command's own and not the benchmark's.
It runs outside any workspace (in the temporary folder), so nothing it caches
lands in the repository's.

Our package's bytecode is compiled first, as ``pip install`` compiles an
installed package's (and compiled pofilter's): a machine that sets
PYTHONDONTWRITEBYTECODE (this one does) would otherwise compile every module
of ours from source at every start, 80 ms that no installed copy pays.
"""

from __future__ import annotations

import compileall
import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "t = time.perf_counter() - t\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
    "print(t, peak, p.returncode, p.stderr[-300:].replace(chr(10), ' '))\n"
)


@functools.cache
def _compiled() -> None:
    package = Path(__file__).resolve().parent.parent / "src" / "bilingual"
    compileall.compile_dir(package, quiet=1)


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak MiB (the largest process) of ``cmd``; it may exit 0
    or 1 (work done, problems found), anything else stops the benchmark."""
    _compiled()
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
        cwd=tempfile.gettempdir(),
    )
    seconds, peak, code, err = out.stdout.split(" ", 3)
    if int(code) not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed: {err.strip()}")
    return float(seconds), float(peak)
