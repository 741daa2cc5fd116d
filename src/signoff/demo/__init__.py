"""Helpers that exercise signoff end to end (stress runs, seeded teams) for tests, benchmarks and demos.

They use the domains only through their services, as any face would; nothing in a domain imports them.
"""
