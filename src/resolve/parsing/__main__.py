"""``python -m resolve.parsing``: regenerate the scanner table after a grammar edit."""

from resolve.parsing.lines import write_table

if __name__ == "__main__":
    print(f"wrote {write_table()}")
