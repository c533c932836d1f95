"""``python -m newsfuse``: the ``newsfuse`` command."""

from newsfuse.cli import main

raise SystemExit(main())
