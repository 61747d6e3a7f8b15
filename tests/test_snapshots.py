"""Snapshot tests of the dashboard's screens at fixed sizes (pytest-textual-snapshot; update with
``pytest --snapshot-update`` after checking the change by eye).

The queue is filled from ``fixtures/demo/scored.jsonl`` (scores saved once), so retraining the model does not
change these pictures: they test the dashboard, not the scores.
"""

import json

import pytest

from moderator.config import Config
from moderator.parsing import parse_input
from moderator.store import Store
from moderator.tui.app import make_app

from conftest import FIXTURES


@pytest.fixture
def app(tmp_path):
    db = tmp_path / "queue.db"
    store = Store(db)
    page = FIXTURES / "pages" / "wordpress_scrape.txt"
    articles = [a.to_dict() for a in parse_input(str(page), Config(), articles=True)]
    with open(FIXTURES / "demo" / "scored.jsonl", encoding="utf-8") as fh:
        store.add([json.loads(line) for line in fh], articles)
    store.close()
    return make_app(db, "alice")


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
