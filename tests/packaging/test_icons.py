"""The icon files under resources/icons/: every platform's sizes, readable, and up to date."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
MAKE_ICONS = ROOT / "packaging" / "make_icons.py"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Mean difference per channel (0-255). Another Qt version may antialias edges a little
# differently, which moves the mean by hundredths; redrawing, or a colour moved by 16 steps,
# moves it by more than one.
MEAN_DIFFERENCE_TOLERANCE = 0.5


def image_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path.name} image {index}: {reader.errorString()}"
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def premultiplied_bytes(image: QImage) -> bytes:
    """The pixels as premultiplied RGBA bytes, so that an edge pixel weighs as much as it covers.

    The converted image is held in a name while its bytes are copied: constBits() is a view that
    does not keep the image alive, and reading it once a temporary image is freed crashes.
    """
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied)
    return bytes(converted.constBits())


def mean_difference(first: QImage, second: QImage) -> float:
    assert first.size() == second.size()
    a = premultiplied_bytes(first)
    b = premultiplied_bytes(second)
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


# Run in a process of its own: inside pytest, memory freed early is seldom handed back to the
# system, so reading a dangling view went unnoticed; a fresh process crashes on it at once.
PIXELS_OF_TWO_IMAGES = """
from PySide6.QtGui import QGuiApplication, QImage
from tests.packaging.test_icons import ICONS, premultiplied_bytes
app = QGuiApplication([])
first, second = (QImage(str(ICONS / "gradebook-512.png")) for _ in range(2))
for _ in range(20):
    assert premultiplied_bytes(first) == premultiplied_bytes(second)
centre = first.pixelColor(256, 256)
offset = (256 * first.width() + 256) * 4
pixel = premultiplied_bytes(first)[offset : offset + 4]
assert pixel == bytes([centre.red(), centre.green(), centre.blue(), centre.alpha()]), pixel
"""


def test_the_comparison_reads_each_image_while_it_exists() -> None:
    checked = subprocess.run(
        [sys.executable, "-c", PIXELS_OF_TWO_IMAGES],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr


def test_pngs_come_in_the_icon_theme_sizes(qtbot: QtBot) -> None:
    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"gradebook-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0, "the corners should be transparent"


def test_windows_icon_holds_every_size_up_to_256(qtbot: QtBot) -> None:
    data = (ICONS / "gradebook.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    assert image_sizes(ICONS / "gradebook.ico") == [16, 24, 32, 48, 64, 128, 256][:count]
    assert count == 7


def test_macos_icon_holds_every_size_up_to_1024(qtbot: QtBot) -> None:
    data = (ICONS / "gradebook.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    assert sorted(set(image_sizes(ICONS / "gradebook.icns"))) == [16, 32, 64, 128, 256, 512, 1024]


def test_committed_icons_match_a_fresh_rendering_of_the_svg(qtbot: QtBot, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(MAKE_ICONS), "--output", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    for size in PNG_SIZES:
        name = f"gradebook-{size}.png"
        difference = mean_difference(QImage(str(ICONS / name)), QImage(str(tmp_path / name)))
        assert difference <= MEAN_DIFFERENCE_TOLERANCE, (
            f"{name} is out of date with gradebook.svg: run packaging/make_icons.py"
        )
    for container in ("gradebook.ico", "gradebook.icns"):
        assert image_sizes(tmp_path / container) == image_sizes(ICONS / container)
