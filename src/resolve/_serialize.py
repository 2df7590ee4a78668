"""Document → plain dicts for JSON: kept for imports of the former module.

The serializer lives in :mod:`resolve.model`, next to the nodes it writes (the
two modules used to import each other); this module only re-exports it.
"""

from __future__ import annotations

from resolve.model import SCHEMA_VERSION, document_to_dict, resolution_to_dict

__all__ = ["SCHEMA_VERSION", "document_to_dict", "resolution_to_dict"]
