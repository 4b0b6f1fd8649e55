// The shape every language's lexicon has: the cue patterns and word lists the field steps (fields/) read,
// so that those steps are written once for all languages. Patterns are matched on lower-case sentence text
// unless their comment says otherwise. A new language adds one lexicon of this shape (and its mention rules).

export interface Lexicon {
  /** Abbreviations after which a full stop ends no sentence (lower case, without the dot). */
  abbreviations: ReadonlySet<string>;
  /** Words of dates and datelines (fields/date.ts, text/dateline.ts). */
  dates: DateWords;
  // -- the meeting frame (fields/frame.ts)
  /** Words that report a meeting; weak ones need a person in the sentence. */
  meetingCue: RegExp;
  /** Cues that name a meeting event by themselves. */
  strongCue: RegExp;
  /** Meeting words in phrases that report no meeting ("met the demands", «встреча с избирателями»). */
  notMeeting: RegExp;
  /** Habitual get-togethers («встречаются по средам»), matched on the original text. */
  habitual: RegExp | null;
  /** A session of a body named without a person («заседание Верховной Рады», "a session of the Storting"), on the original text. */
  sessionOfBody: RegExp;

  // -- the kind of contact (fields/kind.ts), read in the headline and the frame's main sentence
  /** A telephone or video call. */
  callKind: RegExp;
  /** An official visit: travelling to another country or body. */
  visitKind: RegExp;
  /** A summit, session, council or conference of many parties; a meeting someone chairs ("will chair the meeting",
   *  «под председательством»; not talks a mediator chairs). */
  multilateralKind: RegExp;
  /** A bilateral meeting held on the margins of a larger event (it stays a `meeting`). */
  sidelines: RegExp;
  /** A meeting of two held at, before or after a summit, or where one is held: the summit is its setting ("met X at
   *  the NATO summit", «проведёт переговоры с X в Анталье, где пройдёт форум»). */
  summitSetting: RegExp;
  /** Sports words that name sport by themselves. */
  sportStrong: RegExp;
  /** Sports words that only help. */
  sportWeak: RegExp;
  /** Meeting words that sport also uses ("встреча команд", "will meet Chelsea"). */
  gameCue: RegExp;
  /** A meeting denied ("опроверг сообщения о встрече", "denied that a meeting took place"). */
  denial: RegExp;
  /** A meeting said not to be prepared, planned or possible ("подготовка встречи не ведется", "not in the plans"). */
  notPlanned: RegExp;
  /** Hope that talks may come ("hopeful the swap could lead to talks", «надеется на переговоры»). */
  hope: RegExp;
  /** Talks as a stalled state, not an event ("a standstill in negotiations", «переговоры зашли в тупик»). */
  stalled: RegExp;
  /** Markets moving: talks named in a market report ("shares rose on hopes of trade talks", «курс доллара вырос»). */
  market: RegExp;
  /** A verb that reports a meeting as taking place: a sentence with it stays a report despite hope, stall or market words. */
  eventVerb: RegExp;
  /** An anniversary of an old meeting («годовщина встречи на Эльбе», "the anniversary of the summit"). */
  anniversary: RegExp;
  /** Words of the present days («сегодня», «в пятницу», "today", "on Monday"): a sentence with them is news, whatever older years it names. */
  nowWords: RegExp;
  /** A time many years back ("ten years ago", «десять лет назад»): a meeting of long ago, like an old year. */
  yearsAgo: RegExp;
  /** A relative clause set off by a comma (", who met Y in 1985", «, который в 1985 году ...»); global: its years are its own. */
  relativeClause: RegExp;
  /** An opinion or guess ("по мнению эксперта", "analysts said"). */
  opinion: RegExp;
  /** A mere possibility ("могут возобновиться", "could resume"). */
  possible: RegExp;
  /** A meeting placed well before the news ("в прошлом году", "years ago", "had met"). */
  background: RegExp;
  /** A meeting called off ("встреча отменена", "talks were called off"). */
  cancelled: RegExp;
  /** A new date for a cancelled meeting ("перенесена на 5 мая", "rescheduled for Friday"). */
  newDate: RegExp;
  /** Coming to, taking part in or representing someone at the meeting. */
  participation: RegExp;
  /** People sent to the meeting ("X will represent Britain", «Израиль будет представлять X»). */
  represent: RegExp;
  /** Strong cues that make a later sentence the participants' anchor. */
  anchorCue: RegExp;
  /** Someone who refused to come or was barred ("отказался от участия", "pulled out of"). */
  refusal: RegExp;
  /** The subject takes part ("На встрече присутствовал X", "X briefed colleagues"). */
  joinSubject: RegExp;
  /** The meeting itself named in a sentence ("участвовал в переговорах", not "в чемпионате"). */
  meetingNoun: RegExp;
  /** The people after these words take part ("в сопровождении X", "joined by X"). */
  joinObject: RegExp;
  /** Speech or credit words: a person right after them (and their position) is quoted, not taking part («как заявил», "said", "according to"). */
  speechBefore: RegExp;
  /** Spokespeople (in the words before the name): they announce a meeting, they do not take part. */
  spokesperson: RegExp;
  /** Words that put the person after them outside the meeting: greetings passed on, a policy's author, the dead («смертью», "on behalf of", "ordered by"). */
  notPresent: RegExp;
  /** Right after a name: a clause saying the person was at the meeting, which outweighs the speech verb around it ("X, who attended the talks, told reporters"). */
  attendedClause: RegExp;
  /** A later sentence naming more people of the same meeting: the people after the match take part («программой визита предусмотрены переговоры с», "Participants in the call included", "he will also meet"). */
  continuation: RegExp;
  /** A participant (named, or by position) meeting someone in a later sentence: the people after the match take part («встретился с», "met with"). */
  meetWith: RegExp;
  /** One lower-case word of receiving or meeting someone: the person right after it is the meeting's other side («принял», "received", "met"). */
  receiveVerb: RegExp;
  /** People acting in a session («предлагал», «попросил», "proposed", "presented"). */
  sessionAct: RegExp;
  /** A single word of a meeting cue (matched on one lower-case token). */
  cueWord: RegExp;
  /** Nouns of a subject matter: a body named after them is discussed, not taking part (one lower-case token). */
  topicNoun: RegExp;
  /** A lone head noun or a role fragment is no organisation's name ("Банк", "МИД", "Defence"). */
  genericOrganizations: ReadonlySet<string>;
  /** Names that are no organisation taking part: a region, a media channel (matched on the nominative name). */
  notOrganization: RegExp;
  /** A state's own body (ministry, security council, police): an official's stands for the country, and
   *  it takes part only as a host (matched on the name). */
  stateBody: RegExp;
  /** One lower-case word of saying or reporting ("заявили", "said"): a body or landmark next to it speaks, and its
   *  tense is when a thing was said, not when the meeting is. */
  speechVerb: RegExp;
  /** Words that may stand between a word of saying and the meeting word when the speaker itself met ("said it had
   *  held talks", «сообщил, что провел переговоры»): one lower-case token. */
  selfReport: RegExp;
  /** The word before the body a person is posted to, in a position ("посол США в ЕС", «представитель России при
   *  ООН», "Ambassador to the UN"): the person represents their country, not that body. One lower-case token. */
  postedTo: RegExp;
  /** A gathering a meeting is held at, around the body whose gathering it is («на саммите НАТО», "at the NATO
   *  summit"): the text before the body ends with `gatheringBefore` and the text after it starts with
   *  `gatheringAfter`. After another meeting word, that body is the summit behind a side meeting. */
  /** A preposition or subordinator (one lower-case token): a body after it, before the meeting word with no comma
   *  between, is in an opening phrase, not the subject ("Amid tensions with NATO, X met", «После отказа МВФ X провел»). */
  notSubjectAfter: RegExp;
  /** A preposition that introduces a party after a meeting word («с», "with", "between"; one lower-case token). */
  partyPreposition: RegExp;
  /** A word of taking part after which a preposition introduces the event («участие во встрече», "participates in"). */
  takePart: RegExp;
  gatheringBefore: RegExp;
  gatheringAfter: RegExp;
  /** One lower-case word of travelling or receiving after which "to X" is the destination ("travel", "welcome"). */
  travelTo: RegExp;
  /** The text before a place ends inside what is discussed ("discussed major events in"): a country there is the topic. */
  topicBefore: RegExp;
  /** The text before a place ends inside a contrast («а не в X», "rather than in X"): not the meeting's place. */
  contrast: RegExp;
  /** Names that credit no outlet: pronouns, titles, days (whole words), press services, ministries, the
   *  Kremlin's site, Telegram channels, media in general (prefixes); matched on the credited name as written. */
  notOutlet: RegExp;
  /** Landmarks that stand for a city (lemma or lower-case words -> the city, in the language). */
  landmarks: Readonly<Record<string, string>>;
  /** The text before a place ends with a state of affairs the place belongs to («ситуации в», "wars in"): the
   *  place is in the topic, not the venue. */
  topicPlace: RegExp;
  /** The text before a place ends with a word of where a party lives or is based ("based in", "born in",
   *  «базирующейся в»): the place describes the party, not the venue. */
  partyPlace: RegExp;
  /** One lower-case word that describes a settlement before its name («в городе Сочи», "in the city of X"). */
  settlementNoun: RegExp;
  /** One lower-case word for a capital («в столице», "in the capital"). */
  capitalNoun: RegExp;
  /** Words after a place that date another event ("in Cairo in January", «в Рио в ноябре»), on the text as written. */
  otherTimeAfter: RegExp;
  /** Future cue words of a planned meeting (matched on the sentence as written). */
  planned: RegExp;
  /** Talks going on at the time of writing ("продолжаются консультации", "talks are under way"). */
  ongoing: RegExp;
  /** A visit that has begun ("is presently on an official visit", «находится с визитом»): held. */
  visitUnderway: RegExp;
  /** Asides whose tense is not the meeting's (", as US forces resumed patrols", «, когда ...»); global, cut before reading the tense. */
  aside: RegExp;
  /** What the sides discussed: the subject follows in group 1. */
  discussed: RegExp;
  /** How what was discussed is read into topics (fields/topics.ts). */
  topicCues: TopicCues;
  /** An announced event ("пройдет", "will be held"). */
  eventFuture: RegExp;
  /** An event's theme, in group 1. */
  eventTheme: RegExp;
  /** A sentence about earlier times ("Ранее ...", "Earlier, ..."): its people are not this meeting's. */
  backgroundStart: RegExp;
}

/** Cues that cut what the sides discussed into short topics, one per subject. */
export interface TopicCues {
  /** Where the subjects end: a relative clause, "including", an attribution, a new verb. */
  end: RegExp;
  /** Between two subjects: ", а также", ", and", "as well as" (global, for split); plain commas are read by case or shape. */
  separator: RegExp;
  /** Words before a subject that are not part of it ("the", "их"); stripped. */
  lead: RegExp;
  /** A piece that is no subject ("with the minister", "when he visited"): dropped. */
  notSubject: RegExp;
  /** Prepositions, lower case: a long topic is cut before one. */
  prepositions: ReadonlySet<string>;
}

/**
 * Words of dates (fields/date.ts, text/dateline.ts). Single words are matched on one lower-case word
 * without a trailing dot; month names of every language are tried on every text (a Russian page may carry
 * an English "01 Nov 2019" header), the other words only in their own language.
 */
export interface DateWords {
  /** Each month's word forms, January first. */
  months: readonly RegExp[];
  /** Short month forms that name a month only beside a day number ("Nov 1", «3 мар»), January first. */
  monthAbbreviations: readonly RegExp[];
  /** Weekday forms as date phrases use them («в пятницу», "on Friday"), Sunday first. */
  weekdays: readonly RegExp[];
  /** The preposition before a weekday («в», «во», "on"). */
  weekdayPreposition: RegExp;
  /** Whether a weekday is a date only after that preposition or a modifier (Russian), or also alone ("met Tuesday"). */
  weekdayNeedsPreposition: boolean;
  /** Words before a weekday that make it a name, not a date ("Black Friday", "Super Tuesday"). */
  weekdayNames: RegExp | null;
  /** Phrases naming a day from the anchor ("вчера" -1, "tomorrow" +1), matched at a word start on the text as written. */
  relativeDays: ReadonlyArray<readonly [RegExp, number]>;
  /** Phrases naming a month from the anchor's ("next month" +1, «в прошлом месяце» -1), matched like `relativeDays`. */
  relativeMonths: ReadonlyArray<readonly [RegExp, number]>;
  /** Day words that are also prepositions («накануне визита»): a day only when no genitive follows. */
  dayWordsAlsoPrepositions: RegExp | null;
  /** Words before a weekday: the last such day strictly before the anchor ("last", «минувшую»). */
  lastModifier: RegExp;
  /** The next such day strictly after the anchor ("next", «следующую»). */
  nextModifier: RegExp;
  /** The nearest such day, in the direction the meeting's status gives ("this", «эту»). */
  thisModifier: RegExp;
  /** Whether "5/12/2024" puts the month first (American English) rather than the day; dotted dates are always day first. */
  slashMonthFirst: boolean;
  /** Words that open a span of dates ("from", "between", «с»). */
  spanOpen: RegExp;
  /** Words that join two dates of one span ("to", "through", "and", «по», «и»); dashes always join. */
  spanJoin: RegExp;
  /** Words after a year that belong to it («года», «г», "year"). */
  yearWord: RegExp;
  /** Words before `yearWord` after a month that give the year relative to the anchor's ("last year", «текущего
   *  года»), with the number of years they move it. */
  yearModifiers: ReadonlyArray<readonly [RegExp, number]>;
  /** Prepositions before a bare year or month that make it a date ("in 2004", «в 2004 году», «в мае»). */
  periodPreposition: RegExp;
  /** Words of a part of a month before "of" that make a lone month a date ("at the end of April"); null where
   *  the language needs no "of" («в конце апреля» is read by `periodPreposition`). */
  periodOf: RegExp | null;
  /** Words right before a date that make it a bound or another event's date ("since", "until", «от», «до»). */
  boundBefore: RegExp;
  /** Words shortly before a date that make it another event's date ("born", "signed", «подписанного», a subject
   *  discussed: "to discuss the vote scheduled for", «обсудили итоги выборов»). */
  otherEventBefore: RegExp;
  /** Words that start a subordinate phrase ("following", "that", «после того как»): a date before one, with the cue inside it, is not the cue's. */
  subordinators: RegExp;
  /** Lines or words that announce a publication date ("Published", «Опубликовано»). */
  published: RegExp;
  /** Words that may stand on a dated header line beside the date and time ("Updated" is not one of them). */
  headerWords: RegExp;
  /** Words right before a date that make it the first day of a week ("in the week of 20 June"), on the text before it. */
  weekOf: RegExp | null;
  /** A meeting said to last several days ("a two-day visit", "three days of talks", «двухдневный визит»): the
   *  number of days in group 1 (a digit or a word of `dayCounts`), the meeting noun in group 2; lower-case text. */
  multiDay: RegExp;
  /** The number words of `multiDay`, two first ("two", «двух»). */
  dayCounts: readonly RegExp[];
  /** Words shortly before a multi-day phrase that make it another event's ("ahead of a two-day summit", «накануне»). */
  multiDayOther: RegExp;
  /** A verb of the first day ("opened", «открылся»), matched on the lower-case text before the date. */
  firstDayVerb: RegExp;
  /** A verb of the last day ("wrapped up", «завершился»), matched on the lower-case text before the date. */
  lastDayVerb: RegExp;
  /** A visit noun shortly before a span of days, which makes the span the visit's ("an official visit to Japan
   *  from 13 to 15 May", «визит в Армению 20–21 августа»); matched on the lower-case text before the span. */
  stayBefore: RegExp;
  /** Words right before a date that make it the last day of the event ("which runs until", "a visit that ends
   *  on", «продлится до», «визит завершится»); matched on the lower-case text before the date. */
  lastsUntil: RegExp;
  /** Words shortly before a meeting word that make its event a point of reference, not the meeting ("two weeks
   *  after the summit", "ahead of the talks", «за неделю до саммита», «в преддверии форума»): a date beside that
   *  word is not drawn to it; matched on the lower-case text before the word. */
  referenceEvent: RegExp;
  /** A meeting word with the words before it that make it an earlier meeting than the one reported ("last met",
   *  "their previous meeting", «ранее встречались», «прошлой встречи»); matched on the lower-case text ending with the word. */
  earlierMeeting: RegExp;
  /** Likewise a later meeting ("the next round of talks", «следующий раунд консультаций»): in the report of a
   *  held meeting, not the one reported. */
  nextMeeting: RegExp;
}
