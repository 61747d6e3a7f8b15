"""HTML pages: the article (trafilatura, with an lxml fallback) and each comment split from the markup.

Comment markup schemes recognised: WordPress (``li.comment`` / ``article.comment-body`` / ``.comment-content``),
Disqus as rendered (``li.post`` / ``.post-message``), Blogger (``.comment-thread li.comment`` and the classic
``dl#comments-block``), and schema.org ``Comment`` microdata.  Threading comes from nesting in the markup.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass
from typing import Iterator

from ..records import Article, Comment
from .textutil import element_text, normalise_date


def _cls(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


@dataclass(frozen=True)
class _Scheme:
    name: str
    container: str           # XPath from the document root to each comment element
    text: tuple[str, ...]    # relative XPaths to the text element, first hit wins
    author: tuple[str, ...]
    date: tuple[str, ...]    # relative XPaths to an attribute or element holding the date
    strip: tuple[str, ...] = ()  # relative XPaths removed before taking text when text is the container


SCHEMES = (
    _Scheme(
        "wordpress",
        f"//*[(self::li or self::div or self::article) and ({_cls('comment')} or {_cls('pingback')} or {_cls('trackback')}) "
        f"and not(ancestor::*[{_cls('comment-content')}])]",
        text=(f".//*[{_cls('comment-content')}]", f".//*[{_cls('comment-text')}]", f".//*[{_cls('comment-body')}]"),
        author=(f".//*[{_cls('comment-author')}]//*[{_cls('fn')}]", f".//*[{_cls('fn')}]", f".//*[{_cls('comment-author')}]"),
        date=(".//time/@datetime", f".//*[{_cls('comment-metadata')}]//a", f".//*[{_cls('comment-meta')}]//a"),
    ),
    _Scheme(
        "disqus",
        f"//li[{_cls('post')}]",
        text=(f".//*[{_cls('post-message')}]",),
        author=(f".//*[{_cls('author')}]//a", f".//*[{_cls('author')}]"),
        date=(f".//a[{_cls('time-ago')}]/@title", ".//time/@datetime"),
    ),
    _Scheme(
        "blogger",
        f"//*[{_cls('comment-thread')} or @id='comment-holder']//li[{_cls('comment')}]",
        text=(f".//*[{_cls('comment-content')}]",),
        author=(f".//cite[{_cls('user')}]", f".//*[{_cls('comment-header')}]//cite"),
        date=(f".//*[{_cls('datetime')}]//a", f".//*[{_cls('datetime')}]"),
    ),
    _Scheme(
        "schema.org",
        "//*[@itemtype and contains(@itemtype, 'schema.org/Comment')]",
        text=(".//*[@itemprop='text']",),
        author=(".//*[@itemprop='author']//*[@itemprop='name']", ".//*[@itemprop='author']"),
        date=(".//*[@itemprop='dateCreated']/@datetime", ".//*[@itemprop='dateCreated']"),
    ),
)
_LIKES_RE = re.compile(r"Liked by (\d[\d,]*) (?:people|persons?)", re.I)
_NOISE_XPATH = (
    "//script | //style | //noscript | //form | //nav | //aside | //iframe | "
    "//footer[not(ancestor::article)] | //header[not(ancestor::article)] | "
    f"//*[@id='respond' or @id='comments' or @id='disqus_thread' or @id='comment-form' or {_cls('comments-area')} "
    f"or {_cls('comment-respond')} or {_cls('sharedaddy')} or {_cls('comments')} or @id='comments-block']"
)


def _first(el, paths: tuple[str, ...]):
    for p in paths:
        hits = el.xpath(p)
        if hits:
            return hits[0]
    return None


def _own(container, hit, containers: set) -> bool:
    """True when ``hit`` belongs to ``container`` itself, not to a nested reply."""
    node = hit if not isinstance(hit, str) else hit.getparent()
    while node is not None and node is not container:
        if node in containers:
            return False
        node = node.getparent()
    return True


def _first_own(el, paths: tuple[str, ...], containers: set):
    for p in paths:
        for hit in el.xpath(p):
            if _own(el, hit, containers):
                return hit
    return None


def _string(hit) -> str | None:
    if hit is None:
        return None
    s = str(hit) if isinstance(hit, str) else element_text(hit)
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def parse_html_page(markup: str, name: str) -> Iterator[Article | Comment]:
    from lxml import html as lhtml

    doc = lhtml.document_fromstring(markup)
    scheme, nodes = _find_comments(doc)
    article = _article(_without_comments(doc), name)
    yield article
    if not nodes:
        return
    containers = set(nodes)
    for node in nodes:
        node.set("data-moderator-comment", "1")  # lets a copy of a subtree find the nested replies
    ids: dict = {}
    for n, node in enumerate(nodes, start=1):
        raw_id = node.get("id") or ""
        m = re.search(r"(\d+)$", raw_id)
        cid = m.group(1) if m else f"{article.id}-c{n}"
        ids[node] = cid
        parent = node.getparent()
        while parent is not None and parent not in containers:
            parent = parent.getparent()
        text_el = _first_own(node, scheme.text, containers)
        if text_el is None:
            continue
        text = element_text(_without(text_el, containers))
        if not text:
            continue
        author = _string(_first_own(node, scheme.author, containers))
        date = _string(_first_own(node, scheme.date, containers))
        meta: dict = {"scheme": scheme.name}
        classes = (node.get("class") or "").split()
        if "pingback" in classes or "trackback" in classes:
            meta["type"] = "pingback" if "pingback" in classes else "trackback"
        likes_m = _LIKES_RE.search(" ".join(t for t in node.itertext() if t))
        yield Comment(
            id=cid,
            text=text,
            parent_id=ids.get(parent) if parent is not None else None,
            author=author,
            posted_at=normalise_date(date) if date else None,
            likes=int(likes_m.group(1).replace(",", "")) if likes_m else None,
            article_id=article.id,
            article_title=article.title,
            source=f"{name}:{node.sourceline}" if node.sourceline else name,
            meta=meta,
        )


def _without(el, containers: set):
    """A copy of ``el`` with nested reply containers removed (a reply's text is not its parent's)."""
    if not any(c in containers for c in el.iterdescendants()):
        return el
    clone = copy.deepcopy(el)
    for sub in clone.xpath(".//*[@data-moderator-comment]"):
        sub.getparent().remove(sub)
    return clone


def _find_comments(doc):
    """The scheme whose selectors fit the page best: text, author and date found in most comment nodes."""
    best, best_score = (SCHEMES[0], []), 0
    for scheme in SCHEMES:
        nodes = doc.xpath(scheme.container)
        score = sum(2 * (_first(n, scheme.text) is not None) + (_first(n, scheme.author) is not None)
                    + (_first(n, scheme.date) is not None) for n in nodes)
        if score > best_score:
            best, best_score = (scheme, nodes), score
    return best


def _without_comments(doc):
    """A copy of the page without comment threads, comment forms, navigation, scripts: the article is what is left."""
    clone = copy.deepcopy(doc)
    for scheme in SCHEMES:
        for node in clone.xpath(scheme.container):
            if node.getparent() is not None:
                node.getparent().remove(node)
    for node in clone.xpath(_NOISE_XPATH):
        if node.getparent() is not None:
            node.getparent().remove(node)
    return clone


def _article(doc, name: str) -> Article:
    from lxml import html as lhtml

    markup = lhtml.tostring(doc, encoding="unicode")
    title = url = byline = published = None
    body = ""
    canon = doc.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    url = str(canon[0]) if canon else None
    t = doc.xpath("//meta[@property='article:published_time']/@content | //article//time/@datetime")
    published = normalise_date(str(t[0])) if t else None
    try:
        import trafilatura

        extracted = trafilatura.bare_extraction(markup, include_comments=False, with_metadata=True,
                                                favor_precision=True)
    except Exception:  # trafilatura is best effort on odd markup; the lxml fallback below still runs
        extracted = None
    if extracted is not None:
        d = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
        title, byline = d.get("title"), d.get("author")
        url = url or d.get("url")
        published = published or (normalise_date(d.get("date")) if d.get("date") else None)
        # trafilatura puts one paragraph a line; we keep paragraphs apart with a blank line.
        body = re.sub(r"\n+", "\n\n", (d.get("text") or "").strip())
    fallback_body, fallback_title = _fallback(doc)
    if not body or len(body) < len(fallback_body) // 3:
        body = fallback_body
    title = title or fallback_title
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    key = (url or title or name).encode("utf-8")
    return Article(id="a-" + hashlib.sha1(key).hexdigest()[:12], title=title, url=url, byline=byline,
                   published_at=published, body=body, source=name)


def _fallback(doc) -> tuple[str, str | None]:
    clone = copy.deepcopy(doc)
    h1 = clone.xpath("//h1")
    title = _string(h1[0]) if h1 else _string(_first(clone, ("//title",)))
    main = _first(clone, (f"//*[{_cls('entry-content')}]", f"//*[{_cls('post-body')}]", "//article", "//main", "//body"))
    if main is None:
        return "", title
    for h in main.xpath(".//h1"):
        h.getparent().remove(h)
    return element_text(main), title
