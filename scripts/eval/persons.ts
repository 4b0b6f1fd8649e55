// npm run eval:persons: how the person resolver (functions/core/record/persons/) does over the evaluation
// corpora — how many participant mentions it merged into an already known person, and how many of those merges
// were wrong or missed against a gold identity (scripts/eval/person-identity.ts says how that is derived).
//
//   npm run eval:persons [-- --verbose]
//
// Reads meetings-dev (EVAL_DIR, default ../shared/eval), the TUNING part of meetings-dev2 only (isChecking,
// scripts/eval/split.ts), and our made-up meetings-dev3 and -dev4; never the checking part nor the held-out
// set. The mentions are resolved in corpus order against one directory that grows as it goes, twice: the gold
// participants, and the participants the extractor finds in the same articles.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countriesNamed } from '../../functions/core/extract/knowledge/countries-named.ts';
import { assignPersons } from '../../functions/core/record/persons/assign-persons.ts';
import type { KnownPerson } from '../../functions/core/record/persons/known-person.ts';
import { personMention } from '../../functions/core/record/persons/person-mention.ts';
import { readPersonName } from '../../functions/core/record/persons/person-name.ts';
import type { Participant } from '../../functions/core/record/record.ts';
import { loadExtractor } from '../../functions/dictionaries/load-dictionaries.ts';
import { type CorpusMention, goldIdentities, type Identity, type Judgement, judge, type Outcome, possiblySame } from './person-identity.ts';
import { isChecking } from './split.ts';

const root = resolve(import.meta.dirname, '..', '..');
const evalDir = resolve(process.env.EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const verbose = process.argv.includes('--verbose');

interface Row {
  id: string;
  text: string;
  language: string;
  publishedAt?: string;
  source?: string;
  gold?: { participants?: Participant[] | null };
}

function readRows(file: string): Row[] {
  if (!existsSync(file)) {
    console.error(`Evaluation file ${file} not found. Set EVAL_DIR to the directory holding the shared corpora (default ../shared/eval).`);
    process.exit(2);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

const sets: Array<{ name: string; rows: Row[] }> = [
  { name: 'meetings-dev', rows: readRows(join(evalDir, 'meetings-dev.jsonl')) },
  { name: 'meetings-dev2 tuning', rows: readRows(join(evalDir, 'meetings-dev2.jsonl')).filter((r) => !isChecking(String(r.source ?? ''))) },
  { name: 'meetings-dev3', rows: readRows(join(root, 'tests', 'fixtures', 'dev3', 'meetings-dev3.jsonl')) },
  { name: 'meetings-dev4', rows: readRows(join(root, 'tests', 'fixtures', 'dev4', 'meetings-dev4.jsonl')) },
];
const rows = sets.flatMap((s) => s.rows);
const extractor = loadExtractor();

const mentionsOf = (row: Row, participants: Array<Pick<Participant, 'name' | 'role' | 'organization' | 'country'>>): CorpusMention[] =>
  participants.map((p) => ({ article: row.id, mention: personMention({ ...p, country: p.country ?? null }, row.language, countriesNamed) }));

const gold = rows.flatMap((row) => mentionsOf(row, row.gold?.participants ?? []));
const predicted = rows.flatMap((row) => mentionsOf(row, extractor.extract({ text: row.text, language: row.language, ...(row.publishedAt ? { publishedAt: row.publishedAt } : {}) }).participants));
const goldIdentity = goldIdentities(gold);

/** A predicted mention's gold identity: the article's gold participant of the same full name, else of the same
 *  surname when only one has it; undefined when the gold has no such participant. */
function predictedIdentities(): Array<Identity | undefined> {
  return predicted.map(({ article, mention }) => {
    const name = readPersonName(mention.name);
    const candidates = gold.map((g, k) => ({ g, k, n: readPersonName(g.mention.name) })).filter((x) => x.g.article === article && x.n.surname?.key === name.surname?.key);
    const same = candidates.filter((x) => x.n.given?.key === name.given?.key);
    const match = same.length === 1 ? same[0] : candidates.length === 1 ? candidates[0] : undefined;
    return match ? (goldIdentity[match.k] ?? null) : undefined;
  });
}

/** Runs the resolver over the mentions in corpus order, one article (one meeting) at a time. */
function resolveInOrder(mentions: CorpusMention[]): { outcomes: Outcome[]; directory: KnownPerson[] } {
  let directory: KnownPerson[] = [];
  let n = 0;
  const outcomes: Outcome[] = [];
  for (const row of rows) {
    const mine = mentions.filter((m) => m.article === row.id).map((m) => m.mention);
    const result = assignPersons(directory, mine, () => `person-${++n}`);
    directory = result.directory;
    result.resolutions.forEach((r, k) => {
      outcomes.push({ personId: result.personIds[k] ?? null, kind: r.kind, ...(r.kind === 'known' ? { by: r.by } : {}) });
    });
  }
  return { outcomes, directory };
}

// Mentions are grouped per article in corpus order already (flatMap over rows), as resolveInOrder visits them.
const goldRun = resolveInOrder(gold);
const goldJudgement = judge(gold, goldIdentity, goldRun.outcomes);
const predictedIdentity = predictedIdentities();
const notInGold = predictedIdentity.filter((x) => x === undefined).length;
const predictedRun = resolveInOrder(predicted);
const predictedJudgement = judge(
  predicted,
  predictedIdentity.map((x) => x ?? null),
  predictedRun.outcomes,
);
const maybeMissed = { gold: possiblySame(goldRun.directory), extractor: possiblySame(predictedRun.directory) };

console.log(`Person identity over ${rows.length} articles: ${sets.map((s) => `${s.name} ${s.rows.length}`).join(', ')} (corpus order, one directory).`);
console.log('Gold identity: full names identical after the resolver\'s normalisation (transliteration and spelling folds, no');
console.log('patronymic) with no differing country (from country, organisation and role); a surname alone is the one full-name');
console.log('identity it can be (same article first, then all corpora), else its own per surname and country; else undecided.');
console.log('So full names that agree only across scripts («Блэр»/"Blair"), or with a further given name or initial on one side');
console.log('only ("Antony J. Blinken"), count as wrong merges: they are split out below and listed by name, to be read.\n');

// Pairs a person read (scripts/eval/person-judgements.json): a "wrong" merge of two names judged one person is right,
// and a pair kept apart that was judged one person is a missed merge.
const judged = JSON.parse(readFileSync(join(root, 'scripts/eval/person-judgements.json'), 'utf8')) as { samePerson: [string, string][] };
const judgedSame = (a: string, b: string) => judged.samePerson.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
const wrongAfterReading = (j: Judgement) => j.wrong.filter((w) => !judgedSame(w.name, w.into));

const rowsOut: Array<[string, (j: Judgement) => string | number]> = [
  ['mentions', (j) => j.mentions],
  ['persons made', (j) => j.persons],
  ['merged into a known person', (j) => j.merged],
  ['  by full name', (j) => j.mergedByFullName],
  ['  by surname / initials', (j) => j.mergedByPartialName],
  ['  across languages', (j) => j.acrossLanguages],
  ['  wrong merges', (j) => j.wrong.length],
  ['    a further given name', (j) => j.wrong.filter((w) => w.because === 'further given name on one side').length],
  ['    spelt across scripts', (j) => j.wrong.filter((w) => w.because === 'spelt across scripts').length],
  ['    other', (j) => j.wrong.filter((w) => w.because === 'other').length],
  ['  wrong after reading the names', (j) => wrongAfterReading(j).length],
  ['  unjudged (no gold identity)', (j) => j.unjudged],
  ['missed merges', (j) => j.missed.length],
  ['ambiguous (no person given)', (j) => j.ambiguous],
  ['no gold identity', (j) => j.undecided],
];
console.log(`${''.padEnd(32)}${'gold participants'.padEnd(20)}extractor's participants`);
for (const [label, value] of rowsOut) console.log(`${label.padEnd(32)}${String(value(goldJudgement)).padEnd(20)}${value(predictedJudgement)}`);
console.log(`${'persons kept apart, maybe one'.padEnd(32)}${String(maybeMissed.gold.length).padEnd(20)}${maybeMissed.extractor.length}`);
const missedAfterReading = (pairs: [string, string][]) => pairs.filter(([a, b]) => judgedSame(a, b)).length;
console.log(`${'  one person, after reading'.padEnd(32)}${String(missedAfterReading(maybeMissed.gold)).padEnd(20)}${missedAfterReading(maybeMissed.extractor)}`);
console.log(`(extractor's participants with no gold participant of that name in the article: ${notInGold}, counted under "no gold identity";`);
console.log(' "maybe one": surnames and given names share a consonant skeleton and no country differs; namesakes included)');

for (const [label, j] of [
  ['gold', goldJudgement],
  ['extractor', predictedJudgement],
] as const) {
  if (j.wrong.length > 0) console.log(`\nWrong merges by the gold identity (${label}): ${j.wrong.map((w) => `${w.name} -> ${w.into} (${w.because}${judgedSame(w.name, w.into) ? ', read: one person' : ''})`).join('; ')}`);
  if (j.missed.length > 0) console.log(`Missed merges (${label}): ${j.missed.map((w) => `${w.name} (earlier ${w.earlier})`).join('; ')}`);
  if (verbose) console.log(`Surname / initials merges (${label}): ${j.partialMerges.map((w) => `${w.name} -> ${w.into}`).join('; ')}`);
  if (verbose) console.log(`Kept apart, maybe one (${label}): ${maybeMissed[label].map(([a, b]) => `${a} / ${b}`).join('; ')}`);
}
if (verbose) {
  const unmatched = predicted.filter((_, k) => predictedIdentity[k] === undefined);
  console.log(`\nExtractor's participants with no gold participant of that name: ${unmatched.map((m) => `${m.mention.name} (${m.article})`).join('; ')}`);
}
