#!/usr/bin/env python3
"""Reads the Atom feed that the end-to-end test saved with Debian's python3-feedparser, a parser
independent of our toolchain, and fails loudly unless it is well-formed and has a complete entry.

Atom only: Debian's feedparser (6.0) does not read JSON Feed; the e2e test covers that with feedsmith.

Usage: /usr/bin/python3 tests/extra/check_feeds.py test-output/feeds/meetings.atom test-output/site/feeds/**/*.atom
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


def check(path):
    """Returns (entries, complete entries, first complete title) or exits with a message."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        sys.exit(f"check_feeds: cannot read {path}: {error}. Run the tests first (npm test).")

    feed = feedparser.parse(data)
    if feed.bozo:
        sys.exit(f"check_feeds: {path} is not a well-formed feed: {feed.bozo_exception!r}")
    if not feed.version:
        sys.exit(f"check_feeds: feedparser did not recognise {path} as a feed.")
    complete = [entry for entry in feed.entries if not problems_with(entry)]
    if feed.entries and not complete:
        details = "; ".join(
            f"entry {entry.get('id') or index}: missing {', '.join(problems_with(entry))}"
            for index, entry in enumerate(feed.entries)
        )
        sys.exit(f"check_feeds: no entry in {path} has a title, id, updated, link and summary/content ({details}).")
    return feed, complete


def main(argv):
    if len(argv) < 2:
        sys.exit(f"usage: {argv[0]} <feed file>...  (e.g. test-output/feeds/meetings.atom, written by the e2e test)")
    with_entries = 0
    for path in argv[1:]:
        feed, complete = check(path)
        if complete:
            with_entries += 1
        first = f"; first: {complete[0].title!r}" if complete else " (tombstones only)"
        print(f"check_feeds: {path} is {feed.version}, {len(feed.entries)} entries, {len(complete)} complete{first}")
    if with_entries == 0:
        sys.exit("check_feeds: none of the feeds has an entry.")
    print(f"check_feeds: {len(argv) - 1} feed(s) well-formed (bozo false), {with_entries} with complete entries.")


if __name__ == "__main__":
    main(sys.argv)
