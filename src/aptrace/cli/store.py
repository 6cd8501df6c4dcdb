"""CLI commands: store (not yet written)."""
