"""CLI commands: web (not yet written)."""
