"""Runs in the new workspace: nothing to build for this first exercise."""
