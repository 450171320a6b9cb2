"""What a user runs: validate, add, build (the CLI calls these)."""
