"""Publishing: the dispatcher (exactly once, via idempotency keys) and the connector interface."""
