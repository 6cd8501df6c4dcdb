"""CLI commands: kb (not yet written)."""
