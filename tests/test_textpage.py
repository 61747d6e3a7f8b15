"""Plain-text page scrapes: WordPress bullets, Blogger 'said...', generic 'says:' layouts."""

from moderator.parsing.textpage import parse_text_page
from moderator.records import Article, Comment

from conftest import FIXTURES, parse_file

BOILERPLATE = ("Reply", "Like", "Loading", "Leave a Reply", "Akismet", "Notify me", "Delete", "Post a Comment",
               "Share this", "Twitter", "Facebook", "Newer Post", "Subscribe")


def test_wordpress_scrape_threads_likes_dates(capsys):
    cs = parse_file(capsys, FIXTURES / "pages" / "wordpress_scrape.txt")
    assert [c["author"] for c in cs] == ["Marguerite O'Neill", "Tom Baxter", None, "Zeynep Yılmaz"]
    assert [c["likes"] for c in cs] == [2, None, None, 12]
    assert cs[1]["parent_id"] == cs[0]["id"]  # indented deeper: a reply
    assert cs[2]["parent_id"] is None and cs[3]["parent_id"] is None
    assert cs[0]["posted_at"] == "2023-06-02T09:14:00"
    assert cs[3]["posted_at"] == "2023-06-03T20:00:00"
    assert cs[3]["text"] == "Can't wait! 🎆\n\nSecond line of the same comment."
    assert cs[2]["text"].startswith("Parking will be a nightmare")
    for c in cs:
        assert not any(c["text"].startswith(b) or c["text"].endswith(b) for b in BOILERPLATE), c["text"]


def test_wordpress_scrape_article_has_no_share_buttons_or_comments(capsys):
    (a,) = parse_file(capsys, FIXTURES / "pages" / "wordpress_scrape.txt", "--articles")
    assert a["title"] == "Harbour Festival Returns After Three-Year Break"
    assert a["body"].endswith("from 6 a.m. on Saturday.")
    assert "Twitter" not in a["body"] and "Marguerite" not in a["body"] and "Loading" not in a["body"]


def test_blogger_scrape(capsys):
    cs = parse_file(capsys, FIXTURES / "pages" / "blogger_scrape.txt")
    assert [c["author"] for c in cs] == ["Anonymous", "Ravi", "Anonymous", "Hazel Greaves"]
    assert cs[1]["text"] == "Wider spacing made a real difference for me.\n\nAlso try a copper-free spray early on."
    assert cs[2]["posted_at"] == "2023-08-14T23:59:00"
    assert all("Delete" not in c["text"] and "Post a Comment" not in c["text"] for c in cs)
    (a,) = parse_file(capsys, FIXTURES / "pages" / "blogger_scrape.txt", "--articles")
    assert "4 comments" not in a["body"] and "Sarpo" not in a["body"]


def test_says_scrape_with_indented_reply(capsys):
    cs = parse_file(capsys, FIXTURES / "pages" / "says_scrape.txt")
    assert [c["author"] for c in cs] == ["Linda P", "Kev", "Linda P"]
    assert cs[2]["parent_id"] == cs[1]["id"]
    assert cs[0]["text"] == "I planted one of the original pear trees! So proud of what it has become."
    assert cs[1]["posted_at"] == "2022-04-21T09:02:00"


def test_article_with_bullet_list_and_no_comments():
    page = ("Five things to know\n\nBy Desk | May 1, 2024\n\nIntro paragraph.\n\n"
            "• First point\n• Second point\n• Third point\n")
    recs = list(parse_text_page(page, "p.txt"))
    assert len(recs) == 1 and isinstance(recs[0], Article)
    assert "Second point" in recs[0].body


def test_comment_ids_are_unique_and_stable():
    page = (FIXTURES / "pages" / "wordpress_scrape.txt").read_text()
    ids1 = [r.id for r in parse_text_page(page, "x") if isinstance(r, Comment)]
    ids2 = [r.id for r in parse_text_page(page, "x") if isinstance(r, Comment)]
    assert ids1 == ids2 and len(set(ids1)) == len(ids1) == 4
