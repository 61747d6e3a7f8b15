"""HTML pages: article body apart from comments; per-comment author, date, text and threading from markup."""

from conftest import FIXTURES, parse_file

PAGES = FIXTURES / "pages"


def test_wordpress_html_comments(capsys):
    cs = parse_file(capsys, PAGES / "wordpress_page.html")
    by_id = {c["id"]: c for c in cs}
    assert list(by_id) == ["1041", "1043", "1044", "1050"]
    assert by_id["1041"]["author"] == "Priya N."
    assert by_id["1041"]["posted_at"] == "2024-03-05T10:02:11Z"
    assert by_id["1041"]["text"] == ("About time. I’ve been nearly doored twice on that stretch & I’m glad the council "
                                     "listened.\n\nSecond paragraph: will the lanes connect to the station?")
    assert by_id["1043"]["parent_id"] == "1041"
    assert "muppet" not in by_id["1041"]["text"]  # a reply's text is not its parent's
    assert by_id["1044"]["text"].startswith("[bold]Loading bays[/bold] are the real story here <3")
    assert by_id["1050"]["meta"]["type"] == "pingback"
    assert all("Reply" not in c["text"] and "Leave a Reply" not in c["text"] for c in cs)


def test_wordpress_html_article(capsys):
    (a,) = parse_file(capsys, PAGES / "wordpress_page.html", "--articles")
    assert a["title"] == "Council approves new cycle lanes on the High Street"
    assert a["url"] == "https://gazette.example.org/2024/03/council-cycle-lanes/"
    assert a["published_at"] == "2024-03-05T09:30:00Z"
    assert a["byline"] == "Jo Marsh"
    assert a["body"].startswith("Councillors voted seven to two")
    assert a["body"].endswith("kept open to buses throughout.")
    for leak in ("Priya", "muppet", "Leave a Reply", "Share this", "should never appear", "Proudly powered", "Home"):
        assert leak not in a["body"]


def test_disqus_html(capsys):
    cs = parse_file(capsys, PAGES / "disqus_page.html")
    assert [c["id"] for c in cs] == ["9900004", "9900005"]
    assert cs[0]["author"] == "Олена" and cs[0]["text"] == "Great news, see you there 📚\n\nThe maker space sounds brilliant."
    assert cs[1]["parent_id"] == "9900004"
    assert cs[1]["text"] == "Waste of <b>our</b> taxes, you lot are idiots."  # escaped markup stays literal text
    assert cs[1]["posted_at"] == "2024-03-07T10:40:00"
    (a,) = parse_file(capsys, PAGES / "disqus_page.html", "--articles")
    assert "maker space" in a["body"] and "idiots" not in a["body"]


def test_blogger_html(capsys):
    cs = parse_file(capsys, PAGES / "blogger_page.html")
    assert [(c["id"], c["author"], c["parent_id"]) for c in cs] == [
        ("7001", "Anonymous", None), ("7004", "Hazel Greaves", "7001"), ("7003", "Anonymous", None)]
    assert cs[0]["posted_at"] == "2023-08-13T18:42:00"
    (a,) = parse_file(capsys, PAGES / "blogger_page.html", "--articles")
    assert a["body"].startswith("The potatoes took the worst") and "Sarpo" not in a["body"]
