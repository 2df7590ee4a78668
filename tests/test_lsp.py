"""``resolve lsp``: the real server in a subprocess, driven over stdio by a tiny client.

Every wait is bounded (:data:`TIMEOUT`), so a hung server fails the test
instead of blocking CI.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

pytest.importorskip("pygls")

ROOT = Path(__file__).parent.parent
TIMEOUT = 30.0
RESOLVE = Path(sys.executable).parent / "resolve"
COMMAND = (
    [str(RESOLVE), "lsp", "--stdio"]
    if RESOLVE.exists()
    else [sys.executable, "-m", "resolve", "lsp", "--stdio"]
)

# Line 0 has a non-BMP character (two UTF-16 code units) before two findings.
DOC = (
    "WHEREAS, the 😀 members  met on [DATE]; and\n"
    "\n"
    "WHEREAS, the board approved the budget; now, therefore, be it\n"
    "\n"
    "RESOLVED, That the members adopt the plan.   \n"
)


# ---------------------------------------------------------------------------
# A minimal LSP client: Content-Length framing over the process's pipes


class Client:
    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdin is not None and proc.stdout is not None
        self.proc = proc
        self.stdin: IO[bytes] = proc.stdin
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.seen: list[dict[str, Any]] = []  # notifications not yet consumed
        self.next_id = 0
        threading.Thread(target=self._read, args=(proc.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                assert length is not None, "message without Content-Length"
                self.inbox.put(json.loads(stream.read(length).decode("utf-8")))
        finally:
            self.inbox.put(None)

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.stdin.flush()

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"method": method, "params": params})

    def _next(self, deadline: float) -> dict[str, Any]:
        remaining = deadline - _now()
        if remaining <= 0:
            raise TimeoutError("no message from the server in time")
        try:
            message = self.inbox.get(timeout=remaining)
        except queue.Empty:
            raise TimeoutError("no message from the server in time") from None
        if message is None:
            raise EOFError("the server closed its output")
        if "method" in message and "id" in message:  # a request to us: accept it
            self.send({"id": message["id"], "result": None})
        return message

    def request(self, method: str, params: Any = None) -> Any:
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        deadline = _now() + TIMEOUT
        while True:
            message = self._next(deadline)
            if message.get("id") == ident and "method" not in message:
                assert "error" not in message, message["error"]
                return message.get("result")
            if "method" in message:
                self.seen.append(message)

    def wait_for(
        self, method: str, match: Callable[[dict[str, Any]], bool] = lambda p: True
    ) -> dict[str, Any]:
        for message in self.seen:
            if message["method"] == method and match(message["params"]):
                self.seen.remove(message)
                return dict(message["params"])
        deadline = _now() + TIMEOUT
        while True:
            message = self._next(deadline)
            if message.get("method") == method and match(message["params"]):
                return dict(message["params"])
            if "method" in message:
                self.seen.append(message)


def _now() -> float:
    import time

    return time.monotonic()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Client]:
    env = {k: v for k, v in os.environ.items() if k != "RESOLVE_DEBUG"}
    proc = subprocess.Popen(
        COMMAND,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    client = Client(proc)
    try:
        yield client
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=TIMEOUT)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def initialize(client: Client, root: Path) -> dict[str, Any]:
    result = client.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": root.as_uri(),
            "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}},
        },
    )
    client.notify("initialized", {})
    return dict(result)


def open_doc(client: Client, path: Path, text: str, language: str = "plaintext") -> str:
    uri = path.as_uri()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}},
    )
    return uri


def finish(client: Client) -> None:
    assert client.request("shutdown") is None
    client.notify("exit")
    assert client.proc.wait(timeout=TIMEOUT) == 0


def utf16_offset(text: str, line: int, character: int) -> int:
    """Character offset of an LSP (UTF-16) position, computed independently of the server."""
    start = 0
    for _ in range(line):
        start = text.index("\n", start) + 1
    units = 0
    index = start
    while units < character:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    assert units == character, "position splits a surrogate pair"
    return index


def apply(text: str, edits: list[dict[str, Any]]) -> str:
    spans = []
    for edit in edits:
        r = edit["range"]
        start = utf16_offset(text, r["start"]["line"], r["start"]["character"])
        end = utf16_offset(text, r["end"]["line"], r["end"]["character"])
        spans.append((start, end, edit["newText"]))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def by_code(diagnostics: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {d["code"]: d for d in diagnostics}


def rng(line: int, start: int, end_line: int, end: int) -> dict[str, Any]:
    return {
        "start": {"line": line, "character": start},
        "end": {"line": end_line, "character": end},
    }


# ---------------------------------------------------------------------------
# The session


def test_session(server: Client, tmp_path: Path) -> None:
    (tmp_path / "resolve.toml").write_text('ignore = ["L001"]\n', encoding="utf-8")
    path = tmp_path / "motion.txt"
    path.write_text(DOC, encoding="utf-8")

    caps = initialize(server, tmp_path)["capabilities"]
    assert caps["documentFormattingProvider"]
    assert "quickfix" in caps["codeActionProvider"]["codeActionKinds"]
    assert caps["textDocumentSync"]["change"] == 1  # full

    uri = open_doc(server, path, DOC)
    published = server.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    assert published["version"] == 1
    diags = by_code(published["diagnostics"])
    assert "L001" not in diags  # ignored by resolve.toml next to the file
    assert {"H007", "L005", "H004"} <= set(diags)

    doubled = diags["H007"]
    # code point column 23 (1-based) → 22 (0-based) + 1 for the surrogate pair of 😀
    assert doubled["range"] == rng(0, 23, 0, 25)
    assert doubled["severity"] == 2
    assert doubled["source"] == "resolve"
    assert doubled["codeDescription"]["href"].endswith("docs/rules.md#h007-doubled-space")
    placeholder = diags["L005"]
    assert placeholder["range"] == rng(0, 32, 0, 38)
    assert placeholder["severity"] == 1
    assert diags["H004"]["range"]["start"]["line"] == 4

    # Quick fix at the doubled space
    actions = server.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": doubled["range"],
            "context": {"diagnostics": [doubled]},
        },
    )
    quickfixes = [a for a in actions if a["kind"] == "quickfix"]
    assert len(quickfixes) == 1, actions
    fix = quickfixes[0]
    assert fix["diagnostics"][0]["code"] == "H007"
    edits = fix["edit"]["changes"][uri]
    assert edits == [{"range": rng(0, 23, 0, 25), "newText": " "}]
    fixed = apply(DOC, edits)
    assert fixed == DOC.replace("members  met", "members met")

    # No quick fix where nothing is fixable (the placeholder)
    actions = server.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": placeholder["range"],
            "context": {"diagnostics": [placeholder], "only": ["quickfix"]},
        },
    )
    assert not actions

    # Fix all
    actions = server.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": rng(0, 0, 0, 0),
            "context": {"diagnostics": [], "only": ["source.fixAll"]},
        },
    )
    assert [a["kind"] for a in actions] == ["source.fixAll.resolve"]
    all_fixed = apply(DOC, actions[0]["edit"]["changes"][uri])
    assert "  met" not in all_fixed and "plan.   " not in all_fixed

    # didChange (full sync) → fresh diagnostics for version 2
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": fixed}]},
    )
    published = server.wait_for(
        "textDocument/publishDiagnostics", lambda p: p["uri"] == uri and p.get("version") == 2
    )
    assert "H007" not in by_code(published["diagnostics"])
    assert "H004" in by_code(published["diagnostics"])

    # Formatting: one whole-document edit, the text `resolve fmt` would write
    edits = server.request(
        "textDocument/formatting",
        {"textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True}},
    )
    assert len(edits) == 1
    assert edits[0]["range"] == rng(0, 0, 5, 0)
    import resolve

    assert edits[0]["newText"] == resolve.format(fixed)
    formatted = apply(fixed, edits)

    # Formatting formatted text: no edits
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": formatted}]},
    )
    edits = server.request(
        "textDocument/formatting",
        {"textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True}},
    )
    assert not edits

    # didClose clears the diagnostics
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    published = server.wait_for(
        "textDocument/publishDiagnostics", lambda p: p["uri"] == uri and not p["diagnostics"]
    )

    finish(server)


def test_markdown_and_bad_config(server: Client, tmp_path: Path) -> None:
    (tmp_path / "resolve.toml").write_text("profile = 'nonsense'\n", encoding="utf-8")
    initialize(server, tmp_path)
    uri = open_doc(server, tmp_path / "draft.md", DOC, language="markdown")
    logged = server.wait_for("window/logMessage", lambda p: "configuration" in p["message"])
    assert "nonsense" in logged["message"]
    published = server.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    codes = {d["code"] for d in published["diagnostics"]}
    assert {"H007", "L005"} <= codes  # the defaults: nothing ignored
    finish(server)


def test_formatting_writes_the_configured_profile(server: Client, tmp_path: Path) -> None:
    (tmp_path / "resolve.toml").write_text('profile = "gpo"\n', encoding="utf-8")
    initialize(server, tmp_path)
    text = "Whereas, a is b; and\n\nResolved, That c.\n"
    uri = open_doc(server, tmp_path / "a.txt", text)
    edits = server.request(
        "textDocument/formatting", {"textDocument": {"uri": uri}, "options": _FORMAT_OPTIONS}
    )
    assert [edit["newText"] for edit in edits] == ["Whereas a is b; and\n\nResolved, That c.\n"]
    finish(server)


def test_unsaved_document_and_other_languages(server: Client, tmp_path: Path) -> None:
    initialize(server, tmp_path)
    server.notify(
        "textDocument/didOpen",
        {
            "textDocument": {
                "uri": "untitled:Untitled-1",
                "languageId": "plaintext",
                "version": 1,
                "text": DOC,
            }
        },
    )
    published = server.wait_for("textDocument/publishDiagnostics")
    assert published["uri"] == "untitled:Untitled-1"
    assert "H007" in {d["code"] for d in published["diagnostics"]}
    # A Python file is not a resolution: no diagnostics for it
    open_doc(server, tmp_path / "script.py", "x  = 1\n", language="python")
    script = {"uri": (tmp_path / "script.py").as_uri()}
    assert server.request("textDocument/codeAction", _whole(tmp_path / "script.py")) in (None, [])
    assert server.request(
        "textDocument/formatting", {"textDocument": script, "options": _FORMAT_OPTIONS}
    ) in (None, [])
    assert not [m for m in server.seen if m["method"] == "textDocument/publishDiagnostics"]
    finish(server)


_FORMAT_OPTIONS = {"tabSize": 4, "insertSpaces": True}


def _whole(path: Path) -> dict[str, Any]:
    return {
        "textDocument": {"uri": path.as_uri()},
        "range": rng(0, 0, 1, 0),
        "context": {"diagnostics": []},
    }


def test_exit_without_shutdown_is_status_1(server: Client, tmp_path: Path) -> None:
    initialize(server, tmp_path)
    server.notify("exit")
    assert server.proc.wait(timeout=TIMEOUT) == 1


# ---------------------------------------------------------------------------
# In process: positions, and pygls staying optional


def test_line_index_encodings() -> None:
    from resolve.lsp import LineIndex

    text = "a😀b\r\nc\rd\né"
    utf16 = LineIndex(text)
    assert utf16.starts == [0, 5, 7, 9]
    assert utf16.position(2).character == 3  # after 😀: 1 + 2 code units
    assert utf16.position(3).character == 4
    assert (utf16.position(4).line, utf16.position(4).character) == (0, 4)  # the \r
    assert (utf16.position(5).line, utf16.position(5).character) == (1, 0)
    assert (utf16.position(7).line, utf16.position(7).character) == (2, 0)  # after a lone \r
    assert (utf16.end().line, utf16.end().character) == (3, 1)
    assert LineIndex(text, "utf-8").position(2).character == 5
    assert LineIndex(text, "utf-32").position(2).character == 2
    assert LineIndex(text, "utf-8").position(len(text)).character == 2  # é is 2 bytes
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset + 1] == "\r\n":
            continue
        assert utf16.offset(utf16.position(offset)) == offset


def test_pygls_is_optional() -> None:
    code = (
        "import sys; sys.modules['pygls'] = None\n"
        "import resolve, resolve.cli, resolve.checker, resolve.formats.text\n"
        "assert 'lsprotocol' not in sys.modules\n"
        "from resolve.cli import run\n"
        "sys.exit(run(['lsp']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        "resolve: error: the language server needs pygls: pip install 'resolve-cli[lsp]'"
    ]


def test_config_and_per_file_ignores(tmp_path: Path) -> None:
    import resolve
    from resolve.config import Config
    from resolve.lsp import ResolveLanguageServer

    (tmp_path / "resolve.toml").write_text(
        '[per-file-ignores]\n"docs/*.md" = ["ALL"]\n', encoding="utf-8"
    )
    (tmp_path / "docs").mkdir()
    server = ResolveLanguageServer()
    config, display = server.config_for((tmp_path / "docs" / "README.md").as_uri())
    assert Path(str(config.source)).resolve() == (tmp_path / "resolve.toml").resolve()
    assert display == "docs/README.md"
    assert resolve.check(DOC, config=config, path=display) == []
    assert resolve.check(DOC, config=config, path="motion.txt")
    assert server.config_for("untitled:Untitled-1") == (Config(), None)


def test_utf8_position_encoding(server: Client, tmp_path: Path) -> None:
    result = server.request(
        "initialize",
        {
            "processId": None,
            "rootUri": None,
            "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}},
        },
    )
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    server.notify("initialized", {})
    uri = open_doc(server, tmp_path / "motion.txt", DOC)
    published = server.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    # "WHEREAS, the " (13 bytes) + 😀 (4 bytes) + " members" (8 bytes)
    assert by_code(published["diagnostics"])["H007"]["range"] == rng(0, 25, 0, 27)
    finish(server)


# ---------------------------------------------------------------------------
# Hostile clients and files (issue 13)


OPTIONS = {"tabSize": 4, "insertSpaces": True}


def _raw(client: Client, data: bytes) -> None:
    client.stdin.write(data)
    client.stdin.flush()


def test_never_opened_documents_are_read_safely(server: Client, tmp_path: Path) -> None:
    """A request for a document the client never opened: a link to /dev/zero, a FIFO,
    a huge file are not read (no hang, no gigabytes); a small regular file is."""
    initialize(server, tmp_path)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB of NULs
    small = tmp_path / "small.txt"
    small.write_text(DOC, encoding="utf-8")
    for path in (zero, fifo, huge):
        uri = path.as_uri()
        for method, params in (
            ("textDocument/formatting", {"textDocument": {"uri": uri}, "options": OPTIONS}),
            (
                "textDocument/codeAction",
                {
                    "textDocument": {"uri": uri},
                    "range": rng(0, 0, 0, 0),
                    "context": {"diagnostics": []},
                },
            ),
        ):
            assert server.request(method, params) == []
        server.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    edits = server.request(
        "textDocument/formatting", {"textDocument": {"uri": small.as_uri()}, "options": OPTIONS}
    )
    assert edits  # a small regular file on disk is still served
    finish(server)


def test_badly_framed_messages_do_not_stop_the_server(server: Client, tmp_path: Path) -> None:
    initialize(server, tmp_path)
    _raw(server, b"Content-Length: 12\r\n\r\n{not json!!}")
    _raw(server, b"Content-Length: nonsense\r\n\r\n")
    _raw(server, b"X-Header-Without-Length: 1\r\n\r\n{}")
    _raw(server, b"Content-Length: 2\r\n\r\n[]")
    _raw(server, b'Content-Length: 17\r\n\r\n{"jsonrpc":"2.0"}')
    server.send({"id": 99, "method": "textDocument/formatting", "params": {"bad": 1}})
    uri = open_doc(server, tmp_path / "a.txt", DOC)
    diagnostics = server.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)[
        "diagnostics"
    ]
    assert diagnostics
    finish(server)
