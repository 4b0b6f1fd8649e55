// Source attribution step: the news outlet the text credits ("передает DKNews.kz", "цитирует РБК",
// "according to the Reuters news agency"), without quotation marks. Press services and "media" do not count.

import { dateline } from '../text/dateline.ts';

// A word of a name: letters and digits, with inner dots and hyphens ("Tengrinews.kz", "РИА-Новости");
// a dot followed by a space ends the sentence, not the name ("передает Tengrinews.kz. Ожидается ...").
// Bounded (40 characters a part, eight parts): the English patterns start with a name, so the search tries a
// name at every capital letter, and unbounded parts made a long run of capitals ("AAAA...", "A.B.C...")
// quadratic. No outlet's name comes near the bounds.
const WORD = String.raw`[A-ZА-ЯЁ][\p{L}\p{N}]{0,39}(?:[.\-][\p{L}\p{N}]{1,40}){0,8}`;
const NAME = String.raw`(«[^»\n]{1,60}»|"[^"\n]{1,60}"|${WORD}(?:[ \t]+(?:${WORD}|of|the)){0,3})`;
/** Media descriptors: after one of them a capitalised name is an outlet whatever it looks like ("агентство Рёнхап"). */
const MEDIA_RU = String.raw`(?:информационное[ \t]+)?(?:агентство|агентства|издание|газета|газеты|телеканал|радиостанция|портал|сайт|информагентство)`;
const RU = new RegExp(String.raw`(?:передает|передаёт|сообщает|сообщают|сообщило|сообщил[аи]?|цитирует|пишет|информирует|по данным|по сообщению|со ссылкой на)[ \t]+(${MEDIA_RU}[ \t]+)?${NAME}`, 'gu');
const EN = [
  new RegExp(`[Aa]ccording to (?:the )?${NAME}`, 'gu'),
  new RegExp(`${NAME}(?: news agency)? (?:reported|reports|said in a report)`, 'gu'),
  new RegExp(`(?:told|reported by|quoted by|in an interview with) (?:the )?${NAME}`, 'gu'),
  new RegExp(`(?:the )?${NAME} newspaper`, 'gu'),
];
/** Words that start no outlet's name: pronouns, titles, days (whole words), press services and officials (prefixes). */
const NOT_OUTLETS = /^(?:(?:He|She|They|It|The|A|An|This|That|Mr|Mrs|Ms|Dr|Sir|Lord|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Как|Об|О|Он|Она|Они)(?![\p{L}\p{N}.-])|СМИ|Пресс|Интернет|Источник|Официальн)/u;
const OUTLET_HINT = /[.](?:ru|com|kz|ua|by|net|org|рф|uz)$|^[A-ZА-ЯЁ]{2,}$|^[A-ZА-ЯЁ][a-zа-яё]{0,3}[A-ZА-ЯЁ]+$|^(?:Reuters|AP|AFP|BBC|Bloomberg|Times|Guardian|Telegraph|Express|Mail|Post|Journal|Интерфакс|ИТАР|РИА|ТАСС|Коммерсант|Ведомости|Известия|Лента|Голос)/;

function clean(name: string): string {
  let n = name.replace(/^[«"]|[»"]$/g, '').trim();
  n = n.replace(/[.,]$/, '');
  n = n.replace(/\s+(?:news agency|newspaper|agency)$/i, '');
  return n;
}

export function sourceAttribution(text: string, language: 'ru' | 'en'): string | null {
  return creditedOutlets(text, language)[0] ?? null;
}

/** Every outlet the text credits, in text order (an outlet credited is a source, not a meeting's organisation). */
export function creditedOutlets(text: string, language: 'ru' | 'en'): string[] {
  const patterns = language === 'ru' ? [RU] : EN;
  const found: Array<{ index: number; name: string }> = [];
  const line = dateline(text);
  if (line?.agency) found.push({ index: line.agencyStart, name: line.agency });
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = (language === 'ru' ? m[2] : m[1]) ?? '';
      const described = language === 'ru' && Boolean(m[1]);
      let name = clean(raw);
      if (language === 'en') {
        // "the Times" -> "The Times"; keep the article only when it is part of the paper's name.
        name = name.replace(/^(Sunday|Financial|New York) /, '$1 ');
        // "The Guardian reported": the article is not what marks the name as no outlet's.
        if (/^The [A-Z]/.test(name)) name = name.slice(4);
      }
      if (!name || NOT_OUTLETS.test(name)) continue;
      const quoted = /^[«"]/.test(raw);
      if (!quoted && !described && !OUTLET_HINT.test(name) && !/^[A-Z]/.test(name)) continue;
      found.push({ index: m.index ?? 0, name });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.name))];
}
