// Organisations step: names of ORG mentions in the nominative, with acronyms resolved against the
// longer names in the same text (МККК = Международный комитет Красного Креста, LSE = London Stock Exchange).
// This file lists the participants' organisations and the frame's, joined and without short forms; whether a
// frame organisation takes part is read in organization-taking-part.ts, hosts in organization-hosts.ts, bodies
// named by a phrase in organization-phrases.ts, names that are no body of their own in
// organization-generic-names.ts, and what is left out in organization-filters.ts.

import type { Organization, Participant } from '../../record/record.ts';
import { type Frame, isHeadline } from './frame.ts';
import { analyse } from '../knowledge/morphology.ts';
import { lexicon } from '../lexicon/index.ts';
import { STATE_FORMS_GEN_RU } from '../lexicon/ru.ts';
import { discussed, notAnOrganization, onSidelines, speaksOfMeeting } from './organization-filters.ts';
import { isCountryName, isGenericOrganization } from './organization-generic-names.ts';
import { bareAcronyms, hostHeadquarters, hostMinistries, hostOrganizations } from './organization-hosts.ts';
import { companiesNamed, sessionBodies } from './organization-phrases.ts';
import { beforeCue, hasCueWord, holdsGathering, inOpeningPhrase, takesPart } from './organization-taking-part.ts';
import { acronyms, organizationName, quotedOrganization } from '../mentions/organization-names.ts';
import { type AnalysedDocument, mentionsIn } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

/** A state body is its country's (a state official's organisation is the country, not the body). */
export const STATE_BODY = /^(государственн|федеральн|national |state )/i;

/** An organisation inside a participant's position, right before the name ("главой МИД Турции Хаканом Фиданом",
 *  "Speaker of the Polish Senate Jan Nowak", "NATO Secretary General Piet de Wit"): it belongs to the role, and
 *  the participant's own organisation stands for it (the country for a state official, NATO for its head). */
export function inParticipantRole(doc: AnalysedDocument, m: Mention, participants: Participant[]): boolean {
  let k = m.last;
  while (k < doc.tokens.length && k - m.last < 6 && doc.mentionAt[k]?.type !== 'PER') k = doc.mentionAt[k] ? doc.mentionAt[k]!.last : k + 1;
  const person = doc.mentionAt[k];
  if (person?.type !== 'PER') return false;
  const participant = participants.find((p) => p.mentions.some((x) => x.start === person.start));
  return !!participant?.role && !!participant.organization && participant.role.includes(doc.text.slice(m.start, m.end));
}

/** The organisation comes after the word of a posting in the person's position ("посол США в ЕС", "Ambassador to
 *  the UN"): where the person serves, not whom they represent. Words are compared by their first four letters,
 *  so that an inflected name («при Организации Объединённых Наций») still matches. */
export function postedTo(role: string | null, organization: string, language: 'ru' | 'en'): boolean {
  if (!role) return false;
  const stem = (w: string) => w.toLowerCase().replace(/[«»"“”]/g, '').slice(0, 4);
  const first = stem(organization.split(/\s+/)[0] ?? '');
  const words = role.split(/\s+/);
  return words.some((w, i) => lexicon(language).postedTo.test(w.toLowerCase()) && stem((words[i + 1]?.toLowerCase() === 'the' ? words[i + 2] : words[i + 1]) ?? '') === first);
}

/** The country named right after a body belongs to its name: a state body's ("Министерства финансов Латвии"),
 *  and in Russian any body's when the country is in the genitive or follows its form of government
 *  («Парламента Грузии», «Правительства Республики Казахстан»). */
function ownCountry(doc: AnalysedDocument, m: Mention, name: string, country: Mention): boolean {
  if (lexicon(doc.language).stateBody.test(name)) return true;
  if (doc.language !== 'ru') return false;
  return STATE_FORMS_GEN_RU.test(doc.tokens[m.last - 1]!.text) || analyse(doc.tokens[country.first]!.text).parses.some((p) => p.case === 'gent');
}

/** A sentence's organisation mentions with the English acronyms no mention holds, in text order. */
function orgsOf(doc: AnalysedDocument, s: number): Mention[] {
  return [...mentionsIn(doc, s, 'ORG'), ...bareAcronyms(doc, s)].sort((a, b) => a.start - b.start);
}

/** The meeting's organisations: those of the participants that are not states, hosts, session bodies, and the
 *  organisations of the frame sentence that take part. */
export function meetingOrganizations(doc: AnalysedDocument, frame: Frame, participants: Participant[], outlets: string[]): Organization[] {
  const main = frame.main;
  const organizations: Organization[] = [];
  // Indexes made once, on the first organisation (looking each name up in every mention made a text of many
  // organisations quadratic): names already listed, the ORG mentions by name, the acronym of each full name.
  const listed = new Set<string>();
  let byName: Map<string, Mention[]> | undefined;
  let acronymOf: Map<string, string> | undefined;
  const addOrg = (name: string, m?: Mention) => {
    if (isGenericOrganization(name, doc.language) || notAnOrganization(doc, name, m)) return;
    const lower = name.toLowerCase();
    if (listed.has(lower)) return;
    if (!byName) {
      byName = new Map();
      for (const x of doc.mentions) {
        if (x.type !== 'ORG') continue;
        const key = organizationName(doc, x).toLowerCase();
        const list = byName.get(key);
        if (list) list.push(x);
        else byName.set(key, [x]);
      }
      acronymOf = new Map();
      for (const [acronym, full] of acronyms(doc)) if (!acronymOf.has(full)) acronymOf.set(full, acronym);
    }
    const mentionsOfName = byName.get(lower) ?? [];
    const all = m && !mentionsOfName.includes(m) ? [...mentionsOfName, m] : mentionsOfName;
    listed.add(lower);
    organizations.push({ name, acronym: acronymOf!.get(name) ?? null, mentions: all.map((x) => ({ start: x.start, end: x.end })) });
  };
  for (const p of participants) {
    // A company the position names in quotation marks («гендиректор «Аэрофлота»») when no organisation was read.
    const organization = p.organization ?? (doc.language === 'ru' ? quotedOrganization(p.role) : null);
    // A state body of the participant's country (СНБО, МВД, a ministry) stands for the country.
    if (organization && !isCountryName(doc, organization) && !postedTo(p.role, organization, doc.language) && !STATE_BODY.test(organization) && !lexicon(doc.language).stateBody.test(organization)) addOrg(organization);
  }
  // The frame sentence's organisations, and the headline's when the headline itself reports the meeting.
  const short = (doc.sentenceTokens[0]![1] - doc.sentenceTokens[0]![0]) <= 15;
  const headlineOrgs = (frame.sentences[0] === 0 || hasCueWord(doc, 0)) && main !== 0 && short ? orgsOf(doc, 0) : [];
  // The other frame sentences (not a headline) give their subjects ("African Union leaders opened their summit")
  // and the body whose gathering they report («Заседание Евразийского совета завершилось ...»).
  const otherOrgs = frame.sentences
    .filter((s) => s !== main && !isHeadline(doc, s))
    .flatMap((s) => orgsOf(doc, s))
    .filter((m) => beforeCue(doc, m) || holdsGathering(doc, m));
  // Only organisations that take part: before the cue (the subject) or in the cue's own phrase, not the topic
  // ("to talk about Turkey entering the EU", "напомнил о проекте по внедрению СПО").
  const candidates = [...headlineOrgs, ...orgsOf(doc, main), ...otherOrgs];
  // The summit behind a side meeting stays out wherever the frame names it again ("The BRICS summit runs until ...").
  const behind = new Set(candidates.filter((m) => onSidelines(doc, m)).map((m) => organizationName(doc, m)));
  const frameOrgs = candidates.filter(
    (m) => takesPart(doc, m) && !inOpeningPhrase(doc, m) && !inParticipantRole(doc, m, participants) && !behind.has(organizationName(doc, m)) && !speaksOfMeeting(doc, m) && !discussed(doc, m),
  );
  // A headline frame's host is named in the lead, the first body sentence with a meeting word («20 марта в МИД
  // России заместитель министра принял посла»).
  const lead = isHeadline(doc, main) ? [1, 2, 3].find((s) => s < doc.sentenceCount && hasCueWord(doc, s)) : undefined;
  const hostSentences = lead !== undefined && !frame.sentences.includes(lead) ? [...frame.sentences, lead] : frame.sentences;
  for (const name of [...hostOrganizations(doc, hostSentences), ...hostMinistries(doc, hostSentences), ...hostHeadquarters(doc, frame.sentences), ...companiesNamed(doc, main)]) addOrg(name);
  for (const body of sessionBodies(doc, frame.sentences)) addOrg(body);
  const outletNames = new Set(outlets.map((o) => o.toLowerCase()));
  for (let k = 0; k < frameOrgs.length; k++) {
    const m = frameOrgs[k]!;
    let name = organizationName(doc, m);
    // "Судейский комитет ФИФА": an acronym right after an organisation phrase names whose body it is.
    const next = frameOrgs[k + 1];
    if (next && next.first === m.last && m.last - m.first > 1 && doc.tokens[next.first]!.upper) {
      name = `${name} ${doc.tokens[next.first]!.text}`;
      k += 1;
    }
    const country = doc.mentionAt[m.last];
    const countryText = country ? doc.text.slice(country.start, country.end) : '';
    if (country?.country && country.first === m.last && ownCountry(doc, m, name, country) && !name.endsWith(countryText)) name = `${name} ${countryText}`;
    if (outletNames.has(name.toLowerCase())) continue;
    addOrg(name, m);
  }
  return withoutShortForms(organizations, doc.language);
}

/** A name that another listed name continues with whose body it is («Совет министров иностранных дел» beside
 *  «… дел Содружества Независимых Государств», "Council" beside "Council of the EU", "Совет обороны" beside
 *  "Совет обороны ОДКБ") is the same body named shorter: the longer name stays. Each name's beginnings are
 *  collected once, so the check is linear in the names' length. */
function withoutShortForms(organizations: Organization[], language: 'ru' | 'en'): Organization[] {
  const shorter = new Set<string>();
  for (const o of organizations) {
    const words = o.name.toLowerCase().split(/\s+/);
    const original = o.name.split(/\s+/);
    for (let n = 2; n < words.length; n++) if (ownerWord(original[n]!, language)) shorter.add(words.slice(0, n).join(' '));
  }
  return shorter.size === 0 ? organizations : organizations.filter((o) => !shorter.has(o.name.toLowerCase().split(/\s+/).join(' ')));
}

/** The word that starts an owner after a body's name: an acronym, English "of", a capitalised Russian genitive. */
function ownerWord(word: string, language: 'ru' | 'en'): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  if (language === 'en') return word === 'of';
  return /^[А-ЯЁ]/.test(word) && analyse(word).parses.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent');
}
