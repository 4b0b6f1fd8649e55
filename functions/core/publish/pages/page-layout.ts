// The frame every page shares: head (CSP, viewport, autodiscovery links, the inline stylesheet), the
// site heading with the feeds' links, and the footer, in the page's own words and `lang`.

import type { FeedSite } from '../render-feeds.ts';
import { SITE_PATHS } from '../site-paths.ts';
import { attr, text } from './page-text.ts';
import type { PageWords } from './page-words.ts';

export const DEFAULT_TITLE = 'Meetings';

// Small enough to read at a glance; `overflow-wrap: anywhere` keeps long names and URLs from
// widening the page on a phone.
const STYLE = `
:root{color-scheme:light dark;--muted:#5f6368;--line:#d0d4d9;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--muted:#a8adb3;--line:#3c4043;--accent:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
.site{margin:0;font-weight:600}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 .25rem}
a{color:var(--accent)}
nav{margin:.5rem 0 1rem;font-size:.95rem}
nav a{margin-right:.75rem;white-space:nowrap}
article.entry{padding:1rem 0;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin:0 0 .5rem;font-size:.95rem}
.badge{display:inline-block;padding:0 .4rem;border:1px solid var(--line);border-radius:.25rem;font-size:.85rem}
.badge.cancelled{text-decoration:line-through}
dl{margin:.5rem 0}
dt{font-weight:600;font-size:.9rem;margin-top:.5rem}
dd{margin:0}
ul.people,ul.browse{margin:0;padding-left:1.2rem}
section.browse{padding:1rem 0;border-top:1px solid var(--line)}
nav.pages{display:flex;gap:1rem;justify-content:space-between}
.content{margin-top:1rem;border-top:1px solid var(--line)}
.content img{max-width:100%;height:auto}
.notice{margin-top:1rem;padding:.5rem .75rem;border:1px solid var(--line);border-left:4px solid #b3261e}
nav.browse a{margin-right:0;white-space:normal}
footer{color:var(--muted);font-size:.9rem;padding-top:1rem;padding-bottom:2rem}
`.trim();

/** A feed a page advertises: in the head (autodiscovery) and in the heading's links. */
export interface PageFeed {
  type: string;
  /** Our own words only: record text stays out of attributes, where the site's markup checks cannot tell it from markup. */
  label: string;
  href: string;
}

/** The site's own feeds and calendar. */
export function siteFeeds(site: FeedSite, words: PageWords): PageFeed[] {
  return [
    { type: 'application/atom+xml', label: words.atomFeed, href: `${site.siteUrl}/${SITE_PATHS.atomFeed}` },
    { type: 'application/feed+json', label: words.jsonFeed, href: `${site.siteUrl}/${SITE_PATHS.jsonFeed}` },
    { type: 'text/calendar', label: words.calendar, href: `${site.siteUrl}/${SITE_PATHS.calendar}` },
  ];
}

export interface PageParts {
  site: FeedSite;
  words: PageWords;
  /** Plain text, escaped here. */
  title: string;
  /** HTML. */
  heading: string;
  main: string;
  extraNav?: string;
  headingTag?: 'h1' | 'p';
  /** The page's feeds; the site's when not given. */
  feeds?: PageFeed[];
  /** Pages that are notices (a retracted meeting) advertise nothing. */
  advertise?: boolean;
}

export function page({ site, words, title, heading, main, extraNav = '', headingTag = 'h1', feeds, advertise = true }: PageParts): string {
  const links = advertise ? (feeds ?? siteFeeds(site, words)) : [];
  const alternates = links
    .map(({ type, label, href }) => `<link rel="alternate" type="${attr(type)}" title="${attr(label)}" href="${attr(href)}">`)
    .join('\n');
  const nav = [...links.map(({ type, label, href }) => `<a href="${attr(href)}" type="${attr(type)}">${text(label)}</a>`), extraNav].filter(Boolean).join('\n');
  const headingHtml = headingTag === 'h1' ? `<h1>${heading}</h1>` : `<p class="site">${heading}</p>`;
  return `<!doctype html>
<html lang="${attr(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<title>${text(title)}</title>
${alternates}
<style>
${STYLE}
</style>
</head>
<body>
<header>
${headingHtml}
${nav ? `<nav aria-label="${attr(words.feedsNav)}">\n${nav}\n</nav>` : ''}
</header>
<main>
${main}
</main>
<footer>
<p>${text(words.footer)}</p>
</footer>
</body>
</html>
`;
}

/** The site's name linking home, for the heading of every page but the home page. */
export function homeLink(site: FeedSite): string {
  return `<a href="${attr(`${site.siteUrl}/`)}">${text(site.title ?? DEFAULT_TITLE)}</a>`;
}
