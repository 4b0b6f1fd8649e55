// Whether a Russian-written name is a man's or a woman's, for a title's past-tense verb («провёл» /
// «провела»). By the endings of Russian surnames and first names; undefined when they do not say
// (foreign names: «Мирьяна Сполярич», «Сугионо»): the title then takes a form without gender.

const MALE_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой)$/u;
const FEMALE_SURNAME = /(?:ова|ева|ёва|ина|ына|ская|цкая)$/u;
/** Men's first names in -а/-я: without them, every such name would read as a woman's. */
const MALE_NAMES_IN_A = new Set(['никита', 'илья', 'кузьма', 'фома', 'лука', 'савва', 'данила', 'гаврила', 'михаила']);

export function russianNameGender(name: string): 'masc' | 'femn' | undefined {
  const words = name.split(/\s+/u).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (words.length > 1 && FEMALE_SURNAME.test(last)) return 'femn';
  if (words.length > 1 && MALE_SURNAME.test(last)) return 'masc';
  // A patronymic between first name and surname: «Сергеевич», «Сергеевна».
  const middle = words.length === 3 ? words[1]!.toLowerCase() : '';
  if (/(?:вич|ьич)$/u.test(middle)) return 'masc';
  if (/(?:вна|чна)$/u.test(middle)) return 'femn';
  return MALE_NAMES_IN_A.has(first) ? 'masc' : undefined;
}
