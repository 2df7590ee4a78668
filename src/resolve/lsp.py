"""The ``resolve`` language server (``resolve lsp``), built on pygls.

Editors talk to it over standard input and output. It

* publishes ``resolve check`` diagnostics when a resolution is opened or
  changed (full document sync), and clears them when it is closed;
* offers each finding's safe fix as a ``quickfix`` code action, and all safe
  fixes at once as ``source.fixAll.resolve``;
* formats a whole document like ``resolve fmt`` (``textDocument/formatting``).

Configuration is read like ``resolve check`` does: the ``resolve.toml``,
``.resolve.toml`` or ``pyproject.toml`` nearest the document's file, for
``file:`` URIs; defaults otherwise. A bad configuration file is reported in
the client's log and the defaults are used; the server never stops on it.

Positions: our spans count code points; LSP counts UTF-16 code units by
default (or UTF-8 / UTF-32 when the client negotiates it), with lines split
at ``\\n``, ``\\r\\n`` and ``\\r``. :class:`LineIndex` converts between them
from the character offsets of the spans, so the two never disagree about
which line a character is on.

This module imports pygls at import time; nothing else in the package imports
it, so pygls stays optional (``pip install 'resolve-cli[lsp]'``).
"""

from __future__ import annotations

import bisect
import logging
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from resolve import __version__
from resolve.config import Config
from resolve.diagnostics import Diagnostic, Edit, Severity

__all__ = ["LineIndex", "ResolveLanguageServer", "create_server", "serve", "to_lsp_diagnostic"]

logger = logging.getLogger(__name__)

SOURCE = "resolve"
_RULES_MD = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
RULES_DOC: str | None = _RULES_MD.as_uri() if _RULES_MD.is_file() else None
"""The rule reference of a source checkout; an installed wheel has no docs/ (and
the project has no public home page yet), so its diagnostics carry no link:
``resolve rule CODE`` prints the same text."""
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.resolve"

LANGUAGE_IDS = frozenset({"plaintext", "text", "markdown", "resolution", "resolve"})
"""``languageId`` values of documents we check."""
SUFFIXES = frozenset({".txt", ".md", ".res"})
MAX_DISK_BYTES = 4 * 1024 * 1024
"""The largest never-opened file the server reads from disk (open documents have no limit)."""
"""File suffixes checked whatever the language id (as ``resolve check`` on a folder)."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


# ---------------------------------------------------------------------------
# Positions


class LineIndex:
    """Convert character offsets into ``text`` to LSP positions and back.

    ``encoding`` is the negotiated position encoding: ``utf-16`` (the LSP
    default), ``utf-8`` or ``utf-32``.
    """

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = str(encoding).lower()
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def _units(self, chunk: str) -> int:
        if self.encoding == "utf-32":
            return len(chunk)
        if self.encoding == "utf-8":
            return len(chunk.encode("utf-8", "surrogatepass"))
        return len(chunk) + sum(1 for ch in chunk if ord(ch) > 0xFFFF)

    def position(self, offset: int) -> types.Position:
        """The LSP position of character ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        if (
            offset > start
            and self.text[offset - 1] == "\r"
            and self.text[offset : offset + 1] == "\n"
        ):
            offset -= 1  # never point between \r and \n
        return types.Position(line=line, character=self._units(self.text[start:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(max(start, end)))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP ``position`` (clamped to its line)."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        stop = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else None
        line = self.text[start:stop] if stop is not None else self.text[start:]
        content = line.rstrip("\r\n")
        units = 0
        for index, ch in enumerate(content):
            if units >= position.character:
                return start + index
            units += self._units(ch)
        return start + len(content)

    def end(self) -> types.Position:
        return self.position(len(self.text))


def text_edit(index: LineIndex, edit: Edit) -> types.TextEdit:
    return types.TextEdit(range=index.range(edit.start, edit.end), new_text=edit.replacement)


def _rule_names() -> dict[str, str]:
    try:
        from resolve.rules.registry import RULES
    except Exception:  # pragma: no cover - the registry is being edited; links still work
        return {}
    return {rule.code: rule.name for rule in RULES}


def rule_href(code: str, names: dict[str, str]) -> str | None:
    """Link to the rule's section of ``docs/rules.md`` (a heading anchor), if it is here."""
    if RULES_DOC is None:
        return None
    name = names.get(code)
    anchor = f"{code.lower()}-{name}" if name else code.lower()
    return f"{RULES_DOC}#{anchor}"


def to_lsp_diagnostic(
    diag: Diagnostic, index: LineIndex, names: dict[str, str] | None = None
) -> types.Diagnostic:
    """One of our findings as an LSP diagnostic (range from the span's offsets)."""
    message = diag.message if not diag.help else f"{diag.message}\nhelp: {diag.help}"
    href = rule_href(diag.code, names or {})
    return types.Diagnostic(
        range=index.range(diag.span.start.offset, diag.span.end.offset),
        message=message,
        severity=_SEVERITY.get(diag.severity, types.DiagnosticSeverity.Warning),
        code=diag.code,
        code_description=None if href is None else types.CodeDescription(href=href),
        source=SOURCE,
    )


def _before(a: types.Position, b: types.Position) -> bool:
    return (a.line, a.character) < (b.line, b.character)


def _touches(a: types.Range, b: types.Range) -> bool:
    """True if the ranges overlap or touch (a cursor at either end counts)."""
    return not (_before(a.end, b.start) or _before(b.end, a.start))


# ---------------------------------------------------------------------------
# The server


@dataclass(frozen=True, slots=True)
class Checked:
    """The last check of one document version."""

    text: str
    index: LineIndex
    diagnostics: tuple[Diagnostic, ...]
    config: Config


class ResolveLanguageServer(LanguageServer):
    """pygls server with a cache of the last check of each open document."""

    def __init__(self) -> None:
        super().__init__(
            name="resolve",
            version=__version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Full,
        )
        self.checked: dict[str, Checked] = {}
        self.shutdown_requested = False
        self._logged: set[str] = set()
        """Messages already logged (config errors repeat on every change)."""
        self._names: dict[str, str] | None = None

    # -- helpers ------------------------------------------------------------

    @property
    def rule_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = _rule_names()
        return self._names

    def log(self, message: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        """Send ``message`` to the client's log (once per distinct message)."""
        if message in self._logged:
            return
        self._logged.add(message)
        logger.warning("%s", message)
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # pragma: no cover - no client connected (unit use)
            pass

    def encoding(self) -> str:
        try:
            return str(self.workspace.position_encoding or "utf-16")
        except Exception:  # before initialize
            return "utf-16"

    def config_for(self, uri: str) -> tuple[Config, str | None]:
        """The configuration for the document at ``uri`` and the path to report.

        Never raises: a bad configuration is logged and the defaults are used.
        """
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path is None:
            return Config(), None
        try:
            from resolve.config import load_config

            config = load_config(Path(path))
        except Exception as exc:
            self.log(f"resolve: configuration error, using the defaults: {exc}")
            return Config(), path
        self._logged.clear()  # log an error again if the file breaks again
        display = path
        if config.source:
            try:
                base = Path(config.source).resolve().parent
                display = Path(path).resolve().relative_to(base).as_posix()
            except (OSError, ValueError):
                pass
        return config, display

    def wants(self, uri: str, language_id: str | None) -> bool:
        if language_id and language_id.lower() in LANGUAGE_IDS:
            return True
        return PurePath(to_fs_path(uri) or uri).suffix.lower() in SUFFIXES

    def is_resolution(self, uri: str) -> bool:
        document = self.workspace.text_documents.get(uri)
        return self.wants(uri, document.language_id if document is not None else None)

    def document_text(self, uri: str) -> str | None:
        """The text of ``uri``: the client's copy if it opened the document, else
        the file on disk if it is a regular file of at most :data:`MAX_DISK_BYTES`
        (never a FIFO, a device such as /dev/zero, or a huge file); ``None`` if
        it cannot be had (the reason is logged)."""
        document = self.workspace.text_documents.get(uri)
        if document is not None:
            return str(document.source)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path is None:
            return None
        from resolve.io import InputError, read_text

        try:
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{path}: not a regular file; open it in the editor")
            if st.st_size > MAX_DISK_BYTES:
                raise InputError(
                    f"{path}: {st.st_size} bytes on disk and not open in the editor; "
                    f"not read (limit {MAX_DISK_BYTES})"
                )
            text = read_text(path, digest=False).text  # refuses a swap to a FIFO too
        except (OSError, ValueError, InputError) as exc:
            self.log(f"resolve: {exc}")
            return None
        return text if len(text) <= MAX_DISK_BYTES else None

    def run_check(self, uri: str) -> Checked | None:
        """Check the current text of ``uri``, cache and return the result."""
        text = self.document_text(uri)
        if text is None:
            return None
        cached = self.checked.get(uri)
        if cached is not None and cached.text == text:
            return cached
        config, display = self.config_for(uri)
        try:
            from resolve.checker import check

            found = tuple(check(text, config=config, path=display))
        except Exception as exc:  # a rule must never take the server down
            logger.exception("check failed for %s", uri)
            self.log(f"resolve: internal error checking {uri}: {type(exc).__name__}: {exc}")
            found = ()
        checked = Checked(text, LineIndex(text, self.encoding()), found, config)
        self.checked[uri] = checked
        return checked

    def publish(self, uri: str) -> None:
        if not self.is_resolution(uri):
            return
        document = self.workspace.text_documents.get(uri)
        checked = self.run_check(uri)
        if checked is None:
            return
        names = self.rule_names
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                version=document.version if document is not None else None,
                diagnostics=[
                    to_lsp_diagnostic(d, checked.index, names) for d in checked.diagnostics
                ],
            )
        )

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        if not self.is_resolution(uri):
            return []
        checked = self.run_check(uri)
        if checked is None:
            return []
        only = params.context.only
        names = self.rule_names

        def wanted(kind: str) -> bool:
            return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)

        actions: list[types.CodeAction] = []
        if wanted(types.CodeActionKind.QuickFix):
            for diag in checked.diagnostics:
                if diag.fix is None or not diag.fix.safe or not diag.fix.edits:
                    continue
                lsp_diag = to_lsp_diagnostic(diag, checked.index, names)
                if not _touches(lsp_diag.range, params.range):
                    continue
                edits = [text_edit(checked.index, e) for e in diag.fix.edits]
                actions.append(
                    types.CodeAction(
                        title=f"{diag.fix.description} ({diag.code})",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[lsp_diag],
                        is_preferred=True,
                        edit=types.WorkspaceEdit(changes={uri: edits}),
                    )
                )
        if wanted(FIX_ALL_KIND) and any(
            d.fix is not None and d.fix.safe and d.fix.edits for d in checked.diagnostics
        ):
            from resolve.checker import apply_fixes

            try:
                fixed = apply_fixes(checked.text, list(checked.diagnostics), config=checked.config)
            except Exception as exc:
                self.log(f"resolve: internal error fixing {uri}: {type(exc).__name__}: {exc}")
                fixed = checked.text
            if fixed != checked.text:
                actions.append(
                    types.CodeAction(
                        title="Fix all auto-fixable resolve problems",
                        kind=FIX_ALL_KIND,
                        edit=types.WorkspaceEdit(
                            changes={uri: [whole_document_edit(checked.index, fixed)]}
                        ),
                    )
                )
        return actions

    def formatting(self, uri: str) -> list[types.TextEdit]:
        if not self.is_resolution(uri):
            return []
        text = self.document_text(uri)
        if text is None:
            return []
        try:
            from resolve.formats.fmt import format_text

            config, _ = self.config_for(uri)  # the configured house style, as fmt uses
            profile = None if config.profile == "auto" else config.profile
            formatted = format_text(text, profile=profile)
        except Exception as exc:
            self.log(f"resolve: cannot format {uri}: {type(exc).__name__}: {exc}")
            return []
        if formatted == text:
            return []
        return [whole_document_edit(LineIndex(text, self.encoding()), formatted)]


def whole_document_edit(index: LineIndex, new_text: str) -> types.TextEdit:
    """Replace all of ``index.text`` with ``new_text``."""
    return types.TextEdit(
        range=types.Range(start=types.Position(line=0, character=0), end=index.end()),
        new_text=new_text,
    )


def create_server() -> ResolveLanguageServer:
    """A server with every feature registered (not started)."""
    server = ResolveLanguageServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ResolveLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.checked.pop(params.text_document.uri, None)
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ResolveLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: ResolveLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        # A configuration file may have changed meanwhile: check again.
        ls.checked.pop(params.text_document.uri, None)
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ResolveLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.checked.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND],
        ),
    )
    def code_action(
        ls: ResolveLanguageServer, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        return ls.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    def formatting(
        ls: ResolveLanguageServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit]:
        return ls.formatting(params.text_document.uri)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: ResolveLanguageServer, *args: object) -> None:
        ls.shutdown_requested = True

    return server


class _Resync:
    """Standard input for pygls's reader, finding the next header after bad framing.

    pygls reads header lines until a blank one; after a body sent without a
    ``Content-Length`` (or a wrong one) the next real header is glued to
    leftover bytes (``{}Content-Length: 17``), and every later message would be
    lost. A header found inside a line starts the line again.
    """

    _HEADER = b"Content-Length:"

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def readline(self, *args: Any) -> bytes:
        line: bytes = self.raw.readline(*args)
        at = line.find(self._HEADER)
        return line[at:] if at > 0 else line

    def read(self, n: int = -1) -> bytes:
        data: bytes = self.raw.read(n)
        return data


def serve() -> int:
    """Run the server over standard input and output until the client says exit.

    Returns 0 if the client asked to shut down first (as the LSP requires), 1
    if the connection ended without it.
    """
    logging.basicConfig(level=logging.WARNING, format="resolve lsp: %(message)s")
    server = create_server()
    server.start_io(_Resync(sys.stdin.buffer))  # type: ignore[arg-type]
    return 0 if server.shutdown_requested else 1
