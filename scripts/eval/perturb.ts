// A metamorphic evaluation set: English tuning articles with their people and their meeting place renamed.
//
// Every gold participant's name is replaced everywhere in the text (full name, the name as the text writes it
// with a short form of the given name, the surname alone, possessives, the surname in capitals) by another
// plausible person name from NAMES below; the meeting's city by a real city of another country from CITIES,
// with the gold country's name replaced by that country's name wherever it stands. Every gold string
// (names, roles, organisations, place) goes through the same substitution, so the gold moves with the text;
// dates, kinds and the rest are left alone. An extractor that generalises scores about the same on the renamed
// articles as on the originals; a drop means it depends on particular strings (a name known only from a list
// of given names, a title known only beside a particular country, a city known only from a list).
//
// Deterministic: the choices come from a PRNG seeded with SEED and the article's id. Names whose shape does
// not allow a clean substitution (one word, a regnal number, an Arabic nasab "bin"/"bint"/"ibn") are left as
// they are; an article is skipped when a renamable participant's surname or its new name cannot be placed
// cleanly (its surname is not in the text, or a chosen name already occurs in it).
// The lists are our own choice of names and cities: none is taken from any corpus; most given names and
// surnames are in none of the extractor's lexicons or its list of English given names.

import { createHash } from 'node:crypto';

export interface PerturbableRow {
  id: string;
  text: string;
  gold?: unknown;
  [key: string]: unknown;
}

export interface PerturbStats {
  lines: number;
  kept: number;
  skipped: Array<{ id: string; reason: string }>;
  /** Participants left under their own names (shape not renamable). */
  participantsUnchanged: number;
  participantsRenamed: number;
  /** Articles whose gold city or country could not be found in the text (place left as it was). */
  placesUnchanged: number;
  placesRenamed: number;
}

export const SEED = 4;

/** [given, surname]: varied origins. */
const NAMES: Array<[string, string]> = [
  ['Amara', 'Okonkwo'], ['Tomasz', 'Wieczorek'], ['Rafael', 'Quintero'], ['Ingrid', 'Solberg'], ['Kwame', 'Mensah'],
  ['Oluwaseun', 'Adebayo'], ['Bogdan', 'Petrescu'], ['Farida', 'Nazarova'], ['Yerlan', 'Zhaksybekov'], ['Emeka', 'Nwosu'],
  ['Lucía', 'Ferreyra'], ['Dariusz', 'Zielinski'], ['Chidi', 'Obiora'], ['Matías', 'Oyarzún'], ['Tariq', 'Siddiqui'],
  ['Aigerim', 'Bekova'], ['Kofi', 'Asante'], ['Sunniva', 'Bratt'], ['Radek', 'Hruska'], ['Folake', 'Adeyemi'],
  ['Santiago', 'Irigoyen'], ['Yusuf', 'Demirel'], ['Tendai', 'Moyo'], ['Esi', 'Boateng'], ['Joaquín', 'Bellido'],
  ['Dmitar', 'Kovačić'], ['Kenji', 'Morimoto'], ['Ximena', 'Garrido'], ['Henrik', 'Aasland'], ['Noor', 'Haddad'],
  ['Mirela', 'Dobrescu'], ['Ivo', 'Vukelić'], ['Saoirse', 'Mulcahy'], ['Thandiwe', 'Dlamini'], ['Oskar', 'Lindqvist'],
];

/** [city, country, ISO code]: real cities, none of them a capital; no country name takes an article. */
const CITIES: Array<[string, string, string]> = [
  ['Kraków', 'Poland', 'PL'], ['Porto', 'Portugal', 'PT'], ['Bergen', 'Norway', 'NO'], ['Tampere', 'Finland', 'FI'],
  ['Daegu', 'South Korea', 'KR'], ['Mombasa', 'Kenya', 'KE'], ['Arequipa', 'Peru', 'PE'], ['Rosario', 'Argentina', 'AR'],
  ['Medellín', 'Colombia', 'CO'], ['Plovdiv', 'Bulgaria', 'BG'], ['Kaunas', 'Lithuania', 'LT'], ['Graz', 'Austria', 'AT'],
  ['Brno', 'Czechia', 'CZ'], ['Debrecen', 'Hungary', 'HU'], ['Kumasi', 'Ghana', 'GH'], ['Durban', 'South Africa', 'ZA'],
  ['Surabaya', 'Indonesia', 'ID'], ['Chiang Mai', 'Thailand', 'TH'], ['Valparaíso', 'Chile', 'CL'], ['Cluj-Napoca', 'Romania', 'RO'],
];

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'da', 'di', 'du', 'le', 'la', 'al', 'el', 'dos', 'das']);
const UNRENAMABLE = /^(?:[IVX]+|bin|bint|ibn|the)$/i;
/** Capitalised words that may stand before a surname without being a given name. */
const TITLE_WORDS = new Set(
  'President Minister Secretary Prime Chancellor King Queen Prince Princess Mr Mrs Ms Dr Senator General Ambassador Foreign Deputy Vice Chief Premier Sheikh Director Chairman Governor Mayor Sir Lord Lady Judge Justice Envoy Adviser Advisor Spokesman Spokeswoman Leader Speaker Commissioner Representative Emir Sultan Crown'.split(' '),
);

const LETTER = '[\\p{L}\\p{N}]';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const wordRe = (s: string, flags = 'gu') => new RegExp(`(?<!${LETTER})${escapeRe(s)}(?!${LETTER})`, flags);
const occurs = (text: string, s: string) => wordRe(s, 'u').test(text);
/** A new country must not be confused with one the article already names ("Korea" in "South Korea"). */
const namedIn = (text: string, country: string) => country.split(' ').some((w) => !/^(?:South|North|Republic)$/.test(w) && occurs(text, w));

function rng(id: string): () => number {
  let a = Number.parseInt(createHash('sha256').update(`${SEED}:${id}`).digest('hex').slice(0, 8), 16);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Splits a gold name into given names and surname (with its particles: "von der Leyen", "Le Drian"). */
function splitName(name: string, text: string): { given: string[]; surname: string; surnameFirst: boolean } | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.some((w) => UNRENAMABLE.test(w))) return null;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  const surname = words.slice(start).join(' ');
  const given = words.slice(0, start);
  // Surname first ("Kishida Fumio", "Yoon Suk Yeol"): the first word stands alone in the text, the last never does.
  const full = wordRe(name, 'u');
  const alone = (w: string) => [...text.matchAll(wordRe(w))].some((m) => !full.test(text.slice(Math.max(0, m.index - 40), m.index + w.length + 40)));
  const first = words[0]!;
  if (start === words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(first) && !alone(surname) && alone(first)) {
    return { given: words.slice(1), surname: first, surnameFirst: true };
  }
  return { given, surname, surnameFirst: false };
}

/** One pass over the text: every form (longest first) to its replacement. */
function substitute(text: string, forms: Map<string, string>): string {
  if (forms.size === 0) return text;
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length);
  // Any run of white space (a line break, a no-break space) may stand between the words of a form.
  const re = new RegExp(`(?<!${LETTER})(?:${keys.map((k) => escapeRe(k).replace(/ /g, '\\s+')).join('|')})(?!${LETTER})`, 'gu');
  return text.replace(re, (m) => forms.get(m.replace(/\s+/g, ' ')) ?? m);
}

/** Applies `f` to every string inside a JSON value. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'countryCode' ? v : mapStrings(v, f)]));
  return value;
}

interface Gold {
  participants?: Array<{ name?: string | null }>;
  location?: { city?: string | null; country?: string | null; countryCode?: string | null };
}

/** Renames people and places of English rows; returns the renamed rows (ids suffixed "~renamed") and what was done. */
export function perturbRows(rows: PerturbableRow[]): { rows: PerturbableRow[]; originals: PerturbableRow[]; stats: PerturbStats } {
  const stats: PerturbStats = { lines: rows.length, kept: 0, skipped: [], participantsUnchanged: 0, participantsRenamed: 0, placesUnchanged: 0, placesRenamed: 0 };
  const out: PerturbableRow[] = [];
  const originals: PerturbableRow[] = [];
  for (const row of rows) {
    const result = perturbRow(row);
    if ('reason' in result) {
      stats.skipped.push({ id: row.id, reason: result.reason });
      continue;
    }
    stats.kept++;
    stats.participantsUnchanged += result.unchanged;
    stats.participantsRenamed += result.renamed;
    if (result.place === 'renamed') stats.placesRenamed++;
    if (result.place === 'unchanged') stats.placesUnchanged++;
    out.push(result.row);
    originals.push(row);
  }
  return { rows: out, originals, stats };
}

function perturbRow(row: PerturbableRow): { row: PerturbableRow; unchanged: number; renamed: number; place: 'renamed' | 'unchanged' | 'none' } | { reason: string } {
  const random = rng(row.id);
  const text = row.text;
  const gold = (row.gold ?? {}) as Gold;
  const forms = new Map<string, string>();
  const add = (from: string, to: string) => {
    forms.set(from, to);
    const plain = stripMarks(from);
    if (plain !== from && !forms.has(plain)) forms.set(plain, to);
  };
  const names = shuffled(NAMES, random).filter(([g, s]) => !occurs(text, g) && !occurs(text, s));
  const surnames = new Map<string, string>();
  let unchanged = 0;
  let renamed = 0;
  const people = [...new Set((gold.participants ?? []).map((p) => p.name).filter((n): n is string => !!n))];
  for (const name of people) {
    const parts = splitName(name, text);
    if (!parts) {
      unchanged++;
      continue;
    }
    const { given, surname, surnameFirst } = parts;
    if (!occurs(text, surname) && !occurs(text, stripMarks(surname))) return { reason: `surname of "${name}" not in the text` };
    const pick = names.shift();
    if (!pick) return { reason: 'too many people' };
    const newSurname = surnames.get(surname) ?? pick[1];
    surnames.set(surname, newSurname);
    const newFull = surnameFirst ? `${newSurname} ${pick[0]}` : `${pick[0]} ${newSurname}`;
    add(name, newFull);
    add(surname, newSurname);
    add(surname.toUpperCase(), newSurname.toUpperCase());
    if (!surnameFirst) {
      add(`${given[0]} ${surname}`, newFull);
      add(`${given.join(' ')} ${surname}`, newFull);
      // A short form of the given name before the surname ("Joe" for "Joseph"): same first two letters.
      for (const m of text.matchAll(new RegExp(`(?<!${LETTER})(\\p{Lu}\\p{Ll}+)\\s+${escapeRe(surname)}(?!${LETTER})`, 'gu'))) {
        const word = m[1]!;
        if (!TITLE_WORDS.has(word) && word.slice(0, 2) === given[0]!.slice(0, 2)) add(`${word} ${surname}`, newFull);
      }
    }
    renamed++;
  }
  let place: 'renamed' | 'unchanged' | 'none' = 'none';
  const loc = gold.location;
  const city = loc?.city ?? null;
  const country = loc?.country ?? null;
  if (city || country) {
    const cityHere = city ? occurs(text, city) || occurs(text, stripMarks(city)) : true;
    const countryHere = country ? occurs(text, country) : false;
    if (!cityHere || (!city && !countryHere)) place = 'unchanged';
    else {
      const choice = shuffled(CITIES, random).find(([c, n, code]) => code !== loc?.countryCode && !occurs(text, c) && !namedIn(text, n));
      if (!choice) return { reason: 'no city left' };
      const [newCity, newCountry, newCode] = choice;
      if (city) {
        add(city, newCity);
        add(city.toUpperCase(), newCity.toUpperCase());
      }
      if (country) {
        add(country, newCountry);
        // None of the new countries takes an article: "the United States" -> "Kenya".
        add(`the ${country}`, newCountry);
        add(`The ${country}`, newCountry);
      }
      place = 'renamed';
      const newGold = mapStrings(row.gold, (s) => substitute(s, forms)) as Gold;
      if (newGold.location) {
        if (city) newGold.location.city = newCity;
        if (country) newGold.location.country = newCountry;
        if (loc?.countryCode) newGold.location.countryCode = newCode;
      }
      return { row: { ...row, id: `${row.id}~renamed`, text: substitute(text, forms), gold: newGold, html: undefined }, unchanged, renamed, place };
    }
  }
  return { row: { ...row, id: `${row.id}~renamed`, text: substitute(text, forms), gold: mapStrings(row.gold, (s) => substitute(s, forms)), html: undefined }, unchanged, renamed, place };
}
