"""Tests of plandiff.plans."""
