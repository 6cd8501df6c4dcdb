"""aptrace.scale."""
