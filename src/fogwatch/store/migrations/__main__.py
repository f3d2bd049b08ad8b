"""``python -m fogwatch.store.migrations "message"``: write a new, empty revision file under versions/."""

from __future__ import annotations

import sys

from alembic import command

from . import HEAD, alembic_config

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit('usage: python -m fogwatch.store.migrations "what the revision changes"')
    command.revision(alembic_config(), message=sys.argv[1], rev_id=f"{int(HEAD) + 1:04d}")
