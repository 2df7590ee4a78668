"""Configuration: ``resolve.toml``, ``.resolve.toml`` or ``[tool.resolve]`` in ``pyproject.toml``.

Each file gets the configuration nearest to it: :func:`config_for` walks up
from the file's directory, stopping at the repository root (a directory with
``.git``); in each directory ``resolve.toml`` wins over ``.resolve.toml``, which
wins over a ``pyproject.toml`` with a ``[tool.resolve]`` table (as ruff does).
Files are not merged: the nearest one is the configuration. Keys are kebab-case
in TOML and snake_case on :class:`Config`. CLI flags override file values
through :meth:`Config.merge`. A file that cannot be parsed, an unknown key (with
a suggestion for a near miss) or a value of the wrong type is a
:class:`ConfigError` naming the file, the line and the key.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resolve.diagnostics import Severity
from resolve.profiles import PROFILE_NAMES

CONFIG_FILES: tuple[str, ...] = ("resolve.toml", ".resolve.toml", "pyproject.toml")
"""File names looked for in each directory, in order of preference."""

PROFILE_CHOICES: tuple[str, ...] = ("auto", *PROFILE_NAMES)
"""Values accepted for ``profile``: ``auto`` and the profile names."""

KEYS: tuple[str, ...] = (
    "profile",
    "select",
    "extend-select",
    "ignore",
    "extend-ignore",
    "per-file-ignores",
    "known-acronyms",
    "organization",
    "severity",
    "extra-preamble-phrases",
    "extra-operative-verbs",
    "max-findings-per-rule",
)
"""Every key a configuration table may hold."""

DEFAULT = "default"
"""The origin of a setting no file or option gave."""
COMMAND_LINE = "command line"
"""The origin of a setting given as a command-line option."""

_CODE_OR_PREFIX = re.compile(r"[A-Z]{1,3}\d{0,3}")


class ConfigError(Exception):
    """A configuration file that cannot be read or holds a bad key or value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Config:
    """Settings for ``resolve check``."""

    profile: str = "auto"
    """``auto`` (infer from the document) or one of ``ronr``, ``gpo``, ``un``,
    ``convention``, ``board``."""
    select: tuple[str, ...] = ()
    """Rule codes or prefixes to run; empty runs every rule."""
    ignore: tuple[str, ...] = ()
    """Rule codes or prefixes never to run."""
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Glob on the file path → codes or prefixes to ignore in matching files."""
    known_acronyms: frozenset[str] = frozenset()
    """Acronyms that need no definition (``UE``, ``PMC``)."""
    organization: str | None = None
    """The organization's name; acronyms in it need no definition."""
    severity: dict[str, Severity] = field(default_factory=dict)
    """Severity overrides by rule code."""
    extra_preamble_phrases: tuple[str, ...] = ()
    """Preambular openers accepted besides the built-in list."""
    extra_operative_verbs: tuple[str, ...] = ()
    """Operative verbs accepted besides the built-in list."""
    max_findings_per_rule: int = 1000
    """At most this many findings of one rule are reported for one file; the rest
    are counted in one closing finding (whose fix applies their fixes). 0 means
    no limit."""
    source: str | None = None
    """The configuration file these settings came from, if any."""
    origins: Mapping[str, str] = field(default_factory=dict, compare=False)
    """Where each field's value came from, by field name: ``file:line``,
    :data:`COMMAND_LINE`; a field not listed has its default."""

    def __post_init__(self) -> None:
        _check_profile(self.profile, self.source, "profile")
        _check_limit(self.max_findings_per_rule, self.source, "max-findings-per-rule")

    def merge(self, **overrides: Any) -> Config:
        """A copy with ``overrides`` applied; ``None`` values leave a field unchanged.

        ``select`` and ``ignore`` replace the file values; ``extend_select``,
        ``extend_ignore`` and ``extend_known_acronyms`` add to them.
        """
        changes: dict[str, Any] = {}
        extend = {
            "extend_select": "select",
            "extend_ignore": "ignore",
            "extend_known_acronyms": "known_acronyms",
        }
        names = {f.name for f in dataclasses.fields(self)}
        for key, value in overrides.items():
            if value is None:
                continue
            if key in extend:
                target = extend[key]
                current = changes.get(target, getattr(self, target))
                if target == "known_acronyms":
                    changes[target] = frozenset(current) | frozenset(value)
                elif target == "select" and not current:
                    # Nothing selected means every rule: extending that keeps every
                    # rule, and the extension still outranks a shorter ignore.
                    changes[target] = ("ALL", *value) if value else ()
                else:
                    changes[target] = (*current, *value)
            elif key in names:
                changes[key] = _coerce_override(key, value)
                target = key
            else:
                raise TypeError(f"Config.merge() got an unexpected field {key!r}")
            origin = self.origins.get(target)
            changes_origin = COMMAND_LINE if key == target or origin is None else origin
            if key != target and origin is not None:
                changes_origin = f"{origin} + {COMMAND_LINE}"
            changes.setdefault("origins", dict(self.origins))[target] = changes_origin
        return dataclasses.replace(self, **changes)

    def is_selected(self, code: str) -> bool:
        """True if ``code`` passes ``select`` and ``ignore`` (longest prefix wins)."""
        sel = _longest(code, self.select) if self.select else 0
        if self.select and sel == 0:
            return False
        ign = _longest(code, self.ignore)
        return ign == 0 or sel > ign


def _longest(code: str, prefixes: tuple[str, ...]) -> int:
    best = 0
    for prefix in prefixes:
        p = prefix.strip().upper()
        if p == "ALL":
            best = max(best, 1)
        elif p and code.startswith(p):
            best = max(best, len(p) + 1)
    return best


def _coerce_override(key: str, value: Any) -> Any:
    if key in {"select", "ignore", "extra_preamble_phrases", "extra_operative_verbs"}:
        return tuple(value)
    if key == "known_acronyms":
        return frozenset(value)
    if key == "severity":
        return {
            k: (v if isinstance(v, Severity) else Severity.parse(str(v))) for k, v in value.items()
        }
    if key == "per_file_ignores":
        return {k: tuple(v) for k, v in value.items()}
    return value


def _check_profile(value: object, source: str | None, key: str) -> None:
    if not isinstance(value, str) or value not in PROFILE_CHOICES:
        where = f"{source}: " if source else ""
        raise ConfigError(
            f"{where}invalid value for {key!r}: {value!r} "
            f"(expected one of {', '.join(PROFILE_CHOICES)})"
        )


def _check_limit(value: object, source: str | None, key: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        where = f"{source}: " if source else ""
        raise ConfigError(
            f"{where}invalid value for {key!r}: {value!r} (expected a whole number, 0 or more)"
        )


# ---------------------------------------------------------------------------
# Finding the file


def _is_repository_root(folder: Path) -> bool:
    return (folder / ".git").exists()


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file for ``start`` (a file or directory): walking
    up from its directory, up to the repository root (a directory holding ``.git``)."""
    start = Path(os.path.abspath(start))  # not resolve(): a symlink loop is the file's problem
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        found = _config_in(folder)
        if found is not None:
            return found
        if _is_repository_root(folder):
            return None
    return None


def _config_in(folder: Path) -> Path | None:
    for name in CONFIG_FILES:
        candidate = folder / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml" and not _has_tool_resolve(candidate):
            continue
        return candidate
    return None


_TOOL_RESOLVE = re.compile(
    r"""^[ \t]*\[+[ \t]*tool[ \t]*\.[ \t]*["']?resolve\b"""
    r"""|^[ \t]*tool[ \t]*\.[ \t]*["']?resolve\b"""
    r"""|^[ \t]*["']?resolve["']?[ \t]*=[ \t]*\{""",
    re.M,
)
"""A line that starts a ``[tool.resolve`` table (even a malformed one), a
dotted ``tool.resolve.`` key, or a ``resolve = {`` inline table (under ``[tool]``)."""


def _has_tool_resolve(path: Path) -> bool:
    """Whether ``path`` (a pyproject.toml) configures resolve. A file that cannot be
    parsed counts when it mentions a ``[tool.resolve`` table: reading it then
    reports the error, rather than the settings being ignored silently."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if _TOOL_RESOLVE.search(text) is None:
        # No line opens a [tool.resolve] table or sets a tool.resolve key: skip
        # tomllib (~7 ms of imports and parsing on a cold start).
        return False
    import tomllib

    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return _TOOL_RESOLVE.search(text) is not None
    tool = data.get("tool")
    return isinstance(tool, dict) and "resolve" in tool


# ---------------------------------------------------------------------------
# Loading


def load_config(start: Path) -> Config:
    """Find and read the configuration for ``start``; defaults if there is none.

    Raises :class:`ConfigError` naming the file and key on a bad file.
    """
    path = find_config_file(Path(start))
    if path is None:
        return Config()
    return load_config_file(path)


_CACHE: dict[tuple[Path, int, int], Config] = {}


def config_for(path: str | Path, *, config_file: str | Path | None = None) -> Config:
    """The configuration that applies to the file (or directory) ``path``.

    ``config_file`` (``--config``) overrides the search. Each file read is
    cached by path, size and modification time, so checking a thousand files
    reads each configuration once. Raises :class:`ConfigError`.
    """
    found = Path(config_file) if config_file is not None else find_config_file(Path(path))
    if found is None:
        return Config()
    try:
        stat = found.stat()
        key = (Path(os.path.abspath(found)), stat.st_size, stat.st_mtime_ns)
    except OSError as exc:
        raise ConfigError(f"{found}: cannot read configuration: {exc.strerror or exc}") from None
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = load_config_file(found)
    return cached


def load_config_file(path: Path) -> Config:
    """Read one configuration file (``[tool.resolve]`` for ``pyproject.toml``)."""
    import tomllib

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not valid UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}:{_decode_line(exc)}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    table: Any = data
    prefix = ""
    if path.name == "pyproject.toml":
        prefix = "tool.resolve."
        table = data.get("tool", {}).get("resolve", {})
        if not isinstance(table, dict):
            line = _line_of(text, "resolve", "")
            raise ConfigError(f"{path}:{line}: [tool.resolve] must be a table")
    return config_from_mapping(table, source=str(path), text=text, prefix=prefix)


def _decode_line(exc: Exception) -> str:
    match = re.search(r"line (\d+)", str(exc))
    return match.group(1) if match else "1"


def _line_of(text: str | None, key: str, prefix: str) -> int:
    """The line (1-based) where ``key`` is set in ``text``: its ``key =`` line, or
    the ``[... key]`` table header; 1 if it cannot be told."""
    if not text:
        return 1
    start = 0
    if prefix:  # pyproject.toml: look inside the [tool.resolve] tables only
        header = _TOOL_RESOLVE.search(text)
        start = header.start() if header else 0
    leaf = re.escape(key.split(".", 1)[-1])  # "severity.L001": the L001 line
    quoted = rf"""(?:{leaf}|"{leaf}"|'{leaf}')"""
    patterns = (
        rf"^[ \t]*(?:[\w.\"'-]+\.)?{quoted}[ \t]*=",
        rf"^[ \t]*\[+[ \t]*(?:[\w.\"'-]+\.)?{quoted}[ \t]*\]",
    )
    for pattern in patterns:
        match = re.compile(pattern, re.M).search(text, start)
        if match:
            return text.count("\n", 0, match.start()) + 1
    return text.count("\n", 0, start) + 1


class _Where:
    """Names a key in error messages and origins: ``file:line: key``."""

    def __init__(self, source: str, text: str | None, prefix: str) -> None:
        self.source = source
        self.text = text
        self.prefix = prefix

    def at(self, key: str) -> str:
        return f"{self.source}:{_line_of(self.text, key, self.prefix)}"

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.at(key)}: {self.prefix}{key}: {problem}")


def _str_list(value: Any, where: _Where, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(key, f"expected a list of strings, got {_type_name(value)}")
    return tuple(v.strip() for v in value if v.strip())


def _type_name(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names |= {list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _codes(value: Any, where: _Where, key: str) -> tuple[str, ...]:
    codes = _str_list(value, where, key)
    for code in codes:
        if code.upper() != "ALL" and not _CODE_OR_PREFIX.fullmatch(code):
            raise where.error(key, f"{code!r} is not a rule code or prefix")
    return codes


def config_from_mapping(
    table: Mapping[str, Any],
    *,
    source: str = "<config>",
    text: str | None = None,
    prefix: str = "",
) -> Config:
    """Build a :class:`Config` from a TOML table with kebab-case keys.

    ``text`` (the file's text) lets errors and origins give line numbers;
    ``prefix`` is how the table's keys are named in messages (``tool.resolve.``).
    """
    where = _Where(source, text, prefix)
    kwargs: dict[str, Any] = {"source": source}
    origins: dict[str, str] = {}
    extend: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        field_name = key.replace("-", "_")
        if key == "profile":
            if not isinstance(value, str) or value not in PROFILE_CHOICES:
                raise where.error(
                    key,
                    f"{value!r} is not a profile (expected one of {', '.join(PROFILE_CHOICES)})",
                )
            kwargs["profile"] = value
        elif key in ("select", "ignore"):
            kwargs[key] = _codes(value, where, key)
        elif key in ("extend-select", "extend-ignore"):
            extend[field_name] = _codes(value, where, key)
            field_name = field_name.removeprefix("extend_")
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise where.error(key, f"expected a table, got {_type_name(value)}")
            kwargs["per_file_ignores"] = {
                str(glob): _codes(codes, where, f"{key}.{glob}") for glob, codes in value.items()
            }
        elif key == "known-acronyms":
            kwargs["known_acronyms"] = frozenset(_str_list(value, where, key))
        elif key == "organization":
            if not isinstance(value, str):
                raise where.error(key, f"expected a string, got {_type_name(value)}")
            kwargs["organization"] = value
        elif key == "severity":
            kwargs["severity"] = _severities(value, where)
        elif key in ("extra-preamble-phrases", "extra-operative-verbs"):
            kwargs[field_name] = _str_list(value, where, key)
        elif key == "max-findings-per-rule":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise where.error(key, f"{value!r} is not a whole number, 0 or more")
            kwargs["max_findings_per_rule"] = value
        else:
            import difflib

            close = difflib.get_close_matches(str(key).replace("_", "-"), KEYS, n=1, cutoff=0.6)
            hint = (
                f" (did you mean `{close[0]}`?)" if close else f" (known keys: {', '.join(KEYS)})"
            )
            raise where.error(str(key), f"unknown configuration key{hint}")
        origins[field_name] = where.at(key)
    config = Config(**kwargs, origins=origins)
    if extend:
        merged = config.merge(**extend)
        # The extension came from this file, not from the command line.
        return dataclasses.replace(merged, origins=origins)
    return config


def _severities(value: Any, where: _Where) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise where.error("severity", f"expected a table, got {_type_name(value)}")
    sev: dict[str, Severity] = {}
    for code, level in value.items():
        key = f"severity.{code}"
        if not isinstance(level, str):
            raise where.error(key, f"expected error, warning or info, got {_type_name(level)}")
        try:
            sev[str(code)] = Severity.parse(level)
        except ValueError as exc:
            raise where.error(key, str(exc)) from None
    return sev
