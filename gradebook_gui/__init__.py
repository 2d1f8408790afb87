"""gradebook_gui: a desktop grade editor for LMS gradebooks reached through LTIAAS."""

__version__ = "0.1.0"
