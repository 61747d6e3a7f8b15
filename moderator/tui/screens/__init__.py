"""Modal screens of the review dashboard, one per file."""
