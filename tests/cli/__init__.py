"""Tests of plandiff.cli."""
