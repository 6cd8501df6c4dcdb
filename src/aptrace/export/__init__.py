"""aptrace.export."""
