// npm run eval:persons, its judge: a gold identity for every participant mention of the corpora (which have
// no person ids of their own), and the resolver's merges counted against it.
//
// Gold identity, conservative: two mentions are one person when their full names (given name, further given
// names, surname; no patronymic) are identical after the resolver's normalisation (the folded word keys of
// record/persons/name-key.ts) and their countries (from country, organisation and role) do not differ where
// both are known. A mention with no country joins its name's group when the group has one country; with
// several it is undecided. A surname alone (or initials and a surname) is the one full-name identity of the
// same article with that surname; else the only full-name identity in all the corpora read with that surname
// (and compatible countries and initials); else, when no full name fits, one identity per surname and
// country; else (several full names fit) undecided. Undecided mentions are counted, never judged.
//
// Because the folded keys are the resolver's own, a merge of two differently spelt full names that agree only
// across scripts (a foreign name: «Блэр», "Blair") is judged wrong: the wrong merges are listed by name.

import { skeletonFromCyrillic, skeletonFromLatin } from '../../functions/core/extract/knowledge/transliteration-key.ts';
import type { KnownPerson, PersonMention } from '../../functions/core/record/persons/known-person.ts';
import { countriesAgree } from '../../functions/core/record/persons/resolve-person.ts';
import { type PersonName, readPersonName } from '../../functions/core/record/persons/person-name.ts';

export interface CorpusMention {
  article: string;
  mention: PersonMention;
}

/** A gold identity, or null when undecided. */
export type Identity = string | null;

function fullKey(name: PersonName): string {
  return [name.given!, ...name.middle, name.surname!].map((w) => w.key).join(' ');
}

/** Groups the mentions of one full name by country: mentions whose countries overlap are one identity. */
function countryGroups(mentions: Array<{ index: number; countries: string[] }>): Map<number, number> {
  const group = new Map<number, number>();
  const groups: string[][] = [];
  for (const m of mentions.filter((x) => x.countries.length > 0)) {
    let g = groups.findIndex((codes) => codes.some((c) => m.countries.includes(c)));
    if (g < 0) g = groups.push([]) - 1;
    groups[g]!.push(...m.countries);
    group.set(m.index, g);
  }
  for (const m of mentions.filter((x) => x.countries.length === 0)) if (groups.length <= 1) group.set(m.index, 0);
  return group;
}

export function goldIdentities(mentions: CorpusMention[]): Identity[] {
  const names = mentions.map((m) => readPersonName(m.mention.name));
  const identity: Identity[] = mentions.map(() => null);
  // Full names: by folded key, then by country.
  const byKey = new Map<string, Array<{ index: number; countries: string[] }>>();
  names.forEach((name, index) => {
    if (!name.given || !name.surname) return;
    const key = fullKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), { index, countries: mentions[index]!.mention.countries }]);
  });
  for (const [key, group] of byKey) for (const [index, g] of countryGroups(group)) identity[index] = `${key} #${g}`;
  // Surnames alone and initials.
  const full = [...new Set(identity.filter((x): x is string => x !== null))];
  const fullName = (id: string) => names[identity.indexOf(id)]!;
  const partialGroups = new Map<string, Array<{ index: number; countries: string[] }>>();
  names.forEach((name, index) => {
    if (name.given || !name.surname) return;
    const m = mentions[index]!;
    const fits = (id: string) => {
      const n = fullName(id);
      const countries = identity.flatMap((x, k) => (x === id ? mentions[k]!.mention.countries : []));
      return n.surname!.key === name.surname!.key && countriesAgree(countries, m.mention.countries) && (name.initial.length === 0 || name.initial.some((l) => n.initial.includes(l)));
    };
    const inArticle = full.filter((id) => fits(id) && identity.some((x, k) => x === id && mentions[k]!.article === m.article));
    const anywhere = full.filter(fits);
    if (inArticle.length === 1) identity[index] = inArticle[0]!;
    else if (inArticle.length === 0 && anywhere.length === 1) identity[index] = anywhere[0]!;
    else if (anywhere.length === 0) {
      const key = `surname ${name.surname.key}`;
      partialGroups.set(key, [...(partialGroups.get(key) ?? []), { index, countries: m.mention.countries }]);
    }
  });
  for (const [key, group] of partialGroups) for (const [index, g] of countryGroups(group)) identity[index] = `${key} #${g}`;
  return identity;
}

/**
 * Why a merge the gold identity calls wrong joined two names: only one of them gives a further given name or
 * initial ("Antony J. Blinken"), or they are spelt in two scripts and agree only loosely («Макрон»/"Macron"),
 * or neither (a merge to look at first).
 */
export type WrongBecause = 'further given name on one side' | 'spelt across scripts' | 'other';

function wrongBecause(a: string, b: string): WrongBecause {
  const x = readPersonName(a);
  const y = readPersonName(b);
  if (x.surname?.key === y.surname?.key && x.given?.key === y.given?.key && x.middle.length !== y.middle.length) return 'further given name on one side';
  const scripts = (n: PersonName) => [n.given?.script, n.surname?.script].filter(Boolean).join();
  if (scripts(x) !== scripts(y)) return 'spelt across scripts';
  return 'other';
}

export interface Judgement {
  mentions: number;
  persons: number;
  merged: number;
  mergedByFullName: number;
  mergedByPartialName: number;
  /** Merged into a person first met in an article of another language. */
  acrossLanguages: number;
  /** Wrong by the gold identity, with why the names differ there (see wrongBecause). */
  wrong: Array<{ name: string; into: string; because: WrongBecause }>;
  /** Merges whose mention or person has no gold identity. */
  unjudged: number;
  /** Mentions not merged although an earlier mention has their gold identity. */
  missed: Array<{ name: string; earlier: string }>;
  ambiguous: number;
  undecided: number;
  partialMerges: Array<{ name: string; into: string }>;
}

/** Outcome of the resolver for each mention, in corpus order: a person id (null when ambiguous) and how. */
export interface Outcome {
  personId: string | null;
  kind: 'known' | 'new' | 'ambiguous';
  by?: 'full name' | 'partial name';
}

export function judge(mentions: CorpusMention[], identity: Identity[], outcomes: Outcome[]): Judgement {
  const j: Judgement = { mentions: mentions.length, persons: 0, merged: 0, mergedByFullName: 0, mergedByPartialName: 0, acrossLanguages: 0, wrong: [], unjudged: 0, missed: [], ambiguous: 0, undecided: 0, partialMerges: [] };
  /** Per person: the gold identity, name and language of its first mention. */
  const first = new Map<string, { identity: Identity; name: string; language: string }>();
  /** Gold identities met so far, with the first name they were met under. */
  const seen = new Map<string, string>();
  outcomes.forEach((o, i) => {
    const m = mentions[i]!.mention;
    const id = identity[i] ?? null;
    if (id === null) j.undecided++;
    if (o.kind === 'ambiguous') j.ambiguous++;
    if (o.kind === 'known' && o.personId) {
      const p = first.get(o.personId)!;
      j.merged++;
      if (o.by === 'full name') j.mergedByFullName++;
      else {
        j.mergedByPartialName++;
        j.partialMerges.push({ name: m.name, into: p.name });
      }
      if (p.language !== m.language) j.acrossLanguages++;
      if (id === null || p.identity === null) j.unjudged++;
      else if (id !== p.identity) j.wrong.push({ name: m.name, into: p.name, because: wrongBecause(m.name, p.name) });
    } else if (id !== null && seen.has(id)) j.missed.push({ name: m.name, earlier: seen.get(id)! });
    if (o.kind === 'new' && o.personId) {
      j.persons++;
      first.set(o.personId, { identity: id, name: m.name, language: m.language });
    }
    if (id !== null && !seen.has(id)) seen.set(id, m.name);
  });
  return j;
}

const skeleton = (word: string) => (/[\u0400-\u04ff]/.test(word) ? skeletonFromCyrillic(word) : skeletonFromLatin(word));

/** First and last capitalised words of a name, as consonant skeletons (the extractor's gazetteer key). */
function skeletons(name: string): { given: string | null; surname: string } {
  const words = name.split(/\s+/).filter((w) => w && w[0] !== w[0]!.toLowerCase());
  return { given: words.length > 1 ? skeleton(words[0]!) : null, surname: skeleton(words[words.length - 1] ?? '') };
}

/**
 * Pairs of persons the resolver kept apart that may be one (missed merges the gold identity, built on the
 * resolver's own keys, cannot see): a consonant skeleton (a key independent of the resolver's) shared by the
 * surnames, and by the given names when both have one, with no differing country. For reading, not counting
 * as errors: namesakes are listed too.
 */
export function possiblySame(directory: readonly KnownPerson[]): Array<[string, string]> {
  const read = directory.map((p) => ({ p, names: Object.values(p.names).map(skeletons) }));
  const out: Array<[string, string]> = [];
  for (let a = 0; a < read.length; a++) {
    for (let b = a + 1; b < read.length; b++) {
      const x = read[a]!;
      const y = read[b]!;
      if (!countriesAgree(x.p.countries, y.p.countries)) continue;
      const alike = x.names.some((n) => y.names.some((m) => n.surname.length >= 2 && n.surname === m.surname && (!n.given || !m.given || n.given === m.given)));
      if (alike) out.push([Object.values(x.p.names)[0]!, Object.values(y.p.names)[0]!]);
    }
  }
  return out;
}
