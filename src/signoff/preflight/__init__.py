"""Preflight: pure checks that turn a draft into a verdict with explained findings."""
