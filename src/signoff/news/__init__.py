"""News: feed reading (the only place that fetches feeds), story clustering and "still developing"."""
