"""Plan files: the model, the schema, reading and checking files.

Also the corpus of a plans tree and the import of drafts.
"""
