#!/usr/bin/env python3
"""Reads the Atom feed that the end-to-end test saved with Debian's python3-feedparser, a parser
independent of our toolchain, and fails loudly unless it is well-formed and has a complete entry.

Atom only: Debian's feedparser (6.0) does not read JSON Feed; the e2e test covers that with feedsmith.

Usage: /usr/bin/python3 tests/extra/check_feeds.py test-output/feeds/meetings.atom
"""

import sys

try:
    import feedparser
except ImportError:
    sys.exit("check_feeds: feedparser is not installed (apt-get install python3-feedparser).")


def problems_with(entry):
    missing = [field for field in ("title", "id", "updated", "link") if not entry.get(field)]
    has_text = bool(entry.get("summary")) or any(part.get("value") for part in entry.get("content", []))
    if not has_text:
        missing.append("summary or content")
    return missing


def main(argv):
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} <feed file>  (e.g. test-output/feeds/meetings.atom, written by the e2e test)")
    path = argv[1]
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        sys.exit(f"check_feeds: cannot read {path}: {error}. Run the e2e test first (npm test).")

    feed = feedparser.parse(data)
    if feed.bozo:
        sys.exit(f"check_feeds: {path} is not a well-formed feed: {feed.bozo_exception!r}")
    if not feed.version:
        sys.exit(f"check_feeds: feedparser did not recognise {path} as a feed.")
    if not feed.entries:
        sys.exit(f"check_feeds: {path} ({feed.version}) has no entries.")

    complete = [entry for entry in feed.entries if not problems_with(entry)]
    if not complete:
        details = "; ".join(
            f"entry {entry.get('id') or index}: missing {', '.join(problems_with(entry))}"
            for index, entry in enumerate(feed.entries)
        )
        sys.exit(f"check_feeds: no entry in {path} has a title, id, updated, link and summary/content ({details}).")

    print(f"check_feeds: {path} is {feed.version}, {len(feed.entries)} entries, {len(complete)} complete; first: {complete[0].title!r}")


if __name__ == "__main__":
    main(sys.argv)
