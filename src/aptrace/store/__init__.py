"""aptrace.store."""
