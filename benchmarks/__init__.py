"""Speed and memory measurements of gradebook_gui, run with `python3 dev.py bench`."""
