"""The sentence pairing threshold, apart from the alignment that uses it: the command line and the app read it
without loading rapidfuzz (a long comparison loads that while its other half is being read)."""

DEFAULT_THRESHOLD = 62.0
"""Pairing threshold on rapidfuzz's 0-100 scale, tuned on the sample articles and the seeds."""
