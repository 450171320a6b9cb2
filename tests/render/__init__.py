"""Tests of plandiff.render."""
