// Text shapes for the extraction benchmark's linearity table (bench/extraction.ts) and the behaviour tests on
// pathological input (tests/unit/extract/robustness-linear.test.ts). Each shape is made at any size `n`
// (its unit: letters, lines, words, ...); the benchmark runs every shape at two sizes ten times apart
// (sixteen for ordinary text), so that a cost growing faster than the text shows as a ratio above 1.

/** The meeting sentence several shapes start with: its participants must survive whatever follows. */
export const MEETING_SENTENCE_RU = 'Президент России Владимир Путин встретился в Москве с канцлером Германии Олафом Шольцем.';
export const MEETING_SENTENCE_EN = 'Prime Minister Tony Blair met President George Bush in London.';

const ALPHABET = 'абвгдежзиклмнопрстуфхцчшщэюя';

export interface Shape {
  name: string;
  /** What `n` counts, for the table. */
  unit: string;
  small: number;
  large: number;
  /** Language passed to the extractor (undefined: detected). */
  language?: 'ru' | 'en';
  make(n: number): string;
}

/** Letters cycling through the alphabet: no dictionary word, no repeated letters. */
export function letters(n: number): string {
  return ALPHABET.repeat(Math.ceil(n / ALPHABET.length)).slice(0, n);
}

export const SHAPES: Shape[] = [
  {
    name: 'one token (Ж + ж...)',
    unit: 'letters',
    small: 32 * 1024,
    large: 512 * 1024,
    language: 'ru',
    make: (n) => `Ж${'ж'.repeat(n - 1)}`,
  },
  {
    name: 'one long word after a meeting sentence',
    unit: 'letters',
    small: 10_000,
    large: 100_000,
    language: 'ru',
    make: (n) => `${MEETING_SENTENCE_RU} ${letters(n).replace(/^./, (c) => c.toUpperCase())}.`,
  },
  {
    name: 'distinct long words of repeated letters',
    unit: 'words',
    small: 300,
    large: 3_000,
    language: 'ru',
    // 40-letter words of runs ("Ооооо...о3ооо"): the morphology's stutter correction is at its most expensive on them.
    make: (n) => Array.from({ length: n }, (_, i) => `О${'о'.repeat(20)}${ALPHABET[i % 28]}${'о'.repeat(18)}${String(i)}`).join(' '),
  },
  {
    name: 'one long hyphenated word (а-а-а-...)',
    unit: 'parts',
    small: 5_000,
    large: 50_000,
    language: 'ru',
    make: (n) => Array.from({ length: n }, () => 'а').join('-'),
  },
  {
    name: 'short lines',
    unit: 'lines',
    small: 10_000,
    large: 100_000,
    // The language is given: detected, it is "und" and nothing past detection runs.
    language: 'ru',
    make: (n) => Array.from({ length: n }, (_, i) => `Строка ${i}`).join('\n'),
  },
  {
    name: 'list items ("- item N")',
    unit: 'items',
    small: 1_000,
    large: 10_000,
    language: 'ru',
    make: (n) => Array.from({ length: n }, (_, i) => `- item ${i}`).join('\n'),
  },
  {
    name: 'capitalised words after a meeting sentence',
    unit: 'words',
    small: 2_000,
    large: 20_000,
    language: 'ru',
    make: (n) => `${MEETING_SENTENCE_RU} ${Array.from({ length: n }, (_, i) => ['Иван', 'Петров', 'Анна', 'Сидорова', 'Мария', 'Кузнецова'][i % 6]).join(' ')}`,
  },
  {
    name: 'English capitalised words after a meeting sentence',
    unit: 'words',
    small: 2_000,
    large: 20_000,
    language: 'en',
    make: (n) => `${MEETING_SENTENCE_EN} ${Array.from({ length: n }, (_, i) => ['John', 'Smith', 'London', 'Bank', 'Group', 'Mayor'][i % 6]).join(' ')}`,
  },
  {
    name: '"ж " repeated',
    unit: 'times',
    small: 4_000,
    large: 40_000,
    language: 'ru',
    make: (n) => 'ж '.repeat(n),
  },
  {
    name: 'commas',
    unit: 'commas',
    small: 5_000,
    large: 50_000,
    language: 'ru',
    make: (n) => ','.repeat(n),
  },
  {
    name: 'one sentence of many words',
    unit: 'words',
    small: 20_000,
    large: 200_000,
    language: 'ru',
    make: (n) => Array.from({ length: n }, (_, i) => ['встреча', 'прошла', 'в', 'Москве', 'и', 'Путин', 'обсудил', 'с', 'Шольцем'][i % 9]).join(' '),
  },
  {
    name: 'English name list after a dash',
    unit: 'names',
    small: 2_000,
    large: 20_000,
    language: 'en',
    // Names the first pass reads as organisations ("Acme Bank") become people here: every one replaces a mention.
    make: (n) => `Leaders of A, B and C — ${Array.from({ length: n }, (_, i) => ['Ann Lee', 'Acme Bank', 'Zork Group'][i % 3]).join(', ')} — met in London.`,
  },
  {
    name: 'deep brackets',
    unit: 'pairs',
    small: 10_000,
    large: 100_000,
    language: 'ru',
    make: (n) => `${'('.repeat(n)}Путин${')'.repeat(n)}`,
  },
  {
    name: 'deep quotes',
    unit: 'pairs',
    small: 10_000,
    large: 100_000,
    language: 'ru',
    make: (n) => `${'«'.repeat(n)}Газпром${'»'.repeat(n)}`,
  },
  {
    name: 'one meeting sentence of many participants with roles',
    unit: 'people',
    small: 500,
    large: 5_000,
    language: 'ru',
    make: (n) => `Президент России Владимир Путин встретился с ${Array.from({ length: n }, (_, i) => `министром ${i % 2 ? 'обороны' : 'финансов'} компании «Альфа» ${['Иваном Петровым', 'Анной Сидоровой', 'Олегом Кузнецовым'][i % 3]}`).join(', ')}.`,
  },
  {
    name: 'one meeting sentence of many organisations',
    unit: 'organisations',
    small: 500,
    large: 5_000,
    language: 'ru',
    make: (n) => `Переговоры провели ${Array.from({ length: n }, (_, i) => `компания «${['Альфа', 'Бета', 'Гамма', 'Дельта'][i % 4]}-${i}» и ООО «Газпром»`).join(', ')}.`,
  },
  {
    name: 'people in nested brackets in a meeting sentence',
    unit: 'people',
    small: 1_000,
    large: 10_000,
    language: 'ru',
    make: (n) => `Путин встретился в Москве с ${Array.from({ length: n }, (_, i) => ['Иваном Петровым', 'Анной Сидоровой'][i % 2]).join(' (')}${')'.repeat(n - 1)}.`,
  },
  {
    name: 'one long word inside the meeting sentence',
    unit: 'letters',
    small: 10_000,
    large: 100_000,
    language: 'ru',
    make: (n) => `Путин встретился с Шольцем в мае 2024 года ${letters(n)} и обсудил газ.`,
  },
  {
    name: 'English: one all-capitals token before "reported"',
    unit: 'letters',
    small: 10_000,
    large: 100_000,
    language: 'en',
    make: (n) => `${MEETING_SENTENCE_EN} ${'A'.repeat(n)} x reported the talks.`,
  },
  {
    name: 'meeting sentences (many frames)',
    unit: 'sentences',
    small: 500,
    large: 5_000,
    make: (n) => Array.from({ length: n }, () => MEETING_SENTENCE_RU).join(' '),
  },
];
