"""CLI commands: assist (not yet written)."""
