#!/usr/bin/env python3
"""Replays what a program wrote to its terminal, write by write, in a terminal emulator.

Reads an strace log (`strace -f -ttt -xx -s 1000000 -e trace=write -o LOG program`) and feeds
the bytes of every write(1, ...) to pyte, a terminal emulator. Prints one JSON object per
write: when it happened, how many bytes, where the cursor is and the screen after it (the text
of each row and, per row, how many cells are drawn in reverse video,
and whether the cell under the cursor is). End-to-end tests read this to
check what a screen reader would see after each write.

Usage: frame-replay.py LOG COLUMNS ROWS
"""
import json
import re
import sys

import pyte

WRITE = re.compile(r'^(?:\d+\s+)?(\d+\.\d+)\s+write\(1, "((?:\\x[0-9a-f]{2})*)"')


def writes(log):
    for line in log:
        match = WRITE.match(line)
        if match:
            at, data = match.groups()
            yield float(at), bytes.fromhex(data.replace("\\x", ""))


class Screen(pyte.Screen):
    """pyte's screen with the two scrolls it lacks, SU and SD (`CSI n S`, `CSI n T`), which
    ncurses uses to scroll a list in place."""

    def scroll_up(self, count=None, *args, **kwargs):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        for _ in range(count or 1):
            for y in range(top, bottom):
                self.buffer[y] = self.buffer[y + 1]
            self.buffer.pop(bottom, None)

    def scroll_down(self, count=None, *args, **kwargs):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        for _ in range(count or 1):
            for y in range(bottom, top, -1):
                self.buffer[y] = self.buffer[y - 1]
            self.buffer.pop(top, None)


class ByteStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")
    events = pyte.ByteStream.events | {"scroll_up", "scroll_down"}


def row_text(screen, row):
    return "".join(screen.buffer[row][col].data for col in range(screen.columns)).rstrip()


def reverse_cells(screen, row):
    return sum(1 for col in range(screen.columns) if screen.buffer[row][col].reverse)


def main():
    path, columns, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    screen = Screen(columns, rows)
    stream = ByteStream(screen)
    with open(path, encoding="ascii", errors="replace") as log:
        for at, data in writes(log):
            stream.feed(data)
            print(json.dumps({
                "at": at,
                "bytes": len(data),
                "cursor": [screen.cursor.y, screen.cursor.x],
                "lines": [row_text(screen, row) for row in range(rows)],
                "reverse": [reverse_cells(screen, row) for row in range(rows)],
                "cursorOnReverse": screen.buffer[screen.cursor.y][screen.cursor.x].reverse,
            }, ensure_ascii=False))


if __name__ == "__main__":
    main()
