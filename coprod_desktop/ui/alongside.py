"""The member of staff sitting with the person, once they have given their PIN.

Staff alongside stay in the person's own screens (DESIGN.md section 2); knowing who they are lets
words be marked "staff wrote what I said" with a name, and choices record who was there.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.services.records import PersonInfo


@dataclass
class Alongside:
    staff: PersonInfo | None = None
