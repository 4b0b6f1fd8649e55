// `meetings preview`'s page: the record a dry run would publish, field by field in words, then the article
// text with the spans behind the fields marked. Pure: the answer and the text in, lines out.

import { styleText } from 'node:util';
import type { MeetingLocation, Participant } from '../core/record/record.ts';
import type { DryRunAnswer } from './api-types.ts';
import { legend, markText, spansOf } from './highlight-spans.ts';

const DATE_BASIS = {
  stated: 'stated with its year in the text',
  dateline: "resolved against the article's dateline",
  publishedAt: "resolved against the article's publishedAt",
  editor: 'given by the editor',
} as const;

export interface PreviewOptions {
  /** The article text the offsets index; null when it could not be had (the text is then left out). */
  text: string | null;
  /** Why the text is missing, when it is. */
  textNote?: string;
  colour: boolean;
  showText: boolean;
}

export function renderPreview(answer: DryRunAnswer, options: PreviewOptions): string {
  const { record } = answer;
  const heading = (label: string) => (options.colour ? styleText('bold', label, { validateStream: false }) : label);
  const field = (label: string, value: string) => (value ? `${heading(label.padEnd(15))}${value}` : heading(label));
  const quote = (mention: { start: number; end: number } | null | undefined) =>
    mention && options.text && mention.end <= options.text.length ? ` («${options.text.slice(mention.start, mention.end)}»)` : '';

  const lines = [
    'Dry run: this is the record the article would make; nothing was stored.',
    '',
    field('Title', record.title),
    field('Meeting', record.isMeeting ? `yes, ${record.kind ?? 'sort not known'}` : 'no meeting found: it would be published as an article only'),
    field('Status', record.status),
    field('Date', record.date ? `${record.date}, ${record.dateBasis ? DATE_BASIS[record.dateBasis.how] : 'basis not recorded'}${quote(record.dateBasis?.mention)}` : 'none found'),
    field('Place', record.location ? place(record.location) : record.kind === 'call' ? 'none (a call)' : 'none found'),
    field('Participants', record.participants.length === 0 ? 'none found' : ''),
    ...record.participants.map((p) => `  - ${participant(p)}`),
    field('Organisations', record.organizations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join('; ') || 'none found'),
    field('Source', [record.source.name, record.source.url].filter(Boolean).join(', ') || 'none found'),
    field('Language', record.language),
    ...(record.topics.length > 0 ? [field('Topics', record.topics.join('; '))] : []),
    ...(record.relatedEvents.length > 0
      ? [field('Related', ''), ...record.relatedEvents.map((e) => `  - ${[e.title, e.date, e.location ? place(e.location) : null, e.theme].filter(Boolean).join(', ')}`)]
      : []),
    field('Warnings', record.warnings.length === 0 ? 'none' : ''),
    ...record.warnings.map((warning) => `  - ${warning}`),
    field('Ids', `article ${answer.articleId}, meeting ${answer.meetingId}`),
  ].map((line) => line.trimEnd());

  if (options.showText) {
    lines.push('');
    if (options.text === null) lines.push(`(The article text is not shown: ${options.textNote ?? 'it could not be read'}.)`);
    else lines.push(heading('Article text'), legend(options.colour), '', markText(options.text, spansOf(record, answer.entities), options.colour));
  }
  return `${lines.join('\n')}\n`;
}

function participant(p: Participant): string {
  const about = [p.role ?? 'role not found', p.organization, p.country].filter(Boolean).join(', ');
  return `${p.name}: ${about}`;
}

function place(location: MeetingLocation): string {
  const country = location.country ? `${location.country}${location.countryCode ? ` (${location.countryCode})` : ''}` : null;
  const where = [location.city, country].filter(Boolean).join(', ');
  return location.countryInferred ? `${where}; the country inferred from the city` : where;
}
