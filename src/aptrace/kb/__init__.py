"""aptrace.kb."""
