"""``python -m resolve``: the same as the ``resolve`` command."""

from resolve.cli import main

if __name__ == "__main__":
    main()
