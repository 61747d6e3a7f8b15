"""The page the project started from: the parser's first real input (skipped when ../shared is absent)."""

import pytest

from conftest import SHARED, parse_file

SEED = SHARED / "seeds" / "000_ae7dbf5f6eedc440.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared/seeds not present")

BOILERPLATE = ("Leave a Reply", "log in using", "You are commenting using", "Connecting to %s", "Akismet",
               "Reply", "Loading...", "Liked by", "WordPress.com Logo", "Google photo")


def test_seed_comments_exactly(capsys):
    comments = parse_file(capsys, SEED)
    assert len(comments) == 4
    first = comments[0]
    assert first["author"] == "англійський масон"
    assert first["text"] == "Shut the fuck up America.\n\nThats what we want!"
    assert [c["likes"] for c in comments] == [1, 3, 4, 3]
    assert comments[1]["text"].startswith("In July, the tightly controlled public vote")
    assert comments[1]["author"] is None
    assert comments[3]["text"] == "As if Putin would not know this. Point is, he doesn\u2019t give a shit."
    assert all(c["parent_id"] is None for c in comments)
    assert len({c["article_id"] for c in comments}) == 1
    for c in comments:
        assert not any(b in c["text"] for b in BOILERPLATE), c["text"]
        assert c["source"].startswith(str(SEED))


def test_seed_article(capsys):
    (article,) = parse_file(capsys, SEED, "--articles")
    assert article["title"].replace("\xa0", " ") == "U.S. Says Kremlin Risks Turning Belarusian People Against Russia By Backing Lukashenka"
    assert article["byline"].startswith("September 11, 2020 15:56 GMT")
    assert article["published_at"] == "2020-09-11T15:56:00Z"
    assert article["body"].startswith("WASHINGTON — U.S. Deputy Secretary of State")
    assert article["body"].endswith("at a meeting of the UN Human Rights Council in Geneva for next week.")
    for b in BOILERPLATE + ("Shut the fuck up", "Liked by"):
        assert b not in article["body"]
