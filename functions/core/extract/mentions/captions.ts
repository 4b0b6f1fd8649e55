// A photo credit glued into the text by a scraper ("Эмманюэль Макрон (Фото: /J. Doe / NTB / Reuters)"):
// the photographer and the agencies in it are no one the article writes about.

import { type AnalysedDocument, setMentions } from '../model/document.ts';

const PHOTO_CREDIT = /\((?:фото|photo|фотография|image|credit|источник фото)(?!\p{L})[^()\n]{0,160}\)/giu;

export function dropPhotoCredits(doc: AnalysedDocument): void {
  const spans = [...doc.text.matchAll(PHOTO_CREDIT)].map((x) => [x.index ?? 0, (x.index ?? 0) + x[0].length] as const);
  if (spans.length === 0) return;
  const inside = (start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to);
  setMentions(doc, doc.mentions.filter((m) => !inside(m.start, m.end)));
}
