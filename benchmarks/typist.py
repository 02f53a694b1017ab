"""What the typing benchmarks share: a long note, and a typist who keeps to a schedule.

A keystroke's latency is the time from when it was due until the editor had handled it, so a
slow keystroke also delays the ones behind it, as a typist would feel it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

LETTERS = "abcdefghijklmnopqrstuvwxyzæøå "


def long_text(size: int, sentence: str, per_paragraph: int) -> str:
    """Numbered paragraphs of ``sentence`` repeated, about ``size`` characters in all."""
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = f"Afsnit {len(paragraphs)}. " + sentence * per_paragraph
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def type_on_schedule(
    app: QApplication, editor: QPlainTextEdit, keys: int, interval_ms: int
) -> list[float]:
    """Type ``keys`` keystrokes, one due every ``interval_ms`` from 200 ms on, running the event
    loop until 1.5 s after the last (so the last autosave happens); the latencies in ms,
    sorted."""
    latencies: list[float] = []
    begin = time.perf_counter() + 0.2

    def due(n: int) -> float:
        return begin + n * interval_ms / 1000

    def key() -> None:
        n = len(latencies)
        char = LETTERS[n % len(LETTERS)]
        code = Qt.Key.Key_Space if char == " " else Qt.Key.Key_A
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            )
        latencies.append(time.perf_counter() - due(n))
        if len(latencies) >= keys:
            QTimer.singleShot(1500, app.quit)
            return
        timer.start(max(0, round((due(len(latencies)) - time.perf_counter()) * 1000)))

    timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(key)
    timer.start(200)
    app.exec()
    return sorted(x * 1000 for x in latencies)


def p99(sorted_ms: list[float]) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(len(sorted_ms) * 0.99))]
