"""Errors the user sees as one clear line, never as a traceback."""

from __future__ import annotations


class ModeratorError(Exception):
    """Base for errors the CLI turns into a one-line message and exit code 2."""

    exit_code = 2


class InputError(ModeratorError):
    """A whole input file cannot be read (empty, binary, unknown format, too large...)."""

    def __init__(self, path: str, message: str, location: str | None = None):
        self.path = path
        self.location = location
        self.message = message
        where = f"{path}: {location}" if location else path
        super().__init__(f"{where}: {message}")


class RecordError(InputError):
    """A single record is bad and ``--on-error fail`` is in force."""


class ConfigError(ModeratorError):
    """config.toml (or an environment variable) holds an unknown key or a bad value."""

    def __init__(self, path: str, key: str, message: str, line: int | None = None):
        self.path, self.key, self.line = path, key, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {key}: {message}")
