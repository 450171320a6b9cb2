"""`python -m plandiff` runs the command line."""

from plandiff.cli import run

run()
