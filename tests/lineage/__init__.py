"""Tests of plandiff.lineage."""
