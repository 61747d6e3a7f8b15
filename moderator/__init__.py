"""moderator: offline comment moderation and toxicity triage.

Importing this package does no I/O and loads no model; see :mod:`moderator.cli` for the entry point.
"""

__version__ = "0.1.0"
