// Nominative step: puts people's names, roles and organisation names back into the nominative
// («Ержана Ашикбаева» -> «Ержан Ашикбаев», «первого заместителя министра» -> «первый заместитель министра»),
// choosing parses by tag and agreement, and checking one mention of a person against the others.

import { analyse, inflect, type MorphParse } from './morphology.ts';
import type { Mention } from '../model/mention.ts';
import type { Token } from '../model/token.ts';

export function capitalise(word: string): string {
  return word
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('-');
}

/**
 * Keeps the capitalisation pattern of the original (ОАО stays upper case, Казахстана -> Казахстан), and its
 * spelling of ё: a text that writes «Петром» names «Петр», not the dictionary's «Пётр».
 */
function restoreCase(original: string, form: string): string {
  if (!/[ёЁ]/.test(original)) form = form.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (original.length > 1 && original === original.toUpperCase()) return form.toUpperCase();
  if (original[0] && original[0] !== original[0].toLowerCase()) return capitalise(form);
  return form;
}

/** az's paradigm links can jump lexemes (первого -> один); a form must keep the word's stem. */
function sameStem(a: string, b: string): boolean {
  const n = Math.max(2, Math.min(4, a.length - 3, b.length - 3));
  const stem = (w: string) => w.slice(0, n).toLowerCase().replace(/ё/g, 'е');
  return stem(a) === stem(b);
}

const ADJECTIVE_ENDINGS: Array<[RegExp, string, string, string]> = [
  // [ending, masc, femn, neut]
  [/(ого|ому|ым|ом)$/, 'ый', 'ая', 'ое'],
  [/(его|ему|им|ем)$/, 'ий', 'яя', 'ее'],
  [/(ой|ую)$/, 'ый', 'ая', 'ое'],
  [/(ей|юю)$/, 'ий', 'яя', 'ее'],
];

function adjectiveByEnding(word: string, gender: string | undefined): string {
  for (const [re, masc, femn, neut] of ADJECTIVE_ENDINGS) {
    if (re.test(word)) {
      const base = word.replace(re, '');
      let ending = gender === 'femn' ? femn : gender === 'neut' ? neut : masc;
      // г/к/х/ж/ш/ч/щ stems take -ий in the masculine (международный vs русский).
      if (ending === 'ый' && /[гкхжшчщ]$/.test(base)) ending = 'ий';
      return base + ending;
    }
  }
  return word;
}

/** The nominative singular of one word read with the given parse; the word itself when that fails. */
export function wordToNominative(word: string, parse: MorphParse | undefined, gender?: string): string {
  if (!parse || parse.fixed || parse.case === 'nomn') return word;
  const grams = ['nomn'];
  const g = gender ?? parse.gender;
  if (g && g !== 'GNdr' && g !== 'Ms-f' && (parse.pos === 'ADJF' || parse.pos === 'PRTF' || parse.surname)) grams.push(g);
  if (parse.number === 'sing' || parse.pos === 'ADJF' || parse.pos === 'PRTF') grams.push('sing');
  const form = inflect(parse, grams);
  if (form && sameStem(form, word)) return restoreCase(word, withoutGuessedVowel(word, form, parse));
  // A hyphenated name read by its last part («Нурлан-Бека» as «бек»): that part declines, the rest stays.
  const hyphen = word.lastIndexOf('-');
  if (form && hyphen > 0 && sameStem(form, word.slice(hyphen + 1))) return restoreCase(word, word.slice(0, hyphen + 1) + form);
  if (parse.pos === 'ADJF' || parse.pos === 'PRTF') return restoreCase(word, adjectiveByEnding(word.toLowerCase(), g));
  return word;
}

/**
 * az's guesses give unknown masculine nouns a fleeting о (Озтюрком -> "Озтюрок", like порошком ->
 * порошок); a foreign name keeps its stem: the form without its case ending.
 */
function withoutGuessedVowel(word: string, form: string, parse: MorphParse): string {
  if (parse.known || parse.pos !== 'NOUN' || parse.gender !== 'masc') return form;
  const stem = word.replace(/([оеё]м|[аяуюе])$/, '');
  if (stem === word || stem.length < 3) return form;
  // A soft sign before the last consonant is no fleeting е: «Шольцем» is Шольц, not «Шолец».
  if (/ь[бвгджзклмнпрстфхцчшщ]$/i.test(stem) && form.toLowerCase().replace(/[её](?=[бвгджзклмнпрстфхцчшщ]$)/, '') === stem.toLowerCase().replace(/ь(?=.$)/, '')) return stem;
  // Only о: Slavic surnames in -ец keep their fleeting е (Гончарцом -> Гончарец).
  return form.toLowerCase().replace(/о(?=[бвгджзклмнпрстфхцчшщ]$)/, '') === stem.toLowerCase() ? stem : form;
}

// ---------------------------------------------------------------------------------------------
// People

export interface NameReading {
  /** Nominative words of the name. */
  words: string[];
  gender: string | undefined;
}

const personal = (p: MorphParse) => p.name || p.surname || p.patronymic;

/**
 * Reads a Russian person mention: finds a gender and case that the first name and the surname
 * agree on, then puts each word into the nominative. Words the dictionary cannot read stay as written.
 */
export function readRussianName(tokens: Token[], mention: Mention, prefer?: { gender?: string | undefined; cases?: Set<string> | undefined }): NameReading {
  const words = tokens.slice(mention.first, mention.last).filter((t) => t.kind !== 'punct');
  const whole = words.map((t) => (t.kind === 'cyr' ? analyse(t.text) : undefined));
  if (words.length === 1) {
    const a = whole[0];
    if (a && !a.known && indeclinableForeign(words[0]!.text)) return { words: [words[0]!.text], gender: undefined };
    const parse = a?.parses.find(personal);
    return { words: [parse ? wordToNominative(words[0]!.text, parse) : words[0]!.text], gender: parse?.gender };
  }
  // Initials and a surname ("М.Ю.Галузина", "А. Петровой"): the surname alone, in the case the context
  // gives it (the nominative when that is one of them: a woman's «Галузина» stays), the initials as written.
  if (words.slice(0, -1).every((t) => /^[А-ЯЁA-Z]$/u.test(t.text))) {
    const last = words[words.length - 1]!;
    const parses = (whole[whole.length - 1]?.parses ?? []).filter((p) => personal(p) && p.number !== 'plur');
    const parse = [...parses].sort((x, y) => initialsFit(y, prefer) - initialsFit(x, prefer))[0];
    return { words: [...words.slice(0, -1).map((t) => t.text), parse ? wordToNominative(last.text, parse) : last.text], gender: parse?.gender };
  }
  // A first name and a surname the dictionary does not know, both ending in a vowel that does not decline
  // (Тосимицу Мотэги, Паоло Джентилони): the name stays as written («Мотэги», not the genitive of «Мотэга»).
  // So too a surname in such a vowel after a first name the dictionary knows as indeclinable (Марко Росси,
  // Марио Драги: not «Росся», «Драга»).
  const lastWord = words[words.length - 1]!.text;
  const foreignFirst = (!whole[0]?.known && !whole[whole.length - 1]?.known) || !!whole[0]?.parses.some((p) => p.name && p.fixed);
  if (foreignFirst && indeclinableForeign(words[0]!.text) && indeclinableForeign(lastWord)) {
    return { words: words.map((t) => t.text), gender: undefined };
  }
  // One person's name is singular: a plural reading is a guess that cuts a surname ("Ашикбаев" as the
  // genitive plural of a first name "Ашикбай", "Рашидовым" as a dative plural).
  const analyses = whole.map((a) => (a ? { ...a, parses: a.parses.filter((p) => p.number !== 'plur') } : undefined));
  // Try the first name's Name parses in order of preference: known ones, nominative, then the rest.
  let firstParses = (analyses[0]?.parses ?? []).filter((p) => p.name);
  // A foreign first name the dictionary reads only as a common noun or guesses as one ("Хаканом" = хакан,
  // "Касым-Жомартом", "Николом"): its noun readings decline like a first name.
  if (firstParses.length === 0) firstParses = (analyses[0]?.parses ?? []).filter(declinableNoun);
  // Context first: the gender of the person's other mentions, the case of the role word before the name
  // ("президента Дмитрия Медведева" is genitive masculine, not the female nominative "Дмитрия").
  const ordered = [...firstParses].sort(
    (x, y) => contextFit(y, prefer) - contextFit(x, prefer) || Number(y.known) - Number(x.known) || Number(y.case === 'nomn') - Number(x.case === 'nomn'),
  );
  for (const head of ordered) {
    const chosen: Array<MorphParse | undefined> = [head];
    let agrees = true;
    for (let k = 1; k < words.length; k++) {
      const a = analyses[k];
      if (!a || a.parses.length === 0) {
        chosen.push(undefined);
        continue;
      }
      const last = k === words.length - 1;
      const parse =
        a.parses.find((p) => (last ? p.surname : p.patronymic || p.name) && agreesWith(p, head, last)) ??
        a.parses.find((p) => personal(p) && agreesWith(p, head, last)) ??
        a.parses.find((p) => p.pos === 'NOUN' && agreesWith(p, head, last));
      // A word the dictionary knows, or guesses as a name only in other cases ("Бахтиёром Саидовым" read
      // as a nominative "Бахтиёром"), does not agree with this reading of the first name.
      // A guessed first name («Турбьёрном» read as a nominative noun) does not agree with a surname the
      // dictionary reads only in another case («Хаугом»: instrumental).
      const otherCase = !head.known && a.parses.some((p) => p.pos === 'NOUN' && !!p.case && p.case !== head.case);
      if (!parse && a.parses.every((p) => !p.fixed) && (a.known || otherCase || (a.parses.some(personal) && !indeclinableForeign(words[k]!.text)))) {
        agrees = false;
        break;
      }
      chosen.push(parse);
    }
    if (!agrees) continue;
    const out = words.map((t, k) => wordToNominative(t.text, chosen[k], chosen[k]?.surname ? head.gender : undefined));
    const last = words.length - 1;
    if (last > 0 && !chosen[last] && !analyses[last]?.known) out[last] = surnameInA(out[last]!, head.case);
    return { words: out, gender: head.gender };
  }
  // East Asian and other foreign names whose first words do not decline ("Си Цзиньпином", "Мун Чжэ Ином"):
  // the declined words lose the case ending the context gives.
  const foreign = foreignNominative(words, analyses, prefer?.cases);
  if (foreign) return { words: foreign, gender: undefined };
  // No agreeing reading: each word on its own.
  return {
    words: words.map((t, k) => wordToNominative(t.text, analyses[k]?.parses.find(personal))),
    gender: undefined,
  };
}

// readRussianName's tests, module functions rather than closures made per name and word: under tsx (esbuild's
// keepNames) every named closure costs about a microsecond to make.

/** How well a first-name reading fits the context: the gender of the person's other mentions, the case of the role word. */
function contextFit(p: MorphParse, prefer: { gender?: string | undefined; cases?: Set<string> | undefined } | undefined): number {
  return Number(!!prefer?.gender && p.gender === prefer.gender) + Number(!!prefer?.cases && !!p.case && prefer.cases.has(p.case));
}

/** A reading of a later word of the name (the last when `last`) agrees with the first name's reading in case and gender. */
function agreesWith(p: MorphParse, head: MorphParse, last: boolean): boolean {
  return (p.fixed || p.case === head.case) && (p.gender === head.gender || p.gender === 'Ms-f' || p.gender === 'GNdr' || p.fixed || aMasculineSurname(p, head, last));
}

/** How well a reading of a surname after initials fits the context: the case of the role word, the gender, the nominative. */
function initialsFit(p: MorphParse, prefer: { gender?: string | undefined; cases?: Set<string> | undefined } | undefined): number {
  return Number(!!prefer?.cases?.has(p.case ?? '')) * 2 + Number(!!prefer?.gender && p.gender === prefer.gender) + Number(p.case === 'nomn') / 2;
}

/**
 * A man's surname the dictionary does not know that declines like a feminine noun in -а/-я ("Андреем
 * Сибигой" -> Сибига, "Зафаром Шарипзодой" -> Шарипзода): az guesses it feminine.
 */
function aMasculineSurname(p: MorphParse, head: MorphParse, last: boolean): boolean {
  return last && !p.known && head.gender === 'masc' && p.gender === 'femn' && p.pos === 'NOUN' && p.number === 'sing' && /[ая]$/.test(p.lemma);
}

/**
 * An unknown surname in -а/-я that az reads with no case of its first name ("Дмитрия Кулебы", "Андрея
 * Кулебу"): the genitive -ы/-и and the accusative -у are the endings of that declension.
 */
function surnameInA(word: string, grammaticalCase: string | undefined): string {
  if (grammaticalCase === 'gent') return word.replace(/(?<=[бвдзлмнпрстфц])ы$/, 'а').replace(/(?<=[гкхжшчщ])и$/, 'а');
  if (grammaticalCase === 'accs') return word.replace(/(?<=[бвгдзклмнпрстфхцжшчщ])у$/, 'а');
  return word;
}

/** An unknown foreign name ending in a vowel does not decline (Нетаньяху, Шойгу; not Иванову, Путине). */
function indeclinableForeign(word: string): boolean {
  return /[уюиеоэ]$/.test(word) && !/(ов|ев|ёв|ин|ын)[уеы]$/.test(word);
}

function declinableNoun(p: MorphParse): boolean {
  return p.pos === 'NOUN' && !p.fixed && p.number !== 'plur' && (p.gender === 'masc' || p.gender === 'femn');
}

/** Case endings of foreign names declined like Russian nouns, and the nominative ending they replace. */
const FOREIGN_ENDINGS: Record<string, Array<[RegExp, string]>> = {
  ablt: [[/(?<=[бвгджзклмнпрстфхцчшщ])[оеё]м$/, ''], [/(?<=[бвгджзклмнпрстфхцчшщ])ой$/, 'а'], [/(?<=[бвгджзклмнпрстфхцчшщ])ей$/, 'я']],
  gent: [[/(?<=[бвгджзклмнпрстфхцшщ])а$/, '']],
  accs: [[/(?<=[бвгджзклмнпрстфхцшщ])а$/, '']],
  datv: [[/(?<=[бвгджзклмнпрстфхцшщ])у$/, '']],
  loct: [[/(?<=[бвгджзклмнпрстфхцшщ])е$/, '']],
};

/**
 * A name with indeclinable or unknown words: the case comes from the role word before it (or the last
 * word's readings); words that do not decline stay, declined ones get their nominative from a noun
 * reading in that case, else by dropping the case ending. Undefined when there is nothing to change.
 */
function foreignNominative(words: Token[], analyses: Array<ReturnType<typeof analyse> | undefined>, cases: Set<string> | undefined): string[] | undefined {
  const lastParses = analyses[analyses.length - 1]?.parses ?? [];
  let grammaticalCase: string | undefined;
  if (cases && cases.size === 1) grammaticalCase = [...cases][0];
  else grammaticalCase = lastParses.find((p) => !p.fixed && p.case && (p.pos === 'NOUN' || personal(p)) && (!cases || cases.has(p.case)))?.case;
  if (!grammaticalCase) return undefined;
  // Already in the nominative: the words as written (a guessed reading would only spoil them).
  if (grammaticalCase === 'nomn') return words.map((t) => t.text);
  const endings = FOREIGN_ENDINGS[grammaticalCase] ?? [];
  let changed = false;
  const out = words.map((t, k) => {
    const a = analyses[k];
    if (!a || a.parses.length === 0 || a.parses.every((p) => p.fixed) || t.text.length <= 3) return t.text;
    const parse = a.parses.find((p) => (personal(p) || declinableNoun(p)) && p.case === grammaticalCase);
    let form = parse ? wordToNominative(t.text, parse) : t.text;
    if (form === t.text) for (const [re, to] of endings) if (re.test(form)) {
      form = form.replace(re, to);
      break;
    }
    if (form !== t.text) changed = true;
    return form;
  });
  return changed ? out : undefined;
}

/** Possible nominatives of a lone surname ("Путина" -> Путин or Путина), for matching with other mentions. */
export function surnameCandidates(word: string): string[] {
  const a = analyse(word);
  const out = new Set<string>();
  // Foreign names ending in a vowel do not decline (Нетаньяху, Шойгу): keep an unknown one as written.
  if (!a.known && indeclinableForeign(word)) return [word];
  for (const p of a.parses) if (personal(p)) out.add(wordToNominative(word, p));
  if (out.size === 0) out.add(word);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Noun phrases (roles, organisations)

/**
 * Puts a noun phrase into the nominative: the adjectives before its head and the head itself change,
 * the complement after the head stays as written ("президентом Международного комитета" -> "президент ...").
 * `headIndex` is the index of the head noun within `words`.
 */
export function phraseToNominative(words: string[], headIndex: number): string[] {
  const out = [...words];
  const head = words[headIndex];
  if (head === undefined) return out;
  const headParses = analyse(head).parses.filter((p) => p.pos === 'NOUN');
  const headParse = headParses.find((p) => p.number === 'sing' && p.case !== 'nomn') ?? headParses[0];
  if (!headParse) return out;
  out[headIndex] = wordToNominative(head, headParse);
  const gender = headParse.gender;
  for (let k = headIndex - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w === 'и' || w === ',' || w === 'и,') continue;
    const parses = analyse(w).parses;
    const adj = parses.find((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.case === headParse.case) ?? parses.find((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
    if (!adj) break;
    out[k] = wordToNominative(w, adj, gender);
  }
  return out;
}
