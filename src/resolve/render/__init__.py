"""``resolve show``: Rich renderings of a parsed document.

* :func:`resolve.render.pretty.render_document` - the reading view;
* :func:`resolve.render.tree.render_tree` - the AST as a Rich tree;
* :mod:`resolve.render.safe` - terminal-safe text (stdlib only);
* :func:`resolve.render.console.make_console` - a Console honouring
  ``--color``, ``NO_COLOR`` and ``FORCE_COLOR``.

Document text is always handed to Rich as :class:`rich.text.Text`, never as
markup, and passed through :func:`~resolve.render.safe.safe_text` first, so
``[Name of Local]`` and ``[/b]`` print literally and control characters never
reach the terminal.

This package's ``__init__`` imports nothing; import the submodules.
"""
