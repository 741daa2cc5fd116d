"""Train scripts that rebuild every shipped artifact from ../shared/data/tweeteval."""
