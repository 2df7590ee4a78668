"""Coerce command-line values without pydantic, inside typer.

Typer 0.29 coerces every non-boolean parameter through a pydantic
``TypeAdapter``, built the first time a parameter is processed; importing
pydantic and ``importlib.metadata`` for it costs ~45 ms of a cold
``resolve check`` that does ~100 ms of real work. This module gives each typer
parameter a small runtime coercer (typer's own ``_runtime_param`` slot) that
handles the plain values our commands take — ``str``, ``bool``, ``int`` within its
``min``/``max``, ``Path``, ``Enum`` choices and lists of those — the way typer
would, and hands every other value (a bad one included) to typer's own
pydantic-based coercer, built only then. So accepted values and error messages
are typer's, and pydantic loads only when a value is unusual or wrong.

The coercer is a plain object with the one method typer calls on a runtime
parameter, ``coerce(value, param, ctx)``; it subclasses nothing of typer's. If
typer's internals are not what this expects (another version: older typer
coerces with click's types and needs none of this), nothing is seeded and
typer works as it always does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typer._click import Command, Context

__all__ = ["seed_command"]

_MISS = object()
"""A value the fast path does not handle: typer's own coercer decides."""

_MAX_INT_DIGITS = 18


def _fast_runtime_param_class() -> type[Any] | None:
    """The fast coercer class; ``None`` if typer does not have the internals it
    relies on (a ``_runtime_param`` slot, built by ``build_runtime_param``)."""
    try:
        from typer._coercion import build_runtime_param
        from typer._param_types import coerce_cli_choice, coerce_cli_path
    except ImportError:
        return None

    @dataclass(frozen=True)
    class FastRuntimeParam:
        parameter_info: Any
        annotation: Any
        kind: str
        """``str``, ``bool``, ``int``, ``path`` or ``enum``."""
        leaf: Any
        """The annotation of one value (of each item, for a list)."""
        is_list: bool
        fallback: list[Any] = field(default_factory=list)
        """typer's own runtime param, built on first need (a one-item cell)."""

        def _typer(self, param: Any) -> Any:
            if not self.fallback:
                self.fallback.append(build_runtime_param(param.type_descriptor))
            return self.fallback[0]

        def _leaf(self, value: Any, param: Any, ctx: Context) -> Any:
            info = self.parameter_info
            if self.kind == "str":
                return value if type(value) is str else _MISS
            if self.kind == "bool":
                return value if type(value) is bool else _MISS
            if self.kind == "int":
                if type(value) is str and value.isascii() and value.isdigit():
                    if len(value) > _MAX_INT_DIGITS:
                        return _MISS
                    value = int(value)
                if type(value) is not int:
                    return _MISS
                if (info.min is not None and value < info.min) or (
                    info.max is not None and value > info.max
                ):
                    return _MISS  # typer words the error
                return value
            if self.kind == "enum":
                choices = list(self.leaf)
                try:
                    return coerce_cli_choice(
                        value, choices=choices, case_sensitive=info.case_sensitive, ctx=ctx
                    )
                except ValueError:
                    return _MISS  # typer words the error
            if self.kind == "path":
                if type(value) is str:
                    value = Path(value)
                if not isinstance(value, Path):
                    return _MISS
                try:
                    return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
                except ValueError:  # e.g. a NUL in the path: typer words the error
                    return _MISS
            return _MISS  # pragma: no cover (kinds are fixed by _kind)

        def coerce(self, value: Any, param: Any, ctx: Context) -> Any:
            """What typer calls: ``None`` is "not given"; everything else is coerced."""
            is_multi_value = param.multiple or param.nargs == -1
            if value is None:
                return () if is_multi_value else None
            if is_multi_value and isinstance(value, str):
                return self._typer(param).coerce(value, param=param, ctx=ctx)  # typer's error
            return self._coerce_value(value, param, ctx)

        def _coerce_value(self, value: Any, param: Any, ctx: Context) -> Any:
            if self.is_list:
                items = value if isinstance(value, (list, tuple)) else [value]
                out = [self._leaf(item, param, ctx) for item in items]
                if all(item is not _MISS for item in out):
                    return out
            else:
                result = self._leaf(value, param, ctx)
                if result is not _MISS:
                    return result
            return self._typer(param)._coerce_value(value, param=param, ctx=ctx)

    return FastRuntimeParam


def _kind(annotation: Any, info: Any) -> str | None:
    """Which fast coercion fits this leaf annotation and its options, if any."""
    if getattr(info, "parser", None) is not None:
        return None
    if annotation is str:
        return "str"
    if annotation is bool:
        return "bool"
    if annotation is int and not getattr(info, "clamp", False):
        return "int"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "enum"
    if annotation is Path and (
        getattr(info, "path_type", None) is None
        and not getattr(info, "resolve_path", False)
        and not getattr(info, "allow_dash", False)
    ):
        return "path"
    return None


def _commands(command: Any) -> list[Any]:
    found = [command]
    for sub in getattr(command, "commands", {}).values():
        found.extend(_commands(sub))
    return found


def _seed_param(param: Any, cls: type[Any]) -> bool:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or getattr(param, "_runtime_param", _MISS) is not None:
        return False
    if getattr(descriptor, "file_annotation", None) is not None:
        return False
    from typing import get_args, get_origin

    annotation = descriptor.annotation
    info = descriptor.parameter_info
    is_list = get_origin(annotation) is list
    if is_list:
        args = get_args(annotation)
        if len(args) != 1:
            return False
        annotation = args[0]
    kind = _kind(annotation, info)
    if kind is None:
        return False
    param._runtime_param = cls(
        parameter_info=info,
        annotation=descriptor.annotation,
        kind=kind,
        leaf=annotation,
        is_list=is_list,
    )
    return True


def _seed_help_option(command: Any, cls: type[Any]) -> None:
    """The ``--help`` option is made on first use, per context: seed it then."""
    original = command.get_help_option

    def get_help_option(ctx: Context) -> Any:
        option = original(ctx)
        if option is not None:
            try:
                _seed_param(option, cls)
            except Exception:  # pragma: no cover (typer's internals differ)
                pass
        return option

    command.get_help_option = get_help_option


def seed_command(command: Command) -> int:
    """Give each parameter of ``command`` (and its subcommands) a fast coercer
    where one fits; return how many were seeded. Never raises."""
    try:
        cls = _fast_runtime_param_class()
        if cls is None:
            return 0
        seeded = 0
        for cmd in _commands(command):
            for param in cmd.params:
                seeded += _seed_param(param, cls)
            if callable(getattr(cmd, "get_help_option", None)):
                _seed_help_option(cmd, cls)
        return seeded
    except Exception:  # typer's internals differ: leave typer's own path alone
        return 0
