"""One error family. Every failure the user can cause is a :class:`BilingualError`.

Each carries a one-line message and, where known, the file and line it is
about; the CLI prints ``Error: <file>:<line>: <message>`` and exits with
:attr:`BilingualError.exit_code`, without a traceback unless ``--debug``.
"""

from __future__ import annotations

from pathlib import Path


class BilingualError(Exception):
    """Base of all errors the library raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class InputError(BilingualError):
    """A file given to the tool is missing, empty, binary or cannot be decoded or parsed."""


class CatalogError(BilingualError):
    """A PO catalog is malformed or does not follow the project's conventions."""


class SlugError(BilingualError):
    """An article slug that would be unsafe as a file name."""


class WorkspaceError(BilingualError):
    """The project folder is not usable: not found, or locked by another process."""


class UsageError(BilingualError):
    """Options that contradict each other or name nothing."""
