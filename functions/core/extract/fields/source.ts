// Source attribution step: the news outlet the text credits ("передает DKNews.kz", "цитирует РБК",
// "according to the Reuters news agency", a wire dateline "/ТАСС/", "(AP)", a sign-off "— AFP"), without
// quotation marks. Press services, ministries, the Kremlin's site, Telegram channels and "media" do not count
// (MEETINGS.md). With several credits, the one in the meeting's own sentences wins, else the first.

import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import { dateline } from '../text/dateline.ts';

// A word of a name: letters and digits, with inner dots and hyphens ("Tengrinews.kz", "РИА-Новости");
// a dot followed by a space ends the sentence, not the name ("передает Tengrinews.kz. Ожидается ...").
// Bounded (40 characters a part, eight parts): the English patterns start with a name, so the search tries a
// name at every capital letter, and unbounded parts made a long run of capitals ("AAAA...", "A.B.C...")
// quadratic. No outlet's name comes near the bounds.
const WORD = String.raw`[A-ZА-ЯЁ][\p{L}\p{N}]{0,39}(?:[.\-][\p{L}\p{N}]{1,40}){0,8}`;
// РИА «Новости»: a word and a quoted name together are one outlet.
const NAME = String.raw`(${WORD}[ \t]+«[^»\n]{1,40}»|«[^»\n]{1,60}»|"[^"\n]{1,60}"|${WORD}(?:[ \t]+(?:${WORD}|of|the)){0,3})`;
/** Media descriptors: after one of them a capitalised name is an outlet whatever it looks like ("агентство Рёнхап"). */
const MEDIA_RU = String.raw`(?:корреспондент[а-яё]*[ \t]+)?(?:(?:информационное[ \t]+)?(?:агентство|агентства|издание|издания|газета|газеты|телеканал|телеканала|радиостанция|радиостанции|портал|портала|сайт|информагентство|информагентства)[ \t]+)?`;
const RU = new RegExp(
  String.raw`(?:передает|передаёт|сообщает|сообщают|сообщило|сообщил[аи]?|цитирует|пишет|отмечает|информирует|[Пп]о (?:данным|сообщению|материалам)|со ссылкой на|[Цц]итат[аеы] по|приводит(?:[ \t]+(?:сообщение|слова|данные|цитату))?|в интервью)[ \t]+(${MEDIA_RU})${NAME}`,
  'gu',
);
const EN = [
  new RegExp(`[Aa]ccording to (?:the )?${NAME}`, 'gu'),
  new RegExp(`${NAME}(?: news agency)? (?:reported|reports|said in a report)`, 'gu'),
  new RegExp(`(?:told|reported by|quoted by|in an interview with) (?:the )?${NAME}`, 'gu'),
  new RegExp(`(?:the )?${NAME} newspaper`, 'gu'),
  // "The BBC's Paul Reynolds says": the outlet's correspondent.
  new RegExp(`\\b[Tt]he ${NAME}['’]s (?:[A-Z][\\p{L}-]+ ){1,3}(?:says|said|reports|reported|writes|wrote)`, 'gu'),
];
const OUTLET_HINT = /[.](?:ru|com|kz|ua|by|net|org|рф|uz|kg|news)$|^[A-ZА-ЯЁ]{2,}$|^[A-ZА-ЯЁ][a-zа-яё]{0,3}[A-ZА-ЯЁ]+$|^(?:Reuters|AP|AFP|BBC|Bloomberg|Times|Guardian|Telegraph|Express|Mail|Post|Journal|Интерфакс|ИТАР|РИА|ТАСС|Коммерсант|Ведомости|Известия|Лента|Голос|Радио)/;

/** «НУР-СУЛТАН, 2 февраля. /ТАСС/.», «АСТАНА, 23 июл — Sputnik.»: a Russian wire dateline and its agency. */
const DATELINE_RU = /^[ \t]*\p{Lu}[\p{Lu}\- ]{2,30},[ \t]+\d{1,2}[ \t]+\p{L}{3,9}\.?[ \t]*(?:\/[ \t]*([^/\n]{2,30}?)[ \t]*\/|[—–-][ \t]*(\p{L}[\p{L}\p{N}.\- ]{1,30}?)\.(?:\s|$))/mu;
/** "Washington, DC (STL.News) The ...", "ASTANA (Kazinform) -": a place at the head of a line, then the agency in brackets. */
const BRACKET_DATELINE = /^[ \t]*\p{Lu}[\p{L}.'’\- ]{1,30}(?:,[ \t]+\p{Lu}[\p{L}\p{N}.'’ ]{0,30})*[ \t]*\((\p{Lu}[\p{L}\p{N}&.\- ]{0,30})\)/mu;
/** "... said. — AFP", "\n\n-Aki Press": an agency signing off the text. */
const SIGN_OFF = /(?:^|[.!?»"”][ \t]*|\n)[ \t]*[—–-][ \t]?(\p{Lu}[\p{L}\p{N}.]*(?:[ \t]\p{Lu}[\p{L}\p{N}.]*){0,2})[ \t]*$/u;

const notOutlet = (name: string) => lexicon('ru').notOutlet.test(name) || lexicon('en').notOutlet.test(name);

function clean(name: string): string {
  let n = name.replace(/[«»"]/g, (q) => (q === '«' ? ' ' : '')).replace(/\s+/g, ' ').trim();
  n = n.replace(/[.,]$/, '');
  n = n.replace(/\s+(?:news agency|newspaper|agency)$/i, '');
  return n;
}

interface Credit {
  index: number;
  name: string;
}

/** The first outlet the text credits (no meeting sentence to prefer). */
export function sourceAttribution(text: string, language: 'ru' | 'en'): string | null {
  return creditedOutlets(text, language)[0] ?? null;
}

/** The source of a meeting: the outlet credited in one of the meeting's sentences, else the first credited. */
export function meetingSource(doc: AnalysedDocument, sentences: number[]): string | null {
  const credits = allCredits(doc.text, doc.language);
  const inMeeting = credits.find((c) =>
    sentences.some((s) => {
      const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
      return from < to && c.index >= doc.tokens[from]!.start && c.index < doc.tokens[to - 1]!.end;
    }),
  );
  return (inMeeting ?? credits[0])?.name ?? null;
}

/** Every outlet the text credits, in text order (an outlet credited is a source, not a meeting's organisation). */
export function creditedOutlets(text: string, language: 'ru' | 'en'): string[] {
  return [...new Set(allCredits(text, language).map((c) => c.name))];
}

function allCredits(text: string, language: 'ru' | 'en'): Credit[] {
  const found: Credit[] = [...wireCredits(text)];
  for (const re of language === 'ru' ? [RU] : EN) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = (language === 'ru' ? m[2] : m[1]) ?? '';
      const described = language === 'ru' && Boolean(m[1]);
      let name = clean(raw);
      if (language === 'en') {
        name = name.replace(/^(Sunday|Financial|New York) /, '$1 ');
        // "The Guardian reported": the article is not what marks the name as no outlet's.
        if (/^The [A-Z]/.test(name)) name = name.slice(4);
      }
      if (!name || notOutlet(name)) continue;
      const quoted = /^[«"]|«/.test(raw);
      if (!quoted && !described && !OUTLET_HINT.test(name) && !/^[A-Z]/.test(name)) continue;
      found.push({ index: m.index ?? 0, name });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Agencies credited by the layout: a dateline at the head of the first lines, or a sign-off at the end. */
function wireCredits(text: string): Credit[] {
  const out: Credit[] = [];
  const line = dateline(text);
  if (line?.agency) out.push({ index: line.agencyStart, name: line.agency });
  const head = text.split('\n').slice(0, 5).join('\n');
  for (const re of [DATELINE_RU, BRACKET_DATELINE]) {
    const m = re.exec(head);
    const name = m ? clean(m[1] ?? m[2] ?? '') : '';
    if (m && name && !notOutlet(name) && !out.some((c) => c.name === name)) out.push({ index: (m.index ?? 0) + m[0].indexOf(name), name });
  }
  const end = SIGN_OFF.exec(text.slice(-200));
  const signed = end ? clean(end[1]!) : '';
  if (end && signed && !notOutlet(signed)) out.push({ index: text.length - 200 + (end.index ?? 0), name: signed });
  return out;
}
