// How a title says who met where, per language: Russian, and English for every other language (a title in
// English beats one cut from a sentence; the record's content stays in its own language).

import type { MeetingKind, MeetingStatus } from '../record.ts';
import { russianNameGender } from './russian-gender.ts';
import { inPlace, placeInCase } from './russian-place-forms.ts';

/** What a title is made of: the record's own fields. */
export interface TitleFacts {
  kind: MeetingKind | null;
  status: MeetingStatus;
  /** Participants' names as the record has them (nominative), already shortened ("A, B and 2 others"). */
  names: string[];
  /** How many participants there are beyond `names`. */
  others: number;
  /** City, else country; null to leave the place out. */
  place: string | null;
}

export interface TitlePhrases {
  /** A sentence-like title naming the participants, or null when this language cannot say it with this place. */
  withNames(facts: TitleFacts): string | null;
  /** A short label when no participant is known: «Встреча в Астане», "Phone call". */
  withoutNames(facts: Omit<TitleFacts, 'names' | 'others'>): string | null;
  untitled: string;
}

function list(names: string[], and: string, others: string | null): string {
  const all = others ? [...names, others] : names;
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} ${and} ${all.at(-1)}`;
}

/** «2 участника», «5 участников», «21 участник». */
function russianParticipants(n: number): string {
  const tens = n % 100;
  const units = n % 10;
  const noun = tens >= 11 && tens <= 14 ? 'участников' : units === 1 ? 'участник' : units >= 2 && units <= 4 ? 'участника' : 'участников';
  return `ещё ${n} ${noun}`;
}

export const RUSSIAN: TitlePhrases = {
  withNames({ kind, status, names, others, place }) {
    const who = list(names, 'и', others > 0 ? russianParticipants(others) : null);
    const many = names.length + others > 1;
    const gender = many ? undefined : russianNameGender(names[0] ?? '');
    const past = (masc: string, femn: string, plural: string) => (many ? plural : gender === 'masc' ? masc : gender === 'femn' ? femn : null);
    const where = place ? inPlace(place) : null;
    const whither = place ? placeInCase(place, 'accs') : null;
    if (place && !where) return null;
    const at = where ? ` ${where}` : '';
    const planned = status === 'planned';
    if (kind === 'call') {
      if (status === 'cancelled') return verbOr(who, past('отменил', 'отменила', 'отменили'), 'телефонный разговор', 'телефонный разговор отменён');
      if (planned) return `${who} ${many ? 'проведут' : 'проведёт'} телефонный разговор`;
      return verbOr(who, past('провёл', 'провела', 'провели'), 'телефонный разговор', 'телефонный разговор');
    }
    // One visitor: the visit; several participants: who is the guest is not in the record, so they meet.
    if (kind === 'visit' && !many && whither) {
      if (status === 'cancelled') return verbOr(who, past('отменил', 'отменила', 'отменили'), `визит в ${whither}`, `визит в ${whither} отменён`);
      if (planned) return `${who} посетит ${whither}`;
      return verbOr(who, past('посетил', 'посетила', 'посетили'), whither, `визит в ${whither}`);
    }
    const meeting = `встречу${at}`;
    const noun = `встреча${at}`;
    if (status === 'cancelled') return verbOr(who, past('отменил', 'отменила', 'отменили'), meeting, `${noun} отменена`);
    if (planned) return `${who} ${many ? 'проведут' : 'проведёт'} ${meeting}`;
    return verbOr(who, past('провёл', 'провела', 'провели'), meeting, noun);
  },
  withoutNames({ kind, status, place }) {
    const where = place ? inPlace(place) : null;
    const whither = place ? placeInCase(place, 'accs') : null;
    if (place && !where) return null;
    const state = status === 'planned' ? 'Предстоящ' : status === 'cancelled' ? 'Отменённ' : '';
    if (kind === 'call') return state ? `${state}ий телефонный разговор` : 'Телефонный разговор';
    if (kind === 'visit' && whither) return state ? `${state}ий визит в ${whither}` : `Визит в ${whither}`;
    return `${state ? `${state}ая встреча` : 'Встреча'}${where ? ` ${where}` : ''}`;
  },
  untitled: 'Статья без заголовка',
};

/** «Ержан Ашикбаев провёл встречу …» when the verb's gender is known, else «Ержан Ашикбаев: встреча …». */
function verbOr(who: string, verb: string | null, object: string, noun: string): string {
  return verb ? `${who} ${verb} ${object}` : `${who}: ${noun}`;
}

export const ENGLISH: TitlePhrases = {
  withNames({ kind, status, names, others, place }) {
    const count = names.length + others;
    const rest = others > 0 ? `${others} ${others === 1 ? 'other' : 'others'}` : null;
    const who = list(names, 'and', rest);
    const at = place ? ` in ${place}` : '';
    const cancelled = status === 'cancelled';
    const planned = status === 'planned';
    const hold = cancelled ? (count > 1 ? 'cancel' : 'cancels') : planned ? 'will hold' : count > 1 ? 'hold' : 'holds';
    if (kind === 'call') return `${who} ${hold} a phone call`;
    if (kind === 'visit' && count === 1 && place) {
      return cancelled ? `${who} cancels visit to ${place}` : planned ? `${who} will visit ${place}` : `${who} visits ${place}`;
    }
    // A visit of several participants reads as their meeting: who is the guest is not in the record.
    if (cancelled) return `${who} ${hold} ${count > 1 ? 'meeting' : 'talks'}${at}`;
    if (count === 1) return `${who} ${hold} talks${at}`;
    // Two people: "A meets B"; more: "A, B and C meet".
    if (count === 2 && names.length === 2) return `${names[0]} ${planned ? 'will meet' : 'meets'} ${names[1]}${at}`;
    return `${who} ${planned ? 'will meet' : 'meet'}${at}`;
  },
  withoutNames({ kind, status, place }) {
    const state = status === 'planned' ? 'Planned ' : status === 'cancelled' ? 'Cancelled ' : '';
    const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
    if (kind === 'call') return cap(`${state.toLowerCase()}phone call`);
    if (kind === 'visit' && place) return cap(`${state.toLowerCase()}visit to ${place}`);
    return cap(`${state.toLowerCase()}meeting${place ? ` in ${place}` : ''}`);
  },
  untitled: 'Untitled article',
};
