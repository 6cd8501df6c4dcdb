"""CLI commands: export (not yet written)."""
