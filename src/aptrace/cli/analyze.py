"""CLI commands: analyze (not yet written)."""
