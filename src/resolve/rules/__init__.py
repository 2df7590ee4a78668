"""Lint rules. The table of rules is :data:`resolve.rules.registry.RULES`."""

from __future__ import annotations

from resolve.rules.base import Context, Hit, Rule

__all__ = ["Context", "Hit", "Rule"]
