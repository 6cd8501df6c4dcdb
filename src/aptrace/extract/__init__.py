"""aptrace.extract."""
