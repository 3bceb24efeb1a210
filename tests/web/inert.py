"""What in a page could run: scripts we did not ship, event handlers, javascript: URLs, embeds."""

from __future__ import annotations

from html.parser import HTMLParser


class TagCollector(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def active_content(html: str) -> list[str]:
    """Scripts not shipped by us, event-handler attributes, javascript: URLs and images: what could run."""
    parser = TagCollector()
    parser.feed(html)
    problems = []
    for tag, attrs in parser.tags:
        if tag == "script" and not (attrs.get("src") or "").startswith("/static/"):
            problems.append(f"inline <script> {attrs}")
        if tag in ("img", "iframe", "object", "embed"):
            problems.append(f"<{tag}> {attrs}")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"event handler {name}={value!r} on <{tag}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                problems.append(f"javascript: URL on <{tag}>")
    return problems
