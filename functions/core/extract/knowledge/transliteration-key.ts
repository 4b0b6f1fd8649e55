// Gazetteer helper: a loose consonant skeleton shared by Russian (Cyrillic) and English (Latin)
// spellings of a place name, so "Цюрих" and "Zurich", "Вашингтон" and "Washington" meet.

const CYRILLIC: Record<string, string> = {
  а: '', б: 'b', в: 'v', г: 'g', д: 'd', е: '', ё: '', ж: 's', з: 's', и: '', й: '', к: 'k', л: 'l', м: 'm',
  н: 'n', о: '', п: 'p', р: 'r', с: 's', т: 't', у: '', ф: 'f', х: '', ц: 's', ч: '', ш: 's', щ: 's', ъ: '',
  ы: '', ь: '', э: '', ю: '', я: '',
};

/** Vowels, й/y/j and h-like sounds vanish; sibilants merge into s; doubled letters collapse. */
export function skeletonFromCyrillic(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) {
    const mapped = CYRILLIC[ch];
    if (mapped === undefined) continue;
    out += mapped;
  }
  return collapse(out);
}

export function skeletonFromLatin(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sch|sh|zh|ts|tz/g, 's')
    .replace(/ch|kh|gh(?=[^aeiou]|$)/g, '')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/[aeiouyjh]/g, '');
  return collapse(s);
}

function collapse(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

const ROMAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A plain Latin spelling of a Cyrillic name ("Пекин" -> "pekin"), for comparing with English names. */
export function romaniseCyrillic(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) out += ROMAN[ch] ?? (/[a-z]/.test(ch) ? ch : '');
  return out;
}

function plainLatin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * How alike two Latin spellings are, 0..1: one minus the edit distance over the longer length, where
 * letters that transliterations swap freely (y/i/j, e/a/i vowels, w/v, c/k, z/s, kh/h) cost half.
 */
export function similarity(a: string, b: string): number {
  const x = plainLatin(a).replace(/kh/g, 'h');
  const y = plainLatin(b).replace(/kh/g, 'h');
  if (!x || !y) return 0;
  const loose = (p: string, q: string) => {
    const groups = ['aeiouy', 'yij', 'wv', 'ck', 'zs', 'hx'];
    return groups.some((gr) => gr.includes(p) && gr.includes(q));
  };
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : loose(x[i - 1]!, y[j - 1]!) ? 0.5 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return 1 - prev[y.length]! / Math.max(x.length, y.length);
}
