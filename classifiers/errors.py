"""Errors the classifiers raise for the application to report (kept free of numpy so the CLI can import it)."""


class ModelIntegrityError(RuntimeError):
    """The weights do not match their metadata (sha256, feature settings): tampered with, or from another version."""

    exit_code = 2  # what the CLI exits with, as for its own errors


class LabelledDataError(ValueError):
    """A user's labelled file cannot be read: names the file and the line."""

    exit_code = 2

    def __init__(self, path, message: str, line: int | None = None):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}" + (f": line {line}" if line else "") + f": {message}")
