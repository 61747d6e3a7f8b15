"""The Textual review dashboard.  Only this package imports Textual; it calls into :mod:`moderator.store`."""
