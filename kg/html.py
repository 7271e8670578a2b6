"""The visible text and title of an HTML page (script, style and the like dropped)."""

from __future__ import annotations

from html.parser import HTMLParser

# the head's end tag is optional: the body's first tag closes it
BODY_TAGS = frozenset(
    "body p div br li ul ol h1 h2 h3 h4 h5 h6 tr td table section article main header footer nav span a "
    "img figure blockquote pre em strong b i".split()
)


class _Visible(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head", "svg"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in BODY_TAGS and "head" in self.stack:
            del self.stack[self.stack.index("head") :]
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if "title" in self.stack:
            self.title.append(data)
        elif not self.SKIP.intersection(self.stack):
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """(title, visible text): one paragraph per block, blank lines between."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n\n".join(line for line in lines if line)
    return " ".join("".join(parser.title).split()), text
