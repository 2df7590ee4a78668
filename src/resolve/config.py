"""Configuration: ``resolve.toml``, ``.resolve.toml`` or ``[tool.resolve]`` in ``pyproject.toml``.

Keys are kebab-case in TOML and snake_case on :class:`Config`. CLI flags
override file values through :meth:`Config.merge`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resolve.diagnostics import Severity

CONFIG_FILES: tuple[str, ...] = ("resolve.toml", ".resolve.toml", "pyproject.toml")
"""File names looked for in each directory, in order of preference."""

PROFILE_CHOICES: tuple[str, ...] = ("auto", "ronr", "gpo", "un", "convention", "board")
"""Values accepted for ``profile``."""

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
                else:
                    changes[target] = (*current, *value)
            elif key in names:
                changes[key] = _coerce_override(key, value)
            else:
                raise TypeError(f"Config.merge() got an unexpected field {key!r}")
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
# Loading


def find_config_file(start: Path) -> Path | None:
    """The first config file found walking up from ``start`` (a file or directory)."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_tool_resolve(candidate):
                continue
            return candidate
    return None


def _has_tool_resolve(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "resolve" not in text:
        # However the table is spelled ([tool.resolve], dotted or quoted keys),
        # the word is there: without it, skip tomllib (~3 ms of imports).
        return False
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and isinstance(tool.get("resolve"), dict)


def load_config(start: Path) -> Config:
    """Find and read the configuration for ``start``; defaults if there is none.

    Raises :class:`ConfigError` naming the file and key on a bad file.
    """
    path = find_config_file(Path(start))
    if path is None:
        return Config()
    return load_config_file(path)


def load_config_file(path: Path) -> Config:
    """Read one configuration file (``[tool.resolve]`` for ``pyproject.toml``)."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    table: Any = data
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("resolve", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.resolve] must be a table")
    return config_from_mapping(table, source=str(path))


def _str_list(value: Any, source: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: invalid value for {key!r}: expected a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _codes(value: Any, source: str, key: str) -> tuple[str, ...]:
    codes = _str_list(value, source, key)
    for code in codes:
        if code.upper() != "ALL" and not _CODE_OR_PREFIX.fullmatch(code):
            raise ConfigError(
                f"{source}: invalid value for {key!r}: {code!r} is not a rule code or prefix"
            )
    return codes


def config_from_mapping(table: dict[str, Any], *, source: str = "<config>") -> Config:
    """Build a :class:`Config` from a TOML table with kebab-case keys."""
    kwargs: dict[str, Any] = {"source": source}
    for key, value in table.items():
        if key == "profile":
            _check_profile(value, source, key)
            kwargs["profile"] = value
        elif key in ("select", "ignore"):
            kwargs[key] = _codes(value, source, key)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: invalid value for {key!r}: expected a table")
            kwargs["per_file_ignores"] = {
                str(glob): _codes(codes, source, f"{key}.{glob}") for glob, codes in value.items()
            }
        elif key == "known-acronyms":
            kwargs["known_acronyms"] = frozenset(_str_list(value, source, key))
        elif key == "organization":
            if not isinstance(value, str):
                raise ConfigError(f"{source}: invalid value for {key!r}: expected a string")
            kwargs["organization"] = value
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: invalid value for {key!r}: expected a table")
            sev: dict[str, Severity] = {}
            for code, level in value.items():
                if not isinstance(level, str):
                    raise ConfigError(f"{source}: invalid value for 'severity.{code}'")
                try:
                    sev[str(code)] = Severity.parse(level)
                except ValueError as exc:
                    raise ConfigError(
                        f"{source}: invalid value for 'severity.{code}': {exc}"
                    ) from None
            kwargs["severity"] = sev
        elif key == "extra-preamble-phrases":
            kwargs["extra_preamble_phrases"] = _str_list(value, source, key)
        elif key == "extra-operative-verbs":
            kwargs["extra_operative_verbs"] = _str_list(value, source, key)
        elif key == "max-findings-per-rule":
            _check_limit(value, source, key)
            kwargs["max_findings_per_rule"] = value
        else:
            raise ConfigError(f"{source}: unknown configuration key {key!r}")
    return Config(**kwargs)
