"""The Huey job queue and its tasks."""
