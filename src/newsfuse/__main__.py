"""``python -m newsfuse``: the ``newsfuse`` command."""

if __name__ == "__main__":
    from newsfuse.cli import main

    raise SystemExit(main())
