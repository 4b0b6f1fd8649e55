// The pages' own words, one table per language: labels, statuses, kinds and dates. A meeting page speaks
// its record's language (Russian for Russian records, English for the rest); the home page and the browse
// pages speak the site's language (`FeedSite.language`, English unless configured). A third language is
// one more entry in PAGE_WORDS. Dates are spelled from these tables, not Intl, so the bytes are the same
// on any machine.

import type { MeetingKind, MeetingStatus, PartialDate } from '../../record/record.ts';
import { KIND_LABELS } from '../kind-labels.ts';

export interface PageWords {
  /** The `lang` of a page in these words. */
  lang: string;
  status: Record<MeetingStatus, string>;
  kind: Record<MeetingKind, string>;
  /** "14 October 2026" / «14 октября 2026 г.», "October 2026" / «октябрь 2026 г.», "2026" / «2026 г.». */
  day(day: number, month: number, year: string): string;
  month(month: number, year: string): string;
  year(year: string): string;
  dateNotStated: string;
  dateBasis: { dateline: string; publishedAt: string };
  article: string;
  participants: string;
  organisations: string;
  topics: string;
  relatedEvents: string;
  source: string;
  sourceNotStated: string;
  published: string;
  record: string;
  atomFeed: string;
  jsonFeed: string;
  calendar: string;
  feedsNav: string;
  footer: string;
  /** The notice that replaces a retracted meeting's page. */
  retractedTitle: string;
  retractedOn(date: string): string;
  retractedReason: string;
  noMeetingsYet: string;
  latest: string;
  browse: string;
  browseKinds: { org: string; country: string; person: string; month: string };
  /** Heading of a browse page: "Meetings: {title}". */
  meetingsOf(title: string): string;
  pageNumber(page: number): string;
  newer: string;
  older: string;
  browseNav: string;
  home: string;
  /** The link from the home page to every group of a kind, and that list's heading. */
  allOf(kind: string): string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Russian names a month in the genitive after a day («14 октября») and in the nominative alone («октябрь 2026 г.»).
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

const EN: PageWords = {
  lang: 'en',
  status: { held: 'Held', planned: 'Planned', cancelled: 'Cancelled', unclear: 'Status unclear' },
  kind: KIND_LABELS,
  day: (day, month, year) => `${day} ${EN_MONTHS[month - 1]} ${year}`,
  month: (month, year) => `${EN_MONTHS[month - 1]} ${year}`,
  year: (year) => year,
  dateNotStated: 'Date not stated',
  dateBasis: { dateline: 'worked out from the dateline', publishedAt: 'worked out from the publication date' },
  article: 'Article',
  participants: 'Participants',
  organisations: 'Organisations',
  topics: 'Topics',
  relatedEvents: 'Related events',
  source: 'Source',
  sourceNotStated: 'Not stated',
  published: 'Published',
  record: 'Record (JSON)',
  atomFeed: 'Atom feed',
  jsonFeed: 'JSON Feed',
  calendar: 'Calendar (iCalendar)',
  feedsNav: 'Feeds',
  footer: 'Meetings found in news articles; names, places and dates are extracted automatically and may be wrong. Each entry links to its source.',
  retractedTitle: 'Retracted',
  retractedOn: (date) => `This meeting was retracted on ${date}.`,
  retractedReason: 'Reason',
  noMeetingsYet: 'No meetings published yet.',
  latest: 'Latest meetings',
  browse: 'Browse',
  browseKinds: { org: 'Organisations', country: 'Countries', person: 'People', month: 'Months' },
  allOf: (kind) => `All ${kind.toLowerCase()}`,
  meetingsOf: (title) => `Meetings: ${title}`,
  pageNumber: (page) => `page ${page}`,
  newer: 'Newer',
  older: 'Older',
  browseNav: 'Pages',
  home: 'Home',
};

const RU: PageWords = {
  lang: 'ru',
  status: { held: 'Состоялась', planned: 'Запланирована', cancelled: 'Отменена', unclear: 'Статус неясен' },
  kind: { meeting: 'Переговоры', visit: 'Визит', call: 'Телефонный или видеоразговор', multilateral: 'Саммит или сессия' },
  day: (day, month, year) => `${day} ${RU_MONTHS_GENITIVE[month - 1]} ${year} г.`,
  month: (month, year) => `${RU_MONTHS[month - 1]} ${year} г.`,
  year: (year) => `${year} г.`,
  dateNotStated: 'Дата не указана',
  dateBasis: { dateline: 'вычислено по дате в начале статьи', publishedAt: 'вычислено по дате публикации' },
  article: 'Статья',
  participants: 'Участники',
  organisations: 'Организации',
  topics: 'Темы',
  relatedEvents: 'Связанные события',
  source: 'Источник',
  sourceNotStated: 'Не указан',
  published: 'Опубликовано',
  record: 'Запись (JSON)',
  atomFeed: 'Лента Atom',
  jsonFeed: 'JSON Feed',
  calendar: 'Календарь (iCalendar)',
  feedsNav: 'Ленты',
  footer: 'Встречи из новостных статей; имена, места и даты извлечены автоматически и могут быть неточны. Каждая запись ссылается на источник.',
  retractedTitle: 'Отозвано',
  retractedOn: (date) => `Эта встреча отозвана ${date}.`,
  retractedReason: 'Причина',
  noMeetingsYet: 'Встреч пока нет.',
  latest: 'Последние встречи',
  browse: 'Разделы',
  browseKinds: { org: 'Организации', country: 'Страны', person: 'Люди', month: 'Месяцы' },
  allOf: (kind) => `${kind}: все`,
  meetingsOf: (title) => `Встречи: ${title}`,
  pageNumber: (page) => `страница ${page}`,
  newer: 'Новее',
  older: 'Старше',
  browseNav: 'Страницы',
  home: 'Главная',
};

export const PAGE_WORDS: Readonly<Record<string, PageWords>> = { en: EN, ru: RU };

/** The words for a language code ("ru", "ru-RU"); English for every language without its own table. */
export function wordsFor(language: string | undefined): PageWords {
  const base = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return PAGE_WORDS[base] ?? EN;
}

/** A partial date in `words`: as precise as stated ("14 October 2026", "October 2026", "2026"). */
export function formatDate(date: PartialDate, words: PageWords = EN): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year = '', month, day] = match;
  const monthNumber = Number(month);
  if (!month || monthNumber < 1 || monthNumber > 12) return words.year(year);
  return day ? words.day(Number(day), monthNumber, year) : words.month(monthNumber, year);
}

/** The day of an ISO instant, in `words`; the instant as it is when it has no day. */
export function formatInstant(instant: string, words: PageWords = EN): string {
  const day = instant.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day, words) : instant;
}
