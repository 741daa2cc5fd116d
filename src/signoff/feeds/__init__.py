"""Stored news feeds: sources configured per install, refreshed by a job, items kept once."""
