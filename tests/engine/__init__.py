"""Tests of plandiff.engine."""
