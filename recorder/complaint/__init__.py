"""Complaint packages (issue 15 §4): what a user files with a channel, built from a sealed archive's facts only."""
