"""Honest authorship: who wrote a post, and the disclosure signature the account's policy asks for."""
