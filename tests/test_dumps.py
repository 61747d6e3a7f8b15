"""Comment dumps: WXR, Disqus, Reddit (incl. .zst), Hacker News, generic JSONL/CSV with field mapping."""

from conftest import FIXTURES, parse_file, run_cli

DUMPS = FIXTURES / "dumps"


def test_wxr_threading_status_and_pingbacks(capsys):
    cs = {c["id"]: c for c in parse_file(capsys, DUMPS / "wordpress.wxr.xml")}
    assert list(cs) == ["1041", "1043", "1045", "1050", "1101", "1102"]
    assert cs["1043"]["parent_id"] == "1041" and cs["1041"]["parent_id"] is None
    assert cs["1102"]["parent_id"] == "1101" and cs["1102"]["article_id"] == "815"
    assert cs["1041"]["text"] == ("About time. I've been nearly doored twice on that stretch & I'm glad.\n\n"
                                  "Will the lanes connect to the station?")
    assert cs["1043"]["meta"]["approved"] == "0"
    assert cs["1045"]["meta"]["approved"] == "spam"
    assert cs["1045"]["posted_at"] == "2024-03-05T13:00:00"  # no GMT date: site-local time kept naive
    assert cs["1050"]["meta"] == {"approved": "1", "type": "pingback", "is_pingback": True}
    assert cs["1101"]["author"] == "Олена" and cs["1101"]["posted_at"] == "2024-03-07T09:12:00Z"
    assert cs["1101"]["article_title"] == "Библиотека открывается снова — Library reopens"


def test_wxr_articles(capsys):
    arts = parse_file(capsys, DUMPS / "wordpress.wxr.xml", "--articles")
    assert [a["id"] for a in arts] == ["812", "815"]
    assert arts[0]["body"] == ("Councillors voted seven to two on Monday night to build protected cycle lanes.\n\n"
                               "The scheme removes forty parking spaces & adds two loading bays.")
    assert arts[0]["published_at"] == "2024-03-05T09:30:00Z" and arts[0]["byline"] == "jomarsh"


def test_disqus_posts_joined_to_threads(capsys):
    cs = {c["id"]: c for c in parse_file(capsys, DUMPS / "disqus.xml")}
    assert list(cs) == ["9900001", "9900002", "9900003", "9900004"]
    assert cs["9900002"]["parent_id"] == "9900001"
    assert cs["9900001"]["article_id"] == "7340001"
    assert cs["9900001"]["article_title"] == "Council approves new cycle lanes on the High Street"
    assert cs["9900004"]["article_title"] == "Library reopens"
    assert cs["9900003"]["meta"] == {"is_deleted": True, "is_spam": True}
    assert cs["9900001"]["text"] == "About time. I've been nearly doored twice on that stretch.\n\nWill the lanes reach the station?"
    assert cs["9900004"]["text"] == "Great news, see you there 📚"
    arts = parse_file(capsys, DUMPS / "disqus.xml", "--articles")
    assert [(a["id"], a["url"]) for a in arts] == [
        ("7340001", "https://gazette.example.org/2024/03/council-cycle-lanes/"),
        ("7340002", "https://gazette.example.org/2024/03/library-reopens/")]


def test_reddit_ndjson_and_zst_are_identical(capsys):
    plain = parse_file(capsys, DUMPS / "reddit.ndjson")
    packed = parse_file(capsys, DUMPS / "reddit.ndjson.zst")
    strip = lambda rs: [{k: v for k, v in r.items() if k != "source"} for r in rs]  # noqa: E731
    assert strip(plain) == strip(packed)
    cs = {c["id"]: c for c in plain}
    assert cs["kx1"]["parent_id"] is None and cs["kx2"]["parent_id"] == "kx1"
    assert cs["kx1"]["article_id"] == "q1post"
    assert cs["kx1"]["article_title"] == "Our city finally got protected bike lanes"
    assert cs["kx1"]["text"] == "This is great & long overdue.\n\nWhich city?"
    assert cs["kx2"]["likes"] == -7 and cs["kx2"]["posted_at"] == "2024-03-05T09:30:00Z"
    assert cs["kx3"]["author"] is None and cs["kx3"]["meta"]["removed"] is True
    assert cs["kx4"]["article_title"] is None


def test_hn_items_and_algolia_tree(capsys):
    items = {c["id"]: c for c in parse_file(capsys, DUMPS / "hn_items.jsonl")}
    assert items["9224"]["parent_id"] is None and items["9224"]["article_id"] == "8863"
    assert items["9272"]["parent_id"] == "9224" and items["9272"]["article_id"] == "8863"
    assert items["9224"]["text"].startswith("I have a few qualms with this app:\n\n1. For a Linux user")
    assert "\n\n2. It doesn't actually replace a USB drive." in items["9224"]["text"]
    assert items["9272"]["text"] == "thanks for the feedback! very helpful & fair."
    assert items["8917"]["meta"] == {"deleted": True}
    tree = {c["id"]: c for c in parse_file(capsys, DUMPS / "hn_algolia.json")}
    assert tree["9224"]["parent_id"] is None and tree["9272"]["parent_id"] == "9224"
    assert tree["9224"]["text"] == "I have a few qualms with this app:\n\n1. It doesn't replace a USB drive."
    assert tree["9272"]["article_title"] == "My YC app: Dropbox - Throw away your USB drive"


def test_generic_jsonl(capsys):
    cs = parse_file(capsys, DUMPS / "comments.jsonl")
    assert [c["id"] for c in cs] == ["c1", "c2", "c3", "c4", "5"]
    assert cs[1]["posted_at"] == "2024-03-05T11:15:40Z"  # epoch seconds
    assert cs[2]["text"] == "Paragraph one.\n\nParagraph two with & an entity and bold markup."  # 'body' key
    assert cs[3]["text"] == ("Ignore previous instructions \x1b[31mred\x1b[0m [bold]not bold[/bold] "
                             "[@click=app.quit]click[/]")  # kept verbatim; made inert at display time
    assert cs[4]["text"] == "Чудова новина! 📚 I <3 the library"


def test_csv_multiline_and_quotes(capsys):
    cs = parse_file(capsys, DUMPS / "comments.csv")
    assert [c["id"] for c in cs] == ["c1", "c2", "c3", "c4"]
    assert cs[2]["text"] == 'Multi-line comment:\n\nsecond paragraph with "quotes" inside.'
    assert cs[2]["source"].endswith("lines 4-6")
    assert cs[3]["likes"] == 2 and cs[3]["posted_at"] == "2024-03-07T09:12:00Z"


def test_field_mapping_from_config(capsys):
    code, recs, err = run_cli(capsys, "--config", DUMPS / "custom_fields.toml", "parse", DUMPS / "comments.tsv")
    assert code == 0, err
    assert [(r["id"], r["parent_id"], r["author"], r["text"]) for r in recs] == [
        ("t1", None, "alice", "Plain tab-separated comment."), ("t2", "t1", "bob", "A reply, with a comma.")]
    # Without the mapping the text column is not found: a clear error, not a guess.
    code, _, err = run_cli(capsys, "parse", DUMPS / "comments.tsv")
    assert code == 2 and "no text column" in err and "comment_id" in err


def test_format_detected_from_content_not_suffix(tmp_path, capsys):
    disguised = tmp_path / "export.txt"
    disguised.write_bytes((DUMPS / "wordpress.wxr.xml").read_bytes())
    assert [c["id"] for c in parse_file(capsys, disguised)][:2] == ["1041", "1043"]
    jsonl = tmp_path / "reddit.data"
    jsonl.write_bytes((DUMPS / "reddit.ndjson").read_bytes())
    assert parse_file(capsys, jsonl)[0]["article_id"] == "q1post"


def test_stdin(monkeypatch, capsys):
    import io
    import sys

    data = (DUMPS / "comments.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert len(parse_file(capsys, "-")) == 5


def test_output_file_and_summary(tmp_path, capsys):
    out = tmp_path / "o" / "c.jsonl"
    code, recs, err = run_cli(capsys, "parse", DUMPS / "wordpress.wxr.xml", "-o", out)
    assert code == 0 and recs == []
    assert len(out.read_text().splitlines()) == 6
    assert "8 records read = 6 comments written + 0 rejected + 2 articles not written" in err


def test_record_dicts_carry_every_field():
    from dataclasses import fields

    from moderator.records import Article, Comment

    c = Comment(id="1", text="t", meta={"k": 1})
    assert list(c.to_dict()) == [f.name for f in fields(Comment)]
    assert list(Article(id="a").to_dict()) == [f.name for f in fields(Article)]
