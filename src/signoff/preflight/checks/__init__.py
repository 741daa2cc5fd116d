"""Built-in checks, one module per check. Each registers under the `signoff.checks` entry-point group."""
