// Participants step, later sentences: people of the same meeting named after the anchor sentence (a programme, a
// delegation, a list of those taking part, a participant meeting someone) and the people who act in a session.
// Asked by the choice of participants (participants.ts).

import { isHeadline } from './frame.ts';
import { elsewhere, pushAll, sentenceLower } from './participant-sentences.ts';
import { lexicon } from '../lexicon/index.ts';
import { roleOf } from '../mentions/roles.ts';
import { personCases } from '../mentions/ru/person-cases.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

/** How far after the frame sentence later sentences are read for more people of the same meeting. */
export const LATER_SENTENCES = 20;
/** How far a session's acting people are looked for. */
const SESSION_SENTENCES = 20;

/**
 * People of the same meeting named in later sentences: a programme, a delegation, a list of those who took
 * part, "he will also meet" («программой визита предусмотрены переговоры с X и Y», "Participants in the call
 * included X, Y"), and a participant, by name or by position, meeting someone ("Бывший секретарь СНБО ...
 * встретился с X"). The people after the matched words join.
 */
export function laterPeople(doc: AnalysedDocument, main: number, chosen: Mention[], pers: (s: number) => Mention[]): Mention[] {
  const { continuation, meetWith, visitKind } = lexicon(doc.language);
  const delegation = /(?:^|[^\p{L}])(?:delegation|делегаци)/u;
  const out: Mention[] = [];
  const surnameOf = (m: Mention) => doc.tokens[m.last - 1]!.text.toLowerCase().slice(0, 5);
  const surnames = () => new Set([...chosen, ...out].map(surnameOf));
  // A participant meeting someone later belongs to this meeting when it is a visit (its programme) or when
  // its other side was not named («встреча X с представителями Белого дома ... X встретился с Y»); else it
  // is another meeting of the same day («В тот же день X провел переговоры с Z»).
  const about = [main, ...(isHeadline(doc, 0) ? [0] : [])].map((k) => sentenceLower(doc, k));
  const programme = about.some((t) => visitKind.test(t)) || !chosen.some((m) => afterWith(doc, m));
  // Their positions as given anywhere in the text ("бывший секретарь СНБО"), for a later sentence that names them so.
  let rolesFor = -1;
  let knownRoles: string[] = [];
  const roles = () => {
    if (rolesFor !== out.length) {
      const known = surnames();
      const all = doc.mentions.filter((m) => m.type === 'PER' && known.has(surnameOf(m))).map((m) => roleOf(doc, m).role?.toLowerCase());
      knownRoles = [...new Set(all.filter((r): r is string => !!r && r.includes(' ')))];
      rolesFor = out.length;
    }
    return knownRoles;
  };
  for (let s = main + 1; s < Math.min(doc.sentenceCount, main + 1 + LATER_SENTENCES); s++) {
    if (!(doc.sentenceMentions[s] ?? []).some((m) => m.type === 'PER')) continue;
    const lower = sentenceLower(doc, s);
    const listed = continuation.exec(lower);
    const met = listed || !programme ? null : meetWith.exec(lower);
    if ((!listed && !met) || elsewhere(doc, s)) continue;
    const start = doc.tokens[doc.sentenceTokens[s]![0]]!.start;
    const people = pers(s);
    if (listed) {
      const at = start + listed.index + listed[0].length;
      pushAll(out, people.filter((m) => m.start >= at));
      continue;
    }
    if (met) {
      const subject = lower.slice(0, met.index);
      const known = surnames();
      const bySubject = people.some((m) => m.start < start + met.index && known.has(doc.tokens[m.last - 1]!.text.toLowerCase().slice(0, 5)));
      // A position may be named by its initials in press releases ("External Affairs Minister" ... "EAM").
      const byRole = roles().some((r) => {
        const initials = initialsOf(r);
        return subject.includes(r) || (initials !== null && new RegExp(`(?:^|[^\\p{L}])${initials}(?:[^\\p{L}]|$)`, 'u').test(subject));
      });
      // "called on X to resign" urges X; it is no courtesy call.
      const urged = (m: Mention) => /^to$/i.test(doc.tokens[m.last]?.text ?? '') || (doc.tokens[m.last]?.text === ',' && /^to$/i.test(doc.tokens[m.last + 1]?.text ?? ''));
      if (bySubject || delegation.test(subject) || byRole) pushAll(out, people.filter((m) => m.start >= start + met.index + met[0].length && !urged(m)));
    }
  }
  return out;
}

/** The person is the other side of the meeting: "с"/"with" or a verb of receiving before the name and its
 *  position ("met with President X", "received President Y", «принял посла Z»). */
function afterWith(doc: AnalysedDocument, m: Mention): boolean {
  const sentence = doc.tokens[m.first]!.sentence;
  const receive = lexicon(doc.language).receiveVerb;
  for (let k = m.first - 1; k >= 0 && m.first - k <= 6; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence || doc.mentionAt[k]?.type === 'PER' || /^[,;:.]$/.test(t.text)) return false;
    if (/^(?:с|со|with)$/i.test(t.text) || receive.test(t.text.toLowerCase())) return true;
  }
  return false;
}

/** The initials of a position of two words or more ("external affairs minister" -> "eam"). */
function initialsOf(role: string): string | null {
  const words = role.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** A session that names nobody in the lead: the people with a position who act in it («Спикер X предложил», "Finance Minister Y presented"). */
export function sessionPeople(doc: AnalysedDocument, from: number, pers: (s: number) => Mention[]): Mention[] {
  const { sessionAct } = lexicon(doc.language);
  const out: Mention[] = [];
  for (let s = from; s < Math.min(doc.sentenceCount, from + SESSION_SENTENCES); s++) {
    if (!sessionAct.test(sentenceLower(doc, s)) || elsewhere(doc, s)) continue;
    pushAll(out, pers(s).filter((m) => roleOf(doc, m).role !== null && (doc.language !== 'ru' || personCases(doc, m).has('nomn'))));
  }
  return out;
}
