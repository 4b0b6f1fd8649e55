// Topics step: what the sides discussed ("Стороны обсудили X, а также Y" -> X, Y).

import { lexicon } from '../lexicon/index.ts';

/** Where one discussed subject ends and the next begins: ", а также", ", and", "as well as". */
const TOPIC_SEPARATOR = /\s*,\s*(?:а также|а|и|as well as|and)\s+|\s+(?:а также|as well as)\s+/iu;
const MAX_TOPIC = 160;
const MAX_TOPICS = 5;

/** What the sides discussed ("Стороны обсудили X, а также Y" → X, Y), each cut at a word, never mid-word. */
export function topicsOf(texts: string[], language: 'ru' | 'en'): string[] {
  const re = lexicon(language).discussed;
  const out: string[] = [];
  for (const t of texts) {
    const m = re.exec(t);
    if (!m) continue;
    for (const part of m[1]!.split(TOPIC_SEPARATOR)) {
      const topic = cutAtWord(part.trim().replace(/[,\s]+$/u, ''), MAX_TOPIC);
      if (topic.length >= 3 && out.length < MAX_TOPICS && !out.includes(topic)) out.push(topic);
    }
  }
  return out;
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,\s]+$/u, '');
}
