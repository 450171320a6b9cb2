"""Tests of plandiff.workflows."""
