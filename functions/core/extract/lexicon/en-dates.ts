// The English date words, the cue sheet of the date step (fields/date*.ts, text/dateline.ts), kept apart
// from the rest of the language's lexicon (en.ts), which holds the words of every other step.

import type { DateWords } from './types.ts';

/** Month names (January .. December). */
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Date words (fields/date.ts, text/dateline.ts). English month and weekday names count only when capitalised. */
export const DATES_EN: DateWords = {
  months: MONTHS_EN.map((m) => new RegExp(`^${m}$`)),
  monthAbbreviations: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec'].map((m) => new RegExp(`^${m}$`)),
  weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d) => new RegExp(`^${d}$`)),
  weekdayPreposition: /^on$/,
  weekdayNeedsPreposition: false,
  weekdayNames: /^(?:black|good|super|ash|holy|easter|palm|cyber|bloody|maundy|shrove|fat|giving|great|blue|whit|low|mad|manic)$/,
  dayWordsAlsoPrepositions: null,
  relativeDays: [
    [/^the day before yesterday\b/i, -2],
    [/^the day after tomorrow\b/i, 2],
    [/^yesterday\b/i, -1],
    [/^last night\b/i, -1],
    [/^today\b/i, 0],
    [/^tonight\b/i, 0],
    [/^this (?:morning|afternoon|evening)\b/i, 0],
    [/^tomorrow\b/i, 1],
  ],
  relativeMonths: [
    [/^(?:(?:earlier|later) )?this month\b/i, 0],
    [/^next month\b/i, 1],
    [/^last month\b/i, -1],
    // A part of the month ("at the end of the month", "later in the month"); "by the end of" is a deadline.
    [/^(?:at the (?:end|beginning|start|middle) of|(?:earlier|later) in) the month\b/i, 0],
  ],
  lastModifier: /^(?:last|past)$/,
  nextModifier: /^next$/,
  thisModifier: /^(?:this|coming)$/,
  slashMonthFirst: true,
  spanOpen: /^(?:from|between)$/,
  spanJoin: /^(?:to|through|thru|till|until|and|or)$/,
  yearWord: /^year$/,
  yearModifiers: [
    [/^(?:last|past)$/, -1],
    [/^this$/, 0],
    [/^next$/, 1],
  ],
  periodPreposition: /^(?:in|during|throughout|early|late|mid)$/,
  periodOf: /^(?:end|beginning|start|middle|half|week|part)$/,
  boundBefore: /(?:^|[^\p{L}])(?:since|until|till|through|thru|by|before|after|from|dated|as of|ahead of|prior to|up to|(?:no|not) later than|starting|beginning|since (?:the |their |its |his |her )?[\w-]+ (?:in|on))\s*$/iu,
  otherEventBefore: /(?:^|[^\p{L}])(?:born|birth|died|death|killed|signed|adopted|elected|appointed|founded|established|passed|approved|ratified|announced|unveiled|inaugurated|sworn in)(?:\s+[^\s]+){0,3}\s*$|\b(?:discuss|review)\w*\b[^.;!?]{0,50}\b(?:scheduled|set|slated|due) (?:for|on)\s*$/iu,
  subordinators: /^(?:following|after|before|since|because|that|which|who|whom|whose|when|while|amid|where|until|once)$/,
  published: /^\s*(?:first\s+)?(?:published|posted)\b/i,
  headerWords: /^(?:published|posted|first|on|at|by|am|pm|a\.m|p\.m|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|msk|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|date)$/,
  weekOf: /\bweek (?:of|beginning|commencing|starting)\s*$/i,
  multiDay: /\b(\d|two|three|four|five|six|seven)[- ]day (?:[a-z-]+ ){0,2}?(visit|summit|talks|meeting|session|conference|forum|negotiations|consultations|trip|tour)\b|\b(\d|two|three|four|five|six|seven) days of (talks|negotiations|meetings|consultations)\b/,
  dayCounts: ['two', 'three', 'four', 'five', 'six', 'seven'].map((w) => new RegExp(`^${w}$`)),
  multiDayOther: /\b(?:ahead of|before|after|following|since|until|next|upcoming|another|previous|last)\s+(?:[\w'-]+\s+){0,2}$/,
  firstDayVerb: /\b(?:opened|opens|began|begins|started|starts|kicked off|kicks off|arrived|arrives|launched)\b/,
  lastDayVerb: /\b(?:wrapped up|wraps up|ended|ends|concluded|concludes|closed|closes|wound up|winds up|finished|finishes|left|departed)\b/,
  stayBefore: /\b(?:visit|trip|tour|stay)\b[^.;!?]{0,40}$/,
  lastsUntil: /\b(?:(?:runs?|running|lasts?|lasting|continues?|continuing|will (?:run|last|continue))\s+(?:until|till|through|to)|(?:visit|trip|tour|summit|session|talks)[^.;!?]{0,20}\b(?:ends?|ending|will end|concludes?|will conclude)(?:\s+on)?)\s*$/,
  referenceEvent: /\b(?:ahead of|in the run-up to|on the eve of|in preparation for|(?:\w+|a|an) (?:days?|weeks?|months?|years?) (?:after|before|since))\s+(?:[\w'’.-]+\s+){0,3}$/,
  earlierMeeting: /\b(?:(?:last|previously|first|had(?: previously| already| also)?) (?:met|held talks|spoke)|(?:their|the|his|her|its) (?:last|previous|prior|earlier) (?:meeting|talks|summit|visit|call|session))$/,
  nextMeeting: /\b(?:next|following|upcoming)\s+(?:round of\s+)?(?:[\w-]+\s+)?(?:meeting|talks|consultations|session|summit|visit)$/,
};
