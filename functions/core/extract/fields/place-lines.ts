// Place step, the head of the article: the dateline's city ("ASTANA, March 3", «Баку, 20 августа») and a line
// that names only a place above the date ("Tampere" / "4 June 2024"). Read by the choice of the meeting's place
// (place.ts), and by meeting.ts when nothing else says where.

import type { MeetingLocation } from '../../record/record.ts';
import { shortEnName, shortRuName } from '../knowledge/country-names.ts';
import { cityCountry } from '../knowledge/gazetteer.ts';
import type { AnalysedDocument } from '../model/document.ts';

/** A dateline: a city in capitals at the head of one of the first lines ("ASTANA, March 3", «НУР-СУЛТАН, 2 февраля»). */
const DATELINE_CITY = /^[ \t]*(\p{Lu}[\p{Lu}'’\- ]{2,30}\p{Lu})(?=,|:|[ \t]+[-–—]|[ \t]+\()/mu;

/** A dateline as written in running text: a city, a comma and a date ("Tokyo, May 14", «Баку, 20 августа»). */
const DATELINE_CITY_WRITTEN = /^[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+){0,2}),[ \t]*(?:\d|\p{Lu}\p{Ll}+\.?[ \t]+\d)/mu;

const datelines = new WeakMap<AnalysedDocument, MeetingLocation | null>();

/** The dateline's city, read once per document (it is asked per sentence). */
export function datelineCity(doc: AnalysedDocument): MeetingLocation | null {
  if (!datelines.has(doc)) datelines.set(doc, readDateline(doc));
  return datelines.get(doc) ?? null;
}

function readDateline(doc: AnalysedDocument): MeetingLocation | null {
  const head = doc.text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  const m = DATELINE_CITY.exec(head) ?? DATELINE_CITY_WRITTEN.exec(head);
  if (!m) return null;
  return knownCity(doc, m[1]!.toLowerCase().split(/([ -])/).map((w) => (w.length > 1 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(''));
}

/** A line of the head that names only a place, in running case: "New York", «Москва, Кремль» (a city and its
 *  venue). Official readouts put the event's place there, above the date; a wire dateline ("MOSCOW, May 3
 *  (Reuters) -") names where the item was filed and is no such line. */
const PLACE_LINE = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?:,[ \t]*\p{Lu}[\p{L}'’ -]{1,40})?$/u;

/** A line that is only a date ("17 September 2023", "September 17, 2023", «17 сентября 2023 г.»). */
const DATE_LINE = /^(?:\d{1,2}\.? \p{L}+\.?,? \d{4}|\p{L}+\.? \d{1,2}, \d{4})(?: г\.)?$/u;

/** The place line of the head (the first four lines), when there is one: the meeting's place if nothing else says.
 *  A place line right above a date line (the readout's layout) names a city of any size ("Tampere" / "4 June
 *  2024"); otherwise only a city of the first rank is taken, since a short line may be a headline. */
export function placeLine(doc: AnalysedDocument): MeetingLocation | null {
  const lines = doc.text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (let k = 0; k < Math.min(lines.length, 4); k++) {
    const m = PLACE_LINE.exec(lines[k]!);
    const city = m ? knownCity(doc, m[1]!, DATE_LINE.test(lines[k + 1] ?? '')) : null;
    if (city) return city;
  }
  return null;
}

/** A city of the gazetteer by its nominative name, with its country (countryInferred): of the first rank unless
 *  `anyRank`. */
function knownCity(doc: AnalysedDocument, name: string, anyRank = false): MeetingLocation | null {
  const known = cityCountry(name);
  if (!known || (known.rank > 0 && !anyRank)) return null;
  const country = doc.language === 'ru' ? (shortRuName(known.code) ?? null) : (shortEnName(known.code) ?? null);
  return { city: name, country, countryCode: known.code, countryInferred: true };
}
