"""The `signoff` command line: one module per command group; commands are thin and call services."""
