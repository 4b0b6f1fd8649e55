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
