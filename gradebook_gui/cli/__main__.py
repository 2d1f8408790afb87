"""`python -m gradebook_gui.cli` runs the `gradebook` command."""

import sys

from gradebook_gui.cli.main import main

sys.exit(main())
