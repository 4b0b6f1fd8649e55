// Where the fixed documents live in the site bucket (and so under the site URL), so the publisher, the
// renderers' links and the tests cannot disagree. Paths that depend on data live with their rule: topic
// feeds in feed-groups.ts, archive pages in archive-pages.ts, directory pages in group-directory.ts, browse
// pages in pages/browse-paths.ts.

export const SITE_PATHS = {
  index: 'index.html',
  atomFeed: 'feeds/meetings.atom',
  jsonFeed: 'feeds/meetings.json',
  calendar: 'feeds/meetings.ics',
  feedIndex: 'feeds/index.json',
  meetingJson: (meetingId: string) => `meetings/${meetingId}.json`,
  meetingPage: (meetingId: string) => `meetings/${meetingId}.html`,
} as const;

/** Feed documents are named without extension: each is written as `.atom` and `.json`. */
export const CURRENT_FEED_DOCUMENT = 'feeds/meetings';

/** A feed a WebSub hub is told about: an Atom or JSON feed (current, topic, archive page); not the feed index or directory. */
export function isFeedDocument(key: string): boolean {
  return /^feeds\/.*\.(atom|json)$/.test(key) && !key.startsWith('feeds/index');
}

export function withoutExtension(path: string): string {
  return path.replace(/\.(atom|json)$/, '');
}
