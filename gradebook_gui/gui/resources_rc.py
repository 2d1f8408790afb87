# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01\x9d\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22>\x0a  <r\
ect x=\x226\x22 y=\x224\x22 \
width=\x2252\x22 heigh\
t=\x2256\x22 rx=\x226\x22 fi\
ll=\x22#2d6cdf\x22/>\x0a \
 <rect x=\x2212\x22 y=\
\x2212\x22 width=\x2240\x22 \
height=\x2240\x22 rx=\x22\
2\x22 fill=\x22#ffffff\
\x22/>\x0a  <path d=\x22M\
12 22h40M12 32h4\
0M12 42h40M26 12\
v40\x22 stroke=\x22#9b\
b7ec\x22 stroke-wid\
th=\x222\x22/>\x0a  <path\
 d=\x22M31 33l5 5 1\
0-12\x22 fill=\x22none\
\x22 stroke=\x22#1a9c5\
b\x22 stroke-width=\
\x224\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0d\
\x0bU\x0cG\
\x00g\
\x00r\x00a\x00d\x00e\x00b\x00o\x00o\x00k\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"


def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)


def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)


qInitResources()
