// The title of an article that has no headline, made from its record in the record's language: who met,
// how and where («Ержан Ашикбаев и Мирьяна Сполярич провели встречу в Астане», "Penny Wong meets Sugiono in
// Jakarta"). Never a sentence cut mid-way: with no participant, the lead's first sentence when it is whole
// and short, else a label of the meeting («Встреча в Астане»).

import type { MeetingRecord } from '../record.ts';
import { ENGLISH, RUSSIAN, type TitlePhrases } from './title-phrases.ts';

export const MAX_TITLE = 120;
/** Up to three names are listed; more read "A, B and 3 others". */
const MAX_NAMES = 3;

const PHRASES: Record<string, TitlePhrases> = { ru: RUSSIAN, en: ENGLISH };

export type TitleFields = Pick<MeetingRecord, 'language' | 'isMeeting' | 'kind' | 'status' | 'participants' | 'location'>;

export function recordTitle(fields: TitleFields, lead: string): string {
  const phrases = PHRASES[fields.language] ?? ENGLISH;
  const sentence = firstSentence(lead);
  if (!fields.isMeeting) return sentence ?? phrases.untitled;
  const names = fields.participants.map((participant) => participant.name.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const place = fields.location?.city ?? fields.location?.country ?? null;
  const facts = { kind: fields.kind, status: fields.status };
  // Fewer names, then no place, until the title fits.
  for (const at of place ? [place, null] : [null]) {
    if (names.length === 0) break;
    const shown = names.length <= MAX_NAMES ? [names.length, 2, 1] : [2, 1];
    for (const count of shown) {
      const title = phrases.withNames({ ...facts, names: names.slice(0, count), others: names.length - count, place: at });
      if (title && title.length <= MAX_TITLE) return title;
    }
  }
  if (sentence) return sentence;
  for (const at of place ? [place, null] : [null]) {
    const label = phrases.withoutNames({ ...facts, place: at });
    if (label && label.length <= MAX_TITLE) return label;
  }
  return phrases.untitled;
}

/** A sentence ends at . ! ? or … before a capital, a quote, a digit or the end of the text. */
const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}\d«"“(]|\s*$)/gu;
/** Words a full stop follows without ending the sentence: initials and common abbreviations. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Prof|Sen|Rep|Gov|Amb|No|U\.S|U\.N|г|гг|им|ул|проф|т\.е|т\.д)$/u;

/** The text's first sentence, without its full stop, when it is whole and fits a title; else undefined. */
export function firstSentence(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  let end = flat.length;
  for (const match of flat.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(flat.slice(0, match.index))) continue;
    end = match.index + 1;
    break;
  }
  const title = flat.slice(0, end).replace(/\.$/u, '');
  return title && title.length <= MAX_TITLE ? title : undefined;
}
