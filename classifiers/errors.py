"""Errors the classifiers raise for the application to report (kept free of numpy so the CLI can import it)."""


class ModelIntegrityError(RuntimeError):
    """The weights do not match their metadata (sha256, feature settings): tampered with, or from another version."""

    exit_code = 2  # what the CLI exits with, as for its own errors
