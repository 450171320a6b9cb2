"""`python -m plandiff` runs the command line."""

from plandiff.cli import main

main()
