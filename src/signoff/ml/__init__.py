"""Trained language models: featurizers, classifiers, artifacts and their training scripts."""
