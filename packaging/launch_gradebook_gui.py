"""The frozen app's entry point: the same `main` as the `gradebook-gui` command."""

from gradebook_gui.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
