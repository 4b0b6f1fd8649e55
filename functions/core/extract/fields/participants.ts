// Participants step (inside meeting frames): which people named around the frame sentence took part.
// The frame sentence's people take part unless the text puts them outside the meeting: a place read as
// a name ("в Аль Аин"), a possessive ("Jack Straw's residence"), a company after its descriptor ("US bank
// Wells Fargo"), someone who refused to come ("отказался от участия") or is replaced ("вместо X").
// People from neighbouring sentences are borrowed only when that sentence is a cue sentence, says they
// came or take part ("приехали", "will represent"), or gives them a position; a person in an oblique
// case after a role word ("ликвидации лидера ... X") is not borrowed.
// This file picks the anchor sentence and what it borrows, and groups the people with their roles; who is left
// out is in participant-exclusions.ts, later sentences in participant-later-sentences.ts, a subject named by its
// position alone in participant-titles.ts, and the per-sentence readings they share in participant-sentences.ts.

import type { Participant } from '../../record/record.ts';
import { type Frame, isHeadline } from './frame.ts';
import { isGenericOrganization } from './organization-generic-names.ts';
import { excludedPerson, refusesAt } from './participant-exclusions.ts';
import { LATER_SENTENCES, laterPeople, sessionPeople } from './participant-later-sentences.ts';
import { elsewhere, pushAll, sentenceLower } from './participant-sentences.ts';
import { titledSubject } from './participant-titles.ts';
import { people, type PersonGroup } from './people.ts';
import { lexicon } from '../lexicon/index.ts';
import { roleOf } from '../mentions/roles.ts';
import { personCases } from '../mentions/ru/person-cases.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

export interface SelectionInput {
  main: number;
  /** Cue sentences of the frame, in text order. */
  cueSentences: number[];
  /** A session of a body that names nobody in the lead: the people acting in it later take part. */
  session?: boolean;
}

/** How far after the frame sentence "joined by X", "hosted by Y" are read. */
const JOIN_OBJECT_SENTENCES = 6;

/** The PER mentions of the participants, in order of first appearance; grouping by person is left to the caller. */
export function participantMentions(doc: AnalysedDocument, { main, cueSentences, session = false }: SelectionInput): Mention[] {
  const out: Mention[] = [];
  // Each read once per sentence: asked per person, they made a sentence of many names quadratic.
  const persOf = new Map<number, Mention[]>();
  const pers = (s: number) => {
    let found = persOf.get(s);
    if (!found) {
      found = (doc.sentenceMentions[s] ?? []).filter((m) => m.type === 'PER' && !excludedPerson(doc, m));
      persOf.set(s, found);
    }
    return found;
  };
  const participationOf = new Map<number, boolean>();
  const participation = (s: number) => {
    let found = participationOf.get(s);
    if (found === undefined) {
      found = lexicon(doc.language).participation.test(sentenceLower(doc, s));
      participationOf.set(s, found);
    }
    return found;
  };
  const caseOk = (m: Mention) => {
    if (doc.language !== 'ru') return true;
    const cases = personCases(doc, m);
    return cases.has('nomn') || cases.has('ablt');
  };
  const hasRole = (m: Mention) => roleOf(doc, m).role !== null;
  // The anchor: the frame sentence, or when it names nobody the first later cue sentence that does.
  // (the next sentence first when it gives its people a position or says they take part; a later cue sentence
  // only when its cue is strong or it names two people: "he is due to meet Putin" is another meeting).
  const strongCue = lexicon(doc.language).anchorCue;
  // A headline frame whose lead sentence names nobody either ("Leaders of A, B and C held a call"): the people
  // are in the sentence after the lead.
  const lead = pers(main).length === 0 && isHeadline(doc, main) && cueSentences.includes(main + 1) && pers(main + 1).length === 0 ? main + 1 : main;
  const nextOk =
    lead + 1 < doc.sentenceCount &&
    !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, lead + 1)) &&
    pers(lead + 1).some((m) => caseOk(m) && (participation(lead + 1) || hasRole(m)));
  const anchor =
    pers(main).length > 0
      ? main
      : nextOk
        ? lead + 1
        : (cueSentences.find((s) => s > main && (pers(s).length >= 2 || (pers(s).length > 0 && strongCue.test(sentenceLower(doc, s))))) ?? main);
  pushAll(out, pers(anchor));
  // Borrowing goes one step from the frame only: a borrowed sentence does not borrow in turn.
  const count = () => (anchor !== main && !cueSentences.includes(anchor) ? 2 : out.length);
  // One person (or none) named there: the others are often in the next cue sentence or the next sentence.
  // (not a sentence about earlier times: "Ранее президент X говорил о готовности к переговорам").
  const next = cueSentences.find((s) => s > anchor && s <= anchor + 2 && !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, s)));
  if (count() < 2 && next !== undefined) pushAll(out, pers(next).filter(caseOk));
  if (count() < 2 && anchor + 1 < doc.sentenceCount && next !== anchor + 1 && !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, anchor + 1))) {
    const ok = participation(anchor + 1);
    pushAll(out, pers(anchor + 1).filter((m) => caseOk(m) && (ok || hasRole(m))));
  }
  // The sentence before: when it says they came, or lies between the frame sentence and the anchor.
  const prev = anchor - 1;
  if (count() < 2 && prev >= 0 && !cueSentences.includes(prev)) {
    const ok = participation(prev);
    const inside = prev > Math.min(main, cueSentences[0] ?? main);
    pushAll(out, pers(prev).filter((m) => caseOk(m) && (ok || (inside && hasRole(m)))));
  }
  // "X will represent Britain", "на саммите Израиль будет представлять X": people sent to the meeting.
  // Not at another event the text names: a call's "Россию на саммите будет представлять X" is the summit's.
  const { represent, multilateralKind } = lexicon(doc.language);
  const ownEvent = multilateralKind.test(sentenceLower(doc, main)) || (isHeadline(doc, 0) && multilateralKind.test(sentenceLower(doc, 0)));
  for (let s = main + 1; s < Math.min(doc.sentenceCount, main + 9); s++) {
    const lower = sentenceLower(doc, s);
    if (represent.test(lower) && (ownEvent || !multilateralKind.test(lower))) pushAll(out, pers(s));
  }
  // Said to take part in the sentences right after the frame: the subject of "присутствовал", "briefed",
  // "is expected to join"; the people after "was joined by".
  const joinSubject = lexicon(doc.language).joinSubject;
  const { sidelines, summitSetting } = lexicon(doc.language);
  const first = Math.min(main, cueSentences[0] ?? main);
  const about = [...new Set([...(isHeadline(doc, 0) ? [0] : []), ...cueSentences.filter((s) => s <= main), main])].map((k) => sentenceLower(doc, k));
  const sidelinesFrame = about.some((t) => sidelines.test(t) || summitSetting.test(t));
  const joinObject = lexicon(doc.language).joinObject;
  // Sentences whose subjects were said to take part: the next such sentence goes on about the same meeting
  // ("X will chair the meeting. Y and Z are expected to attend. W will take part as a guest.").
  const joined = new Set<number>();
  for (let s = main; s < Math.min(doc.sentenceCount, main + 1 + LATER_SENTENCES); s++) {
    const lower = sentenceLower(doc, s);
    if (s > main && lexicon(doc.language).backgroundStart.test(lower)) break;
    // Not a sentence about another time ("attended the summit last year").
    if (s > main && elsewhere(doc, s)) continue;
    const people = pers(s);
    // The meeting named there or in the sentence before («..., затем переговоры продолжились. В них участвовали X и Y»).
    const aboutMeeting = (k: number) => lexicon(doc.language).meetingNoun.test(sentenceLower(doc, k));
    // Not someone who addressed the summit a bilateral was held on the margins of.
    const summitOfSidelines = sidelinesFrame && multilateralKind.test(lower);
    if (s > main && joinSubject.test(lower) && (aboutMeeting(s) || aboutMeeting(s - 1) || s - 1 === main || joined.has(s - 1)) && !summitOfSidelines) {
      joined.add(s);
      // Russian: every person in the nominative («в заседании приняли участие А, Б и В»); English: the subject.
      if (doc.language === 'ru') pushAll(out, people.filter((m) => personCases(doc, m).has('nomn')));
      else if (people[0]) out.push(people[0]);
    }
    // "joined by", "along with", "hosted by" name the meeting's people only near the frame sentence.
    const by = s < main + JOIN_OBJECT_SENTENCES ? joinObject.exec(lower) : null;
    if (by) {
      const at = doc.tokens[doc.sentenceTokens[s]![0]]!.start + by.index + by[0].length;
      // Right after the phrase, in whatever case it governs ("в сопровождении министра X", "вместе с X").
      pushAll(out, people.filter((m) => m.start >= at && m.start - at < 100));
    }
  }
  for (const s of [anchor, ...cueSentences.filter((k) => k !== anchor)]) {
    const subject = titledSubject(doc, s);
    if (subject.length > 0) {
      pushAll(out, subject);
      break;
    }
  }
  pushAll(out, laterPeople(doc, main, out, pers));
  // A session, summit or forum: the people with a position who act in it («С докладом выступила министр X»,
  // "Opening the debate, President Y said"); not a bilateral on its margins.
  const gathering = about.some((t) => multilateralKind.test(t)) && !sidelinesFrame;
  if (session && out.length === 0) pushAll(out, sessionPeople(doc, main + 1, pers));
  else if (gathering) pushAll(out, sessionPeople(doc, first, pers));
  return out;
}

/** The participants of the frame: the people participantMentions() chooses, grouped by person, each with the
 *  fullest role among the person's first mentions. */
export function meetingParticipants(doc: AnalysedDocument, frame: Frame): Participant[] {
  const main = frame.main;
  const groupOf = new Map<Mention, PersonGroup>();
  const headline = isHeadline(doc, 0);
  for (const g of people(doc, (m) => headline && doc.tokens[m.first]!.sentence === 0)) for (const m of g.mentions) groupOf.set(m, g);
  const chosen: PersonGroup[] = [];
  // Each person settled once (a sentence can name thousands).
  const settled = new Set<PersonGroup>();
  for (const m of participantMentions(doc, { main, cueSentences: frame.sentences, session: frame.session })) {
    const g = groupOf.get(m);
    if (!g || settled.has(g)) continue;
    settled.add(g);
    // Someone who refused to come anywhere in the text is not a participant.
    if (!g.mentions.some((x) => refusesAt(doc, x))) chosen.push(g);
  }

  return chosen.map((g) => {
    // The fullest role among the person's first mentions ("президент Франции" over "Президент").
    let role: { role: string | null; organization: string | null } = { role: null, organization: null };
    // A headline's title words ("Readout of President X's Meeting") give a role only when nothing else does.
    const body = g.mentions.filter((m) => !(doc.tokens[m.first]!.sentence === 0 && isHeadline(doc, 0)));
    for (const m of (body.length > 0 ? body : g.mentions).slice(0, 4)) {
      const r = roleOf(doc, m);
      if (r.role && (!role.role || (r.role.split(' ').length > role.role.split(' ').length && !role.organization) || (!role.organization && r.organization))) role = r;
    }
    if (role.role && /^[А-ЯЁ][а-яё]/.test(role.role)) role = { ...role, role: role.role[0]!.toLowerCase() + role.role.slice(1) };
    if (role.organization && isGenericOrganization(role.organization, doc.language)) role = { ...role, organization: null };
    return { name: g.name, role: role.role, organization: role.organization, mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })) };
  });

}
