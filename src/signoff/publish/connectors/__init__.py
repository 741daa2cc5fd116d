"""Platform connectors, registered through the `signoff.connectors` entry-point group."""
