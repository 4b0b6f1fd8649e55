// English lexicon: every word list and cue pattern the English rules read, as data. Our own linguistic
// knowledge; none is taken from an evaluation corpus. Lower case unless a list says otherwise.

import { set } from './set.ts';
import type { Lexicon } from './types.ts';

/** Words that start a title in English and are not part of the person's name. */
export const TITLES_EN = set(`
  mr mrs ms miss dr sir lord lady dame prof president minister prime chancellor secretary senator governor
  mayor king queen prince princess sheikh general gen colonel col captain chief chairman chairwoman director
  ambassador foreign home deputy vice pope judge justice speaker leader premier mp sen rep representative
  commissioner envoy boss executive officer ceo spokesman spokeswoman
`);

/** Last words that make a capitalised English phrase an organisation. */
export const ORG_HEADS_EN = set(`
  bank exchange organisation organization motors group party council commission union association committee
  ministry department agency airlines airways corporation corp inc ltd plc co company fund forum office court
  parliament assembly institute university college times post news express journal telegraph guardian
  herald tribune press network bureau federation league club foundation trust authority board service
  services holdings industries systems technologies partners capital securities insurance telecom reuters
  congress senate cabinet government police army navy
`);

/** Function words allowed inside an English organisation name ("Bank of East Asia"). */
export const ORG_CONNECTORS_EN = set(`of and for the & de du la`);

/** Acronyms that are not organisations (time zones, common nouns). */
export const NOT_ORG_ACRONYMS_EN = new Set(['GMT', 'UTC', 'BST', 'EST', 'IT', 'PR', 'CEO', 'TV', 'OK', 'SMS']);

/** Position words an apposition can follow ("the mayor of London, X", "Acme's chief executive, X"). */
export const APPOSITION_ROLE_WORDS_EN = new Set([
  'mayor', 'president', 'minister', 'secretary', 'chancellor', 'executive', 'chairman', 'chairwoman', 'chair', 'chief',
  'head', 'leader', 'ambassador', 'envoy', 'counterpart', 'director', 'governor', 'spokesman', 'spokeswoman', 'boss',
  'founder', 'commissioner', 'premier', 'king', 'queen', 'prince', 'general', 'deputy', 'negotiator', 'adviser', 'advisor',
  'ceo', 'chairperson', 'senator', 'general', 'manager', 'owner', 'officer', 'representative', 'mp', 'mep', 'speaker',
]);
/** Titles right before a name, for people the capitalised-sequence rules miss ("Secretary John Reid", "Chancellor Olaf Berg"). */
export const TITLES_BEFORE_NAME_EN = new Set([
  'secretary', 'minister', 'president', 'chancellor', 'mayor', 'governor', 'senator', 'ambassador', 'commissioner', 'premier',
  'king', 'queen', 'prince', 'princess', 'general', 'chairman', 'chairwoman', 'envoy', 'director', 'sheikh', 'judge',
  'representative', 'counterpart', 'leader', 'executive', 'boss', 'negotiator', 'spokesman', 'spokeswoman',
]);
/** Plural position words before a list of names. */
export const GROUP_WORDS_EN = /\b(leaders|ministers|presidents|heads|chiefs|executives|officials|premiers|representatives|envoys|negotiators|mayors|governors)\b/i;
export const NAME_FUNCTION_WORDS_EN = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'mr', 'mrs', 'ms', 'dr']);
export const WEEKDAYS_MONTHS_EN = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

export const EN: Lexicon = {
  abbreviations: set(`mr mrs ms dr st vs jr sr gen col lt sgt gov sen rep prof inc co corp ltd`),
  meetingCue: /\b(met|meets|meet|meeting|meetings|talks|summit|visit|visited|visiting|visits|hosted|hosts|session|negotiations|negotiating|held discussions|sat down with)\b/i,
  strongCue: /\b(talks|summit|meeting|met|visit|visited|negotiations)\b/i,
  notMeeting: /\b(?:met|meet|meets|meeting) (?:the|its|their|his|her|all|these|those) (?:\w+ )?(?:demands?|targets?|criteria|requirements|costs?|deadline|expectations)/i,
  habitual: null,
};
