"""Snapshot tests of the dashboard's screens at fixed sizes (pytest-textual-snapshot; update with
``pytest --snapshot-update`` after checking the change by eye)."""

import pytest

from moderator.config import Config
from moderator.queue_cli import demo_queue
from moderator.tui.app import make_app


@pytest.fixture
def app(tmp_path):
    return make_app(demo_queue(Config(), tmp_path / "queue.db"), "alice")


def test_main_screen_80x24(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24))


def test_main_screen_wide(snap_compare, app):
    assert snap_compare(app, terminal_size=(160, 40))


def test_help_screen(snap_compare, app):
    assert snap_compare(app, press=["question_mark"], terminal_size=(100, 30))


def test_reason_picker(snap_compare, app):
    assert snap_compare(app, press=["r"], terminal_size=(100, 30))


def test_hostile_comment_shown_inert(snap_compare, app):
    async def find(pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"not bold", "enter")
        await pilot.pause()

    assert snap_compare(app, run_before=find, terminal_size=(120, 32))
