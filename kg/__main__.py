"""python -m kg: the command line."""
from kg.cli.main import main

main()
