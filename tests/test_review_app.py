"""The review dashboard driven with keys through Textual's Pilot, asserting on the SQLite database."""

import io

import pytest
from rich.console import Console

from moderator.config import Config
from moderator.queue_cli import demo_queue
from moderator.store import Filters, Store
from moderator.tui.app import make_app
from moderator.tui.detail import DetailPane
from moderator.tui.queue_list import QueueList
from moderator.tui.screens.help import HelpScreen

from conftest import run_cli

SIZE = (120, 36)


@pytest.fixture
def db(tmp_path):
    return demo_queue(Config(), tmp_path / "queue.db")


def pending_ids(db):
    s = Store(db)
    try:
        return [i.id for i in s.list(Filters(), sort="severity")]
    finally:
        s.close()


def audit(db):
    s = Store(db)
    try:
        return [a for a in s.audit() if a["reviewer"] != "auto"]
    finally:
        s.close()


def detail_text(app) -> str:
    """What the detail pane shows, as plain text (rendered by Rich, as the terminal would get it)."""
    console = Console(width=200, record=True, file=io.StringIO(), color_system=None)
    for static in app.query_one(DetailPane).query("Static"):
        console.print(static.content)
    return console.export_text()


async def search(pilot, query: str) -> None:
    await pilot.press("slash")
    await pilot.pause()
    await pilot.press(*query, "enter")
    await pilot.pause()


async def test_approve_moves_to_next_at_once_and_is_stored(db):
    order = pending_ids(db)
    app = make_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current.id == order[0]
        await pilot.press("a")
        assert app.current.id == order[1]  # no reload, no wait: the next comment is up
        table = app.query_one(QueueList)
        assert str(table.get_cell(order[0], "sev")).startswith("✓")  # the decided row stays, marked, until a reload
    rows = audit(db)
    assert [(r["comment_id"], r["action"], r["to_status"]) for r in rows] == [(order[0], "approve", "approved")]


async def test_reject_with_reason_escalate_and_undo(db):
    order = pending_ids(db)
    app = make_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("3")  # harassment
        await pilot.pause()
        await pilot.press("e")
        await pilot.press("u")
        await pilot.pause()
    rows = audit(db)
    assert [(r["comment_id"], r["action"], r["reason"]) for r in rows] == [
        (order[0], "reject", "harassment"), (order[1], "escalate", None), (order[1], "undo", None)]
    assert rows[2]["undoes"] == rows[1]["seq"]
    assert pending_ids(db) == order[1:]


async def test_j_k_search_sort_and_note(db):
    app = make_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        first = app.current.id
        await pilot.press("j")
        await pilot.pause()
        second = app.current.id
        await pilot.press("k")
        await pilot.pause()
        assert second != first and app.current.id == first
        await search(pilot, "author:Gary")
        table = app.query_one(QueueList)
        assert table.row_count >= 1 and app.current.author == "Gary"
        await pilot.press("s")
        assert app.sort == "newest"
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"see earlier thread", "enter")
        await pilot.pause()
    notes = [r for r in audit(db) if r["action"] == "note"]
    assert len(notes) == 1 and notes[0]["note"] == "see earlier thread"


async def test_reject_all_by_author_after_confirmation(db):
    app = make_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "author:Gary")
        n = app.query_one(QueueList).row_count
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("n")  # declined: nothing happens
        await pilot.pause()
        assert not audit(db)
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    rows = audit(db)
    assert len(rows) == n >= 2 and all(r["action"] == "reject" for r in rows)


async def test_help_screen_and_command_palette(db):
    order = pending_ids(db)
    app = make_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Approve", "enter")
        await pilot.pause()
        await pilot.pause(0.2)
    assert [(r["comment_id"], r["action"]) for r in audit(db)] == [(order[0], "approve")]


async def test_hostile_text_is_inert(db):
    app = make_app(db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "not bold")
        assert app.current is not None and "[@click=app.quit]" in app.current.text
        await pilot.press("enter", "space")  # clicking or activating the row must not run the markup's action
        await pilot.pause()
        text = detail_text(app)
        assert "[bold]not bold[/bold]" in text and "[@click=app.quit]click me[/]" in text
        assert "\\x1b[31mRED\\x1b[0m" in text and "\x1b" not in text
        assert "\\x1b]0;pwned\\x07Mallory" in text  # the author's OSC title sequence too
        assert app.is_running


async def test_second_reviewer_cannot_take_an_open_item(db):
    first = pending_ids(db)[0]
    alice, bob = make_app(db, "alice"), make_app(db, "bob")
    async with alice.run_test(size=SIZE) as a_pilot:
        await a_pilot.pause()
        assert alice.current.id == first and alice.claimed
        async with bob.run_test(size=SIZE) as b_pilot:
            await b_pilot.pause()
            assert bob.current.id == first and not bob.claimed
            assert "open with alice" in detail_text(bob)
            await b_pilot.press("a")
            await b_pilot.pause()
        await a_pilot.press("r", "1")
        await a_pilot.pause()
    assert [(r["reviewer"], r["action"]) for r in audit(db)] == [("alice", "reject")]


def test_review_without_a_database_is_a_clear_error(capsys, tmp_path):
    code, _, err = run_cli(capsys, "review", "--db", tmp_path / "none.db")
    assert code == 2 and "no queue database" in err
