"""The review queue store: claims, decisions, undo, audit log, export; two processes at once; crash safety."""

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from moderator.store import Conflict, Filters, Store

from conftest import ROOT


def records(n, author=lambda i: f"u{i % 3}", decision="review"):
    return [{"id": f"c{i}", "text": f"comment {i}", "author": author(i), "decision": decision,
             "scores": {"toxicity": i / max(n, 1), "profanity": 0.0}, "spans": [], "reasons": ["toxicity>=0.5"],
             "posted_at": f"2024-01-01T00:{i:02d}:00"} for i in range(n)]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "q.db")
    yield s
    s.close()


def test_add_sets_states_from_machine_decisions_and_is_idempotent(store):
    recs = records(3) + [dict(records(1)[0], id="r1", decision="reject"), dict(records(1)[0], id="a1", decision="allow")]
    assert store.add(recs) == (5, 0)
    assert store.add(recs) == (0, 5)
    assert store.counts() == {"pending": 3, "approved": 1, "rejected": 1, "escalated": 0}
    assert [a["reviewer"] for a in store.audit()] == ["auto", "auto"]


def test_decide_undo_and_append_only_audit(store):
    store.add(records(4))
    store.decide("alice", "c1", "reject", "abusive", "rude")
    store.decide("alice", "c2", "approve")
    with pytest.raises(Conflict, match="already rejected"):
        store.decide("bob", "c1", "approve")
    assert store.undo("alice") == {"comment_id": "c2", "status": "pending", "undid": 2}
    assert store.undo("alice")["comment_id"] == "c1"
    assert store.undo("alice") is None
    assert store.counts()["pending"] == 4
    assert [(a["action"], a["comment_id"]) for a in store.audit()] == [
        ("reject", "c1"), ("approve", "c2"), ("undo", "c2"), ("undo", "c1")]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("UPDATE audit SET reviewer = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM audit")


def test_undo_refused_when_someone_changed_it_since(store):
    store.add(records(1))
    store.decide("alice", "c0", "escalate")
    store.decide("bob", "c0", "reject", "threat")  # a senior decides the escalated item
    with pytest.raises(Conflict, match="changed by someone else"):
        store.undo("alice")


def test_claims_keep_reviewers_apart_and_expire(tmp_path):
    a, b = Store(tmp_path / "q.db"), Store(tmp_path / "q.db", claim_minutes=0.001)
    a.add(records(2))
    assert a.claim("alice", "c0")
    assert not b.claim("bob", "c0")
    with pytest.raises(Conflict, match="claimed by alice"):
        b.decide("bob", "c0", "approve")
    assert b.claim_next("bob").id == "c1"  # alice holds c0: bob gets the next one
    assert b.claim("bob", "c1")
    time.sleep(0.1)  # bob's claims last 0.06 s
    assert a.claim("alice", "c1")
    a.close(), b.close()


def test_machine_decision_can_be_overturned_once(store):
    store.add([dict(records(1)[0], decision="reject")])
    store.decide("alice", "c0", "approve")
    with pytest.raises(Conflict):
        store.decide("bob", "c0", "reject")


def test_reject_author_and_filters(store):
    store.add(records(9))
    assert store.count(Filters.parse("author:u1")) == 3
    assert store.reject_author("alice", "u1", "spam") == 3
    assert store.count(Filters.parse("status:rejected")) == 3
    assert store.count(Filters.parse("status:all comment 8")) == 1
    assert store.count(Filters.parse("100%")) == 0  # LIKE wildcards in a search are literal
    assert [i.id for i in store.list(Filters(), sort="oldest")][:2] == ["c0", "c2"]
    assert store.author_history("u1")["rate"] == 1.0


def test_export_keeps_human_decisions_only_as_labels(store):
    store.add(records(2) + [dict(records(1)[0], id="auto1", decision="reject")])
    store.decide("alice", "c0", "reject", "harassment", "see thread")
    rows = {r["id"]: r for r in store.export()}
    assert rows["c0"]["decision"] == "rejected" and rows["c0"]["reason"] == "harassment"
    assert rows["auto1"]["status"] == "rejected" and rows["auto1"]["decision"] is None
    assert rows["c1"]["status"] == "pending"


WORKER = textwrap.dedent("""
    import json, os, sys, time
    sys.path.insert(0, {root!r})
    from moderator.store import Conflict, Store
    s = Store(sys.argv[1])
    me = sys.argv[2]
    done = []
    print("ready", flush=True)
    while not os.path.exists(sys.argv[3]):  # both start together
        time.sleep(0.005)
    while True:
        item = s.claim_next(me)
        if item is None:
            break
        try:
            s.decide(me, item.id, "approve" if int(item.id[1:]) % 2 else "reject", "spam")
            done.append(item.id)
            time.sleep(0.001)  # a (very fast) reviewer reading the next comment
        except Conflict:
            pass
    print(json.dumps(done))
""")


def test_two_reviewer_processes_never_decide_the_same_item(tmp_path):
    db = tmp_path / "q.db"
    s = Store(db)
    s.add(records(300))
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(root=str(ROOT)))
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, str(script), str(db), name, str(go)], stdout=subprocess.PIPE,
                              text=True) for name in ("alice", "bob")]
    assert [p.stdout.readline().strip() for p in procs] == ["ready", "ready"]
    go.touch()
    outs = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    alice, bob = set(outs[0]), set(outs[1])
    assert not alice & bob and len(alice | bob) == 300 and alice and bob
    decisions = [a for a in s.audit() if a["action"] in ("approve", "reject")]
    assert len(decisions) == 300 and len({a["comment_id"] for a in decisions}) == 300
    assert s.counts() == {"pending": 0, "approved": 150, "rejected": 150, "escalated": 0}
    s.close()


CRASHER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from moderator.store import Store
    s = Store(sys.argv[1])
    for i in range(100000):
        item = s.claim_next("crasher")
        if item is None:
            break
        s.decide("crasher", item.id, "reject", "spam")
        print(item.id, flush=True)
""")


def test_kill_mid_write_loses_nothing_committed(tmp_path):
    db = tmp_path / "q.db"
    s = Store(db)
    s.add(records(3000))
    s.close()
    script = tmp_path / "crash.py"
    script.write_text(CRASHER.format(root=str(ROOT)))
    p = subprocess.Popen([sys.executable, str(script), str(db)], stdout=subprocess.PIPE, text=True)
    reported = [p.stdout.readline().strip() for _ in range(200)]
    p.send_signal(signal.SIGKILL)
    p.wait()
    s = Store(db)
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rejected = {i.id for i in s.list(Filters(status="rejected"), limit=10000)}
    assert set(reported) <= rejected  # every decision the worker saw committed is there
    audited = {a["comment_id"] for a in s.audit() if a["action"] == "reject"}
    assert audited == rejected  # and state and audit log agree, with no half-written decision
    assert s.counts()["pending"] == 3000 - len(rejected)
    s.close()
