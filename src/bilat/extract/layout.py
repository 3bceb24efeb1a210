"""How the lines of a plain-text document are laid out: the start of a list item, or of a new block."""

from __future__ import annotations

import re

# The start of a list item: a bullet ("-", "*", "•", "–", "·", "▪"), a number ("3.", "12)") or a
# letter ("a)", "b.") and then a space or tab.
LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u00b7\u25aa]|\d{1,2}[.)]|[a-z][.)])[ \t]")
# The start of a line that opens a new block: a list item, or a heading, quote or table row ("# ",
# "> ", "| "). These three are not list items: a markdown heading above a list is the list's heading.
NEW_BLOCK = re.compile(rf"[ \t]*[#>|][ \t]|{LIST_ITEM.pattern}")
