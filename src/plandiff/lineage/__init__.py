"""Lineage of a document across versions.

Clause histories, the evolution matrix and the log: data only, no formatting.
"""
