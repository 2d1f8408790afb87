"""Render the app icon, resources/icons/gradebook.svg, in the sizes each platform wants.

Writes beside the SVG: `gradebook-<size>.png` for Linux icon themes, `gradebook.ico` for the
Windows executable and `gradebook.icns` for the macOS app bundle. Qt draws the SVG; the two
containers are written here, with PNG images inside, so no other tool is needed. Run it after
changing the SVG (a test compares the committed icons with a fresh rendering):

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG_NAME = "gradebook.svg"
# The hicolor theme's usual sizes, up to what a high-density desktop asks for.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icns image types that hold PNG data, with the pixel size of each.
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),  # 16 pt at 2x
    ("ic12", 64),  # 32 pt at 2x
    ("ic07", 128),
    ("ic08", 256),
    ("ic13", 256),  # 128 pt at 2x
    ("ic09", 512),
    ("ic14", 512),  # 256 pt at 2x
    ("ic10", 1024),  # 512 pt at 2x
)


def png_name(size: int) -> str:
    return f"gradebook-{size}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode the {size} px icon: {writer.errorString()}")
    return bytes(data.data())


def ico_file(images: Iterable[tuple[int, bytes]]) -> bytes:
    """A Windows .ico holding PNG images (read by Windows Vista and later)."""
    entries = list(images)
    header_size = 6 + 16 * len(entries)
    directory = [struct.pack("<HHH", 0, 1, len(entries))]
    offset = header_size
    for size, png in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    return b"".join(directory) + b"".join(png for _size, png in entries)


def icns_file(images: Iterable[tuple[str, bytes]]) -> bytes:
    """A macOS .icns: a header, then one (type, length, PNG) block per image."""
    blocks = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png for kind, png in images
    )
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def make_icons(svg: Path, output: Path) -> list[Path]:
    """Write every icon file for `svg` into `output`; returns the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"{svg} is not an SVG image Qt can draw")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        written.append(output / png_name(size))
        written[-1].write_bytes(pngs[size])
    written.append(output / "gradebook.ico")
    written[-1].write_bytes(ico_file((size, pngs[size]) for size in ICO_SIZES))
    written.append(output / "gradebook.icns")
    written[-1].write_bytes(icns_file((kind, pngs[size]) for kind, size in ICNS_TYPES))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICONS / SVG_NAME)
    parser.add_argument("--output", type=Path, default=ICONS, help="default: beside the SVG")
    args = parser.parse_args(argv)
    # Drawing into images needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _qt_app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for path in make_icons(args.svg, args.output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
