"""PySide6.QtGui as PyInstaller's own hook collects it, minus the Qt plugins the app never uses.

A hook in the spec's `hookspath` replaces the built-in one. Leaving a plugin out here also
leaves out the libraries it links: the GTK theme plugin alone would copy the build machine's
GTK drawing stack (cairo, pango, gdk-pixbuf, ...) into the bundle.
"""

from freezing import is_unused_qt_plugin
from PyInstaller.utils.hooks.qt import pyside6_library_info

hiddenimports, binaries, datas = pyside6_library_info.collect_module("PySide6.QtGui")
binaries = [(source, target) for source, target in binaries if not is_unused_qt_plugin(source)]
