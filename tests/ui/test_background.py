"""Background jobs: one outcome on the GUI thread, and a thread that ends by itself."""

from __future__ import annotations

import threading

from fieldnotes.ui.background import Job


def test_waiting_on_the_gui_thread_returns_once_the_work_is_done(qtbot, master):
    release = threading.Event()
    job = Job(master.path, lambda store, progress, cancelled: release.wait(10) and "klar")
    job.start()
    release.set()
    # A closing window waits like this while blocking the GUI thread: the thread must end
    # without the GUI thread's help (it used to wait out the whole timeout).
    assert job.wait(20_000)
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as succeeded:
        pass
    assert succeeded.args == ["klar"]


def test_a_failure_is_worded_and_the_thread_ends(qtbot, tmp_path):
    job = Job(tmp_path / "findes-ikke.db", lambda store, progress, cancelled: None)
    job.start()
    assert job.wait(20_000)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        pass
    assert "findes-ikke.db" in failed.args[0]
