"""`python -m gradebook_gui`: the same as `gradebook-gui`."""

from gradebook_gui.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
