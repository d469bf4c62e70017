"""``python -m touchline``: the same as the ``touchline`` command."""

from touchline.cli import main

main()
