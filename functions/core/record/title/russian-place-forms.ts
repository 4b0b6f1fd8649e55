// The locative («в Астане») and accusative («посетил Астану») of a place's nominative name, for titles made
// from the record. By ending, without the morphology dictionaries: a record is built where the extractor's
// dictionaries may not be loaded (extraction can run in a worker), and place names decline regularly.
// Null when a name's form is not certain (several nouns: «Соединённые Штаты Америки»): the title then goes
// without the place rather than with a wrong form.

type Case = 'loct' | 'accs';

const CONSONANT = 'бвгджзклмнпрстфхцчшщ';
const VELAR_OR_HUSHING = /[гкхжшчщ]$/;

/** Adjective endings (feminine, masculine, neuter, plural) and their forms in each case. */
const ADJECTIVE: Array<[RegExp, (stem: string) => Record<Case, string>]> = [
  [/ая$/u, (s) => ({ loct: `${s}ой`, accs: `${s}ую` })],
  [/яя$/u, (s) => ({ loct: `${s}ей`, accs: `${s}юю` })],
  [/(?:ый|ой)$/u, (s) => ({ loct: `${s}ом`, accs: `${s}ый` })],
  [/ий$/u, (s) => ({ loct: VELAR_OR_HUSHING.test(s) ? `${s}ом` : `${s}ем`, accs: `${s}ий` })],
  [/ое$/u, (s) => ({ loct: `${s}ом`, accs: `${s}ое` })],
  [/ые$/u, (s) => ({ loct: `${s}ых`, accs: `${s}ые` })],
  [/ие$/u, (s) => ({ loct: `${s}их`, accs: `${s}ие` })],
];

function adjective(word: string, grammaticalCase: Case): string | null {
  for (const [ending, forms] of ADJECTIVE) {
    if (ending.test(word) && word.length > 4) return forms(word.replace(ending, ''))[grammaticalCase];
  }
  return null;
}

/** One noun (or the last part of a hyphenated name: «Нур-Султан», «Алма-Ата») in the case; null when unsure. */
function noun(word: string, grammaticalCase: Case): string | null {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) {
    const last = noun(word.slice(hyphen + 1), grammaticalCase);
    return last === null ? null : word.slice(0, hyphen + 1) + last;
  }
  // Abbreviations (США, ОАЭ) and names in -о, -е, -у, -ю, -и, -э (Баку, Токио, Тбилиси) do not decline.
  if (word.length > 1 && word === word.toUpperCase()) return word;
  if (/[оеёуюиэ]$/u.test(word)) return word;
  if (grammaticalCase === 'accs') return word.replace(/а$/u, 'у').replace(/я$/u, 'ю');
  if (/ия$/u.test(word)) return word.replace(/я$/u, 'и');
  if (/[ая]$/u.test(word)) return word.replace(/[ая]$/u, 'е');
  // «Афины» -> «Афинах», but «Алматы» does not decline: a name in -ы is not certain.
  if (/ы$/u.test(word)) return null;
  // A soft sign after a consonant and л is masculine (Ярославль -> Ярославле); otherwise feminine (Казань -> Казани).
  if (/[бвмп]ль$/u.test(word)) return word.replace(/ь$/u, 'е');
  if (/ь$/u.test(word)) return word.replace(/ь$/u, 'и');
  if (/й$/u.test(word)) return word.replace(/й$/u, 'е');
  if (new RegExp(`[${CONSONANT}]$`, 'u').test(word)) return `${word}е`;
  return word;
}

/** The place in the case, or null when some word is neither an adjective before the last word nor that word. */
export function placeInCase(name: string, grammaticalCase: Case): string | null {
  const words = name.trim().split(/\s+/u);
  if (words.length === 0 || words.some((word) => !/^[А-ЯЁа-яё-]+$/u.test(word))) return null;
  const out: string[] = [];
  for (const [k, word] of words.entries()) {
    if (k === words.length - 1) {
      const form = noun(word, grammaticalCase);
      if (form === null) return null;
      out.push(form);
      continue;
    }
    const form = adjective(word, grammaticalCase);
    if (!form) return null;
    out.push(form);
  }
  return out.join(' ');
}

/** «в Астане», «во Франции», «во Владивостоке»: в becomes во before в or ф and a consonant. */
export function inPlace(name: string): string | null {
  const form = placeInCase(name, 'loct');
  if (!form) return null;
  return `${/^[ВвФф][бвгджзйклмнпрстфхцчшщ]/u.test(form) ? 'во' : 'в'} ${form}`;
}
