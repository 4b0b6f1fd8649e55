

/** Sports words: a strong one names sport by itself, a weak one only helps. */
const SPORT_STRONG_RU =
  /(?:^|[^а-яё])(матч|гол(?:а|ов|ы)?(?:[^а-яё]|$)|тайм|чемпионат|турнир|лиг[аеиуы](?:[^а-яё]|$)|футбол|хокке|баскетбол|волейбол|болельщик|стадион|сборн(?:ая|ой|ую|ые)|нападающ|вратар|полузащитник|плей-офф|со сч[её]том|ничь(?:я|ей|ю))/u;
const SPORT_WEAK_RU = /(?:^|[^а-яё])(команд|клуб|игр[аеыуо]|тренер|соперник|кубк|сезон|очк[аои])/u;
const SPORT_STRONG_EN =
  /\b(match|matches|goals?|goalless|league|stadium|striker|goalkeeper|midfielder|penalty|tournament|championship|football|soccer|rugby|cricket|hockey|basketball|kick-off|half-time|play-offs?|draw|derby|fixture)\b/i;
const SPORT_WEAK_EN = /\b(team|teams|club|clubs|game|coach|manager|fans|season|cup|squad|scored|defeat|victory|win)\b/i;
const SCORE = /(?:^|\s)\d{1,2}\s?[:–-]\s?\d{1,2}(?:\s|[.,;]|$)/u;
/** Meeting words that sport also uses ("встреча команд", "will meet Chelsea"); talks and visits are not among them. */
const GAME_CUE_RU = /(?:^|[^а-яё])(встреч[аеиуо]|встретил|встретя|встретит|сыгра)/u;
const GAME_CUE_EN = /\b(meet|meets|met|meeting|face|faces|play|plays)\b/i;

const DENIAL_RU = /(?:^|[^а-яё])(опроверг|опровер(?:га|жени)|отрица[а-яё]* (?:факт|сам факт|информаци|сообщени)|никакой встречи|никаких переговоров|встречи не было|переговоров не было|не встречал(?:ся|ась|ись))/u;
const DENIAL_EN = /\b(denied|denies|deny|denial of|dismissed reports|no (?:such )?meeting (?:took place|had taken place|was held)|never met)\b/i;

/** Opinion or guess ("по мнению эксперта", "analysts said") together with a mere possibility ("могут возобновиться", "could resume"). */
const OPINION_RU = /(?:^|[^а-яё])(по мнению|эксперт|аналитик|политолог|по оценке|считает|полагает|предполага|не исключ|прогноз)/u;
const POSSIBLE_RU = /(?:^|[^а-яё])(могут|может|могли бы|мог бы|возможно|вероятно|не исключ|способны)/u;
const OPINION_EN = /\b(analysts?|experts?|observers?|commentators?|speculat\w*|predicts?|predicted|believes?|in (?:his|her|their) view|according to analysts)\b/i;
const POSSIBLE_EN = /\b(could|might|may|would|possibly|perhaps|likely|unlikely|chance|expects?|expected)\b/i;

/** A meeting placed well before the news ("в прошлом году", "years ago", "had met"). */
const BACKGROUND_RU =
  /(?:^|[^а-яё])(в прошлом году|в позапрошлом году|год назад|лет назад|года назад|в сво[её] время|когда-то|некогда|в прошлом месяце|в прошлый раз|ранее уже|уже встречал)/u;
const BACKGROUND_EN = /\b(last year|years? ago|months ago|in the past|had met|had held|had visited|previously met|last met|once met|earlier this year|back in (?:19|20)\d\d)\b/i;

const CANCELLED_RU = /(?:^|[^а-яё])(отмен[её]н|отменил|отменят|отмене |сорван|не состо(?:ится|ятся|ялась|ялись|ялся|ялось)|отложен[аоы]? на неопредел|перенес[её]н[аоы]? на неопредел)/u;
const CANCELLED_EN = /\b(cancell?ed|called off|scrapped|abandoned|will not take place|won't take place|did not take place|postponed indefinitely|shelved)\b/i;
/** A new date given for the cancelled meeting ("перенесена на 5 мая", "rescheduled for Friday"). */
const NEW_DATE_RU = /(?:^|[^а-яё])((?:перенес[её]н[аоы]?|перенесли|отложен[аоы]?|отложили) (?:на|до) (?!неопредел)|новая дата (?!не )|назначен[аоы]? на |пройд[её]т позже|состоится позже)/u;
const NEW_DATE_EN = /\b(rescheduled|postponed (?:until|till|to) (?!further)|moved to|will now (?:take place|be held)|(?<!no )new date (?:is|was|of|for|has been set))\b/i;

const lower = (text: string) => text.toLowerCase();

/** Strength of sports wording in a stretch of text: strong words count 1, weak ones ½, a score 1. */
export function sportScore(text: string, language: 'ru' | 'en'): number {
  const strong = language === 'ru' ? SPORT_STRONG_RU : SPORT_STRONG_EN;
  const weak = language === 'ru' ? SPORT_WEAK_RU : SPORT_WEAK_EN;
  const t = lower(text);
  const count = (re: RegExp) => new Set([...t.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => m[1]!.slice(0, 5))).size;
  return count(strong) + count(weak) / 2 + (SCORE.test(text) ? 1 : 0);
}

/** A cue sentence about a game: the cue is a word sport shares, and the sentence with its neighbours speaks of sport. */
export function isGame(texts: string[], s: number, language: 'ru' | 'en'): boolean {
  if (!(language === 'ru' ? GAME_CUE_RU : GAME_CUE_EN).test(lower(texts[s] ?? ''))) return false;
  const around = texts.slice(Math.max(0, s - 1), s + 3).join(' \n ');
  return sportScore(around, language) >= 2;
}

export function isDenied(text: string, language: 'ru' | 'en'): boolean {
  return (language === 'ru' ? DENIAL_RU : DENIAL_EN).test(lower(text));
}

export function isSpeculation(text: string, language: 'ru' | 'en'): boolean {
  const t = lower(text);
  return language === 'ru' ? OPINION_RU.test(t) && POSSIBLE_RU.test(t) : OPINION_EN.test(t) && POSSIBLE_EN.test(t);
}

export function isBackground(text: string, language: 'ru' | 'en'): boolean {
  return (language === 'ru' ? BACKGROUND_RU : BACKGROUND_EN).test(lower(text));
}

/** A cue sentence that does not report a meeting as a real event, whatever the rest of the text says. */
export function notAnEvent(texts: string[], s: number, language: 'ru' | 'en'): boolean {
  const text = texts[s] ?? '';
  return isGame(texts, s, language) || isDenied(text, language) || isSpeculation(text, language);
}

/** The meeting is called off in one of these sentences and none of them gives it a new date. */
export function calledOffWithoutNewDate(texts: string[], language: 'ru' | 'en'): boolean {
  const joined = lower(texts.join(' \n '));
  const cancelled = language === 'ru' ? CANCELLED_RU : CANCELLED_EN;
  const newDate = language === 'ru' ? NEW_DATE_RU : NEW_DATE_EN;
  return cancelled.test(joined) && !newDate.test(joined);
}
