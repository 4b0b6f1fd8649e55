// Stable, readable URL slugs for feed paths: Cyrillic transliterated (the simplified BGN/PCGN-style
// table Russian passports and URLs commonly use), everything else reduced to ASCII letters and digits.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', қ: 'q',
  ң: 'ng', ғ: 'gh', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ө: 'o',
};

const MAX_SLUG = 80;

export function slugify(name: string): string {
  // Transliterate composed letters first: decomposing would turn «й» into «и» plus a breve.
  const transliterated = [...name.toLowerCase().normalize('NFC')].map((char) => CYRILLIC[char] ?? char).join('');
  const slug = transliterated
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '') || 'unnamed';
}
