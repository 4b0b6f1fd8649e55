// English lexicon: every word list and cue pattern the English rules read, as data. Our own linguistic
// knowledge; none is taken from an evaluation corpus. Lower case unless a list says otherwise.

import { set } from './set.ts';
import { DATES_EN } from './en-dates.ts';
import type { Lexicon } from './types.ts';

/** Words that start a title in English and are not part of the person's name. */
export const TITLES_EN = set(`
  mr mrs ms miss dr sir lord lady dame prof president minister prime chancellor secretary senator governor
  mayor king queen prince princess sheikh general gen colonel col captain chief chairman chairwoman director
  ambassador foreign home deputy vice pope judge justice speaker leader premier mp sen rep representative
  commissioner envoy boss executive officer ceo spokesman spokeswoman
`);

/** Last words that make a capitalised English phrase an organisation. */
export const ORG_HEADS_EN = set(`
  bank exchange organisation organization motors group party council commission union association committee
  ministry department agency airlines airways corporation corp inc ltd plc co company fund forum office court
  parliament assembly institute university college times post news express journal telegraph guardian
  herald tribune press network bureau federation league club foundation trust authority board service
  services holdings industries systems technologies partners capital securities insurance telecom reuters
  congress senate cabinet government police army navy centre center reserve library museum hospital school
  academy gallery
`);

/** Compass words that start the name of a region ("West Africa", "Central Asia"), never a person's. */
export const COMPASS_WORDS_EN = set(`north south east west central northern southern eastern western`);

/** Nouns before "of" that make the name after them a place ("the city of El Alamein"). */
export const PLACE_NOUNS_EN = set(`city town village capital port province region island resort district county state`);

/** Function words allowed inside an English organisation name ("Bank of East Asia"). */
export const ORG_CONNECTORS_EN = set(`of and for the & de du la`);

/** Acronyms that are not organisations (time zones, common nouns). */
export const NOT_ORG_ACRONYMS_EN = new Set(['GMT', 'UTC', 'BST', 'EST', 'IT', 'PR', 'CEO', 'TV', 'OK', 'SMS', 'AM', 'PM', 'AI', 'LNG', 'GDP', 'VAT', 'COVID', 'HIV', 'AIDS', 'DNA', 'CO2', 'ID', 'UAV',
  // A word in capitals at a sentence's start ("THE Summit ...") and a position's abbreviation ("Kazakh FM").
  'THE', 'AND', 'FOR', 'FM']);

/** Position words an apposition can follow ("the mayor of London, X", "Acme's chief executive, X"). */
export const APPOSITION_ROLE_WORDS_EN = new Set([
  'mayor', 'president', 'minister', 'secretary', 'chancellor', 'executive', 'chairman', 'chairwoman', 'chair', 'chief',
  'head', 'leader', 'ambassador', 'envoy', 'counterpart', 'director', 'governor', 'spokesman', 'spokeswoman', 'boss',
  'founder', 'commissioner', 'premier', 'king', 'queen', 'prince', 'general', 'deputy', 'negotiator', 'adviser', 'advisor',
  'ceo', 'chairperson', 'senator', 'general', 'manager', 'owner', 'officer', 'representative', 'mp', 'mep', 'speaker',
]);
/** Titles right before a name, for people the capitalised-sequence rules miss ("Secretary John Reid", "Chancellor Olaf Berg"). */
export const TITLES_BEFORE_NAME_EN = new Set([
  'secretary', 'minister', 'president', 'chancellor', 'mayor', 'governor', 'senator', 'ambassador', 'commissioner', 'premier',
  'king', 'queen', 'prince', 'princess', 'general', 'chairman', 'chairwoman', 'envoy', 'director', 'sheikh', 'judge',
  'representative', 'counterpart', 'adviser', 'advisor', 'aide', 'leader', 'executive', 'boss', 'negotiator', 'spokesman', 'spokeswoman',
]);
/** Plural position words before a list of names. */
export const GROUP_WORDS_EN = /\b(leaders|ministers|presidents|heads|chiefs|executives|officials|premiers|representatives|envoys|negotiators|mayors|governors)\b/i;
export const NAME_FUNCTION_WORDS_EN = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'mr', 'mrs', 'ms', 'dr']);
export const WEEKDAYS_MONTHS_EN = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;



/** Words after a cue that start its subject matter or a clause: an organisation after them does not take part. */
export const TOPIC_STOP_EN = new Set([
  'to', 'that', 'which', 'who', 'because', 'after', 'before', 'while', 'as', 'but', 'said', 'says', 'about', 'amid', 'over',
  'focused', 'focusing', 'centred', 'centered', 'concerned', 'covered', 'aimed', 'regarding', 'concerning', 'into',
]);

/** Last words of a position ("Defence Secretary"): a position, not a body. */
export const ROLE_LAST_EN = /^(secretary|minister|president|chancellor|mayor|governor|senator|ambassador|commissioner|premier|spokesman|spokeswoman|chairman|chairwoman|envoy|boss)$/i;

/** English nouns that introduce a company's name ("US bank Wells Fargo", "rival group X"). */
export const COMPANY_DESCRIPTORS_EN = new Set([
  'bank', 'group', 'firm', 'company', 'carmaker', 'rival', 'giant', 'insurer', 'retailer', 'airline', 'operator', 'lender',
  'broker', 'conglomerate', 'maker', 'chain', 'supermarket', 'brewer', 'exchange', 'telecoms', 'partner', 'utility',
]);

/** Nouns of an announced event. */
export const EVENT_NOUNS_EN = /\b(conference|summit|forum|assembly|congress|symposium)\b/i;

/** Past-tense words of a held meeting. */
export const HELD_EN = /\b(?:met|held|hosted|welcomed|received|greeted|discussed|visited|arrived|landed|talked|agreed|said after|has been|have been|were|was|began|opened)\b/i;

/** Common function words: language detection counts them. */
export const FUNCTION_WORDS_EN = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'by', 'as', 'at', 'he', 'it']);

/** Demonyms whose stem is not the country name's (british -> GB). */
export const DEMONYMS_IRREGULAR_EN: Readonly<Record<string, string>> = {
  british: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB', french: 'FR', spanish: 'ES', dutch: 'NL', american: 'US',
  swiss: 'CH', greek: 'GR', turkish: 'TR', danish: 'DK', swedish: 'SE', polish: 'PL', finnish: 'FI', irish: 'IE',
  palestinian: 'PS', thai: 'TH', filipino: 'PH', portuguese: 'PT', indian: 'IN', kazakh: 'KZ', kyrgyz: 'KG', czech: 'CZ',
  uzbek: 'UZ', tajik: 'TJ', turkmen: 'TM', afghan: 'AF', iraqi: 'IQ', israeli: 'IL', saudi: 'SA', emirati: 'AE', qatari: 'QA',
  slovak: 'SK', serbian: 'RS', croatian: 'HR', lao: 'LA', laotian: 'LA', syrian: 'SY', moldovan: 'MD', burmese: 'MM',
  icelandic: 'IS', cypriot: 'CY', argentine: 'AR', philippine: 'PH', monegasque: 'MC', luxembourgish: 'LU', flemish: 'BE',
  bahraini: 'BH', omani: 'OM', yemeni: 'YE', nepalese: 'NP',
  // Stems the rule reads as another country (Austr- Australia, Niger- Niger) or does not reach.
  austrian: 'AT', nigerian: 'NG', nigerien: 'NE', norwegian: 'NO', cuban: 'CU', macedonian: 'MK', montenegrin: 'ME',
};

// -- Title phrases and the names after them (mentions/en/titles.ts). A title is modifiers + a head, with an
// optional "of/for" complement: "US Assistant Secretary of State for South and Central Asian Affairs",
// "Minister for Foreign Affairs of Latvia", "European Commission President", "First Lady".

/** Head words of a title: the position itself. */
export const TITLE_HEADS_EN = set(`
  president minister secretary chancellor premier advisor adviser representative director envoy commissioner
  ambassador chairman chairwoman chairperson chair governor mayor senator king queen prince princess emir amir sultan
  sheikh shaikh lady spokesperson spokesman spokeswoman general leader founder speaker monarch pope judge justice
  congressman congresswoman commander attorney councillor councilor administrator coordinator counsellor counselor
  rapporteur chief officer ceo mp mep negotiator emperor empress duke duchess archbishop patriarch boss
  captain colonel admiral marshal brigadier lieutenant sergeant gen col capt adm lt sgt sen rep gov
`);

/** Heads of an envoy's title: a "to" complement names where the envoy is sent ("Ambassador of Japan to Kazakhstan"). */
export const ENVOY_HEADS_EN = set(`ambassador envoy representative consul commissioner`);

/** Royal and religious titles: one name after them is a person ("Queen Camilla", "Pope Leo"). */
export const ROYAL_TITLES_EN = set(`king queen prince princess emir amir sultan sheikh shaikh pope emperor empress duke duchess lady`);

/** Words that qualify a title head or name its field ("Deputy", "National Security", "Foreign Affairs",
 *  "Public Works"); inside an of/for complement they name the field, never the person. */
export const TITLE_WORDS_EN = set(`
  deputy vice under assistant acting senior chief first second principal special national security foreign external
  affairs home interior internal finance financial trade defence defense state prime grand high permanent executive
  general crown press economic economy public works justice health labour labor energy environment education culture
  transport transportation agriculture tourism industry commerce treasury development cooperation policy housing
  water resources science technology research sport sports youth women family welfare social relations planning
  budget investment infrastructure communications information digital climate fisheries mining oil gas petroleum
  defense intelligence territorial regional local rural urban land lands natural heritage arts veterans immigration
  border homeland emergency emergencies disaster humanitarian human rights legal parliamentary cabinet
  south north east west southern northern eastern western central middle asian african arab european pacific atlantic
  majority minority ranking managing associate joint co executive operating board staff
  army air navy naval military armed forces police arms control nonproliferation
`);

/** Field words that are adjectives: a title complement does not end in one ("of the European ..."). */
export const ADJECTIVES_EN = set(`
  national foreign external internal federal international high joint public economic financial regional local
  south north east west southern northern eastern western central middle asian african arab european pacific atlantic
  social natural human digital military naval armed emergency humanitarian legal parliamentary territorial rural urban
`);

/** Organisation heads that take a "for" complement ("European Bank for Reconstruction and Development"). */
export const ORG_HEADS_FOR_EN = set(`bank fund agency organisation organization institute centre center foundation programme program`);

/** Field words by their ending ("Reconstruction", "Antiquities", "Agriculture"): inside a title complement only. */
export const TITLE_WORD_ENDINGS_EN = /(?:tion|sion|ment|ism|ities|ies|ure|ance|ence|ship|ness|ogy|ics)$/i;

/** Forms of address between a title and a name ("H.E. Mr.", "Dr", "Shaikh"); not part of the name. */
export const HONORIFICS_EN = set(`mr mrs ms miss mx dr prof sir dame lord madam mme messrs sayyid shaikh sheikh his her excellency majesty highness honourable honorable rev reverend`);

/** Lower-case particles inside a name ("bin", "al", "von der", "de"). */
export const NAME_PARTICLES_EN = set(`bin bint ibn binti al el ad ash as ul ud de da di del della dos das do van von der den ter ten le la du y zu`);

/** A state body in a role stands for its country ("President of the Senate of the Czech Republic" -> Czech Republic). */
export const STATE_BODY_HEADS_EN = /\b(senate|parliament|ministry|government|cabinet|assembly|congress|department|council|presidency|office|administration)\b/i;

/** Last words of a named building or square ("Elysee Palace", "Red Square"): a place, never a person. */
export const LANDMARK_HEADS_EN = set(`palace castle square street avenue park airport stadium bridge cathedral hall tower`);

/** Words of a state's formal name before "of" ("Republic of Uzbekistan", "Sultanate of Oman"). */
export const STATE_FORMS_EN = set(`republic kingdom sultanate emirate principality federation commonwealth state grand duchy`);

/** Plural position words before a list of names, with their singular ("State Council members X, Y and Z"). */
export const PLURAL_TITLES_EN: Readonly<Record<string, string>> = {
  members: 'member', leaders: 'leader', ministers: 'Minister', presidents: 'President', premiers: 'Premier', senators: 'Senator',
  ambassadors: 'Ambassador', governors: 'Governor', mayors: 'Mayor', representatives: 'Representative', envoys: 'Envoy',
  chairmen: 'Chairman', secretaries: 'Secretary', meps: 'MEP', lawmakers: 'lawmaker', commissioners: 'Commissioner',
};

/** Words of tenure between an owner and a title ("Thailand's acting Prime Minister"). */
export const TENURE_WORDS_EN = set(`acting interim outgoing caretaker incoming former`);

/** Capitalised words before a title that own no position: time, discourse, function words ("Today President X"). */
export const NOT_TITLE_OWNERS_EN = set(`
  the a an and but or so then also now today yesterday tomorrow tonight meanwhile earlier later however when while
  after before as at in on of for with by from to since during under new former outgoing acting his her their its our
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`);

/** Verbs of a headline in capitals after a name (besides the meeting cue words). */
export const HEADLINE_VERBS_EN = set(`holds held receives received says said calls called signs signed discusses discussed urges welcomes`);


export const EN: Lexicon = {
  // Also the phone after the partner ("spoke with X by phone", not an interview "spoke with reporters by phone"), and
  // a readout's "spoke to President X" with no place ("spoke to X in Paris" is in person).
  callKind: /\b((?:phone|telephone|video|virtual) (?:call|conversation|conference|meeting|summit)|calls? with|(?:spoke|talked) to (?:the )?(?:(?!(?:of|by|from|for|to|with|on)\b)[a-z'’-]+ ){0,2}(?:minister|president|ambassador|envoy|secretary|chancellor|premier|governor|mayor|king|queen|prince|senator|prime minister)(?![^.;]*\b(?:in|at|during|on the (?:sidelines|margins))\b)|(?:spoke|talked|conferred) with (?!(?:reporters|journalists|the (?:media|press))\b)[^.;,]{0,80}? (?:by|over the|on the) (?:tele)?phone|(?:met|meets|will meet|spoke|talked) virtually|virtually (?:met|meets|spoke)|spoke (?:by|over the|on the) (?:phone|telephone)|videoconference|video-?link|by video)\b/i,
  visitKind: /\b(visit|visits|visited|visiting|trip to|tour of|arrived in|arrives in|will arrive in|travell?ed to|travels to|will travel to|delegation from)\b/i,
  // Also the ministers or leaders of many countries ("foreign ministers of the eight Arctic nations") or of a bloc
  // ("NATO defence ministers"), a body of many members that meets ("the cabinet met"; not "met with" someone),
  // and a meeting someone chairs ("chaired the meeting of the task force").
  multilateralKind: /\b(summit|session|(?:cabinet|council|parliament|senate|assembly|committee|commission|board|presidium)(?: of [\w' -]{1,40}?)? (?:met|meets|will meet|convened|convenes|will convene|gathered)(?! with\b)|(?:eu|nato|asean|g7|g20|brics|sco|cis|osce|opec|apec|gcc|african union|arab league) (?:[\w-]+ ){0,2}(?:ministers|leaders|heads of (?:state|government))|chair(?:s|ed|ing)? (?:the |a |an |its |this )?(?:[\w-]+ ){0,3}(?:meeting|sitting)|(?:meeting|sitting|council|committee|commission|cabinet|board),? (?:(?:was|is|will be) )?chaired by|plenary|forum|conference|council meeting|ministerial|trilateral|multilateral|assembly|congress|G7|G20|(?:ministers|leaders|heads of (?:state|government)|presidents|premiers|representatives) of (?:the )?(?:[\w-]+ ){0,3}(?:nations|countries|states)|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{2}) (?:nations|countries|states))\b/i,
  sidelines: /\b(on the (?:sidelines|margins)|in the margins|on the fringes)\b/i,
  summitSetting: /\b(?:met|meets|will meet|held talks|holds talks|will hold talks)(?: with)? [^;]{0,120}?\b(?:(?:at|ahead of|before|after|following|during|on the eve of) (?:the |a )?[^;]{0,60}?|, where [^;]{0,60}?)\b(?:summit|ministerial|conference|forum|session|assembly)\b/i,
  // Not "Earlier it was reported that ...": that reports this meeting.
  backgroundStart: /^(?:earlier|previously|the day before|a day earlier|on the eve|last year|last month|last week|the last time|in (?:19|20)\d\d)(?:[^\p{L}]|$)(?![^\p{L}]*(?:it was (?:reported|announced)|reported|announced))/iu,
  abbreviations: set(`mr mrs ms dr st vs jr sr gen col lt sgt gov sen rep prof inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec`),
  dates: DATES_EN,
  // Not an interview ("spoke with reporters"). A working lunch or dinner, "a bilateral" and "the ministerial" as
  // nouns are meetings; addressing a summit or assembly is taking part in it; hosting a named position ("will host
  // the visiting president") is a reception.
  meetingCue: /\b((?:phone|telephone|video|virtual|conference) calls?|calls? with|phone conversation|telephone conversation|spoke (?:by|over the|on the) (?:phone|telephone)|videoconference|video conference|video-?link|(?:spoke|speaks) with(?! (?:reporters|journalists|the (?:media|press))\b)|met|meets|meet|meeting|meetings|talks|summit|visit|visited|visiting|visits|hosted|hosts|session|negotiations|(?:political|bilateral|inter-?ministerial|diplomatic|foreign ministry|foreign office) consultations|consultations between|(?:held|hold|holds|will hold) (?!public\b)(?:[\w()-]+ ){0,6}?consultations|courtesy call|paid a call on|negotiating|held discussions|(?:sat|sit|sits|sitting) down with|(?:working|official|state) (?:lunch|luncheon|dinner|breakfast)|(?:held|hold|holds|will hold|had) a bilateral(?= (?:with|on|in|at)\b|[.,;]|$)|(?:took part|takes part|participated|participates|attended|attends) in (?:the |a |an )?(?:[\w'-]+ ){0,4}(?:forum|conference|congress|assembly)|ministerial (?=(?:in|at|on|ended|opened|closed|began|concluded|was held|will be held|took place)\b)|(?:address|addressed|addresses|addressing) (?:the |a |an )?(?:[\w'-]+ ){0,4}(?<!press |news )(?:summit|forum|conference|congress|assembly|session)|(?<!press |news )(?:forum|conference|congress) (?:was|were|is being) held|(?:spoke|speaks|talked) to (?:the )?(?:(?!(?:of|by|from|for|to|with|on|reporters|journalists)\b)[a-z'’-]+ ){0,2}(?:minister|president|ambassador|envoy|secretary|chancellor|premier|governor|mayor|king|queen|prince|senator|prime minister)|(?:received|welcomed|welcomes|greeted|host|hosting) (?:the |a |an )?(?:visiting )?(?:(?!(?:of|by|from|for|to|with|on)\b)[a-z'’-]+ ){0,2}(?:minister|president|ambassador|delegation|envoy|secretary|chancellor|premier|governor|mayor|king|queen|prince|senator|prime minister))\b/i,
  strongCue: /\b((?:phone|telephone|video|virtual|conference) calls?|calls? with|phone conversation|telephone conversation|spoke (?:by|over the|on the) (?:phone|telephone)|videoconference|video conference|video-?link|talks|summit|meeting|met|visit|visited|negotiations|(?:political|bilateral|inter-?ministerial|diplomatic|foreign ministry|foreign office) consultations|consultations between|(?:held|hold|holds|will hold) (?!public\b)(?:[\w()-]+ ){0,6}?consultations|courtesy call|paid a call on)\b/i,
  // Meeting a target, not a person: "met the demands", "met analysts' estimates", "beat Wall Street forecasts";
  // a court's sitting is a hearing, not a meeting ("the court session was adjourned").
  notMeeting: /\b(?:met|meet|meets|meeting) (?:the |its |their |his |her |all |these |those |analysts['’]? |wall street(?:['’]s)? |market |consensus )?(?:[\w-]+ )?(?:demands?|targets?|criteria|requirements|costs?|deadlines?|expectations|estimates?|forecasts?|goals?|standards?|needs|obligations|quotas?)\b|\b(?:court|trial|tribunal|appeals?) (?:session|sitting|hearing)s?\b|\b(?:session|sitting|hearing)s? of the (?:[\w-]+ ){0,2}(?:court|tribunal)\b/i,
  sessionOfBody: /\b(?:(?:session|sitting|plenary) of (?:the )?[A-Z]|(?:[Pp]arliament(?:ary)?|[Cc]ouncil|[Cc]abinet|[Ss]enate|[Aa]ssembly|[Cc]ongress|[Cc]ommittee|[Bb]oard) (?:session|sitting|meeting)|[A-Z]\w+ (?:held|opened|began|holds|will hold) (?:a|an|its) (?:\w+ )?(?:session|sitting))/,
  habitual: null,
  // Athletics too: a track "meeting" is a race day ("set a meeting record in the 5,000 metres").
  sportStrong: /\b(match|matches|goals?|goalless|leagues?|stadium|striker|goalkeeper|midfielder|penalty|tournaments?|championships?|football|soccer|rugby|cricket|hockey|basketball|kick-off|half-time|play-offs?|draw|derby|fixtures?|athletics|(?<!arms |election |presidential |leadership |space )races?|hurdles|sprint(?:er|ers|s)?|marathon|relay|metres|meters)\b/i,
  sportWeak: /\b(team|teams|club|clubs|game|coach|manager|fans|season|cup|squad|scored|defeat|victory|win)\b/i,
  gameCue: /\b(meet|meets|met|meeting|meetings|face|faces|play|plays|host|hosts|hosted|hosting)\b/i,
  denial: /\b(denied|denies|deny|denial of|dismissed reports|no (?:such )?meeting (?:took place|had taken place|was held)|never met|(?:have|has|had) not (?:yet )?met|haven['’]t met|hasn['’]t met|did not meet|didn['’]t meet|no such (?:meeting|visit|talks|summit|trip|call) (?:is|was|has been|had been|will be)|(?:has|have|had) not confirmed|did not confirm|declined to confirm)\b/i,
  notPlanned: /\b(not an option|not (?:\w+ )?(?:in|on) the (?:plans|agenda|cards)|no (?:\w+ )?plans? (?:for|to (?:hold|meet|host|organi[sz]e|arrange))|no preparations|not being (?:planned|prepared|arranged)|(?:is|are|was|were) not (?:planned|scheduled)|ruled? out (?:any |a |the )?(?:talks|meeting|summit|negotiations|visit)|rules out (?:any |a |the )?(?:talks|meeting|summit|negotiations|visit)|fake|doctored|fabricated|photoshopped|digitally altered|(?:altered|manipulated|edited) (?:image|photo|photograph|picture|video)s?)\b/i,
  hope: /\b(hope|hopes|hoped|hopeful|hoping)\b/i,
  stalled: /\b(standstill|stalled|stalemate|deadlock(?:ed)?|impasse|slow pace|lack of progress|collapsed?|broke down|breakdown|falter(?:ed|ing))\b/i,
  market: /\b(?:shares|stocks|equities|bonds|yields|futures|index|indices|markets?|prices?|currenc(?:y|ies)|dollar|euro|yen|oil|brent)\b[^.;]{0,60}\b(?:rose|rise|rises|rising|fell|fall|falls|falling|gained|gains|climbed|slipped|dropped|jumped|surged|slumped|tumbled|rallied|edged)\b/i,
  eventVerb: /\b(met|meets|will meet|(?:is|are|was|were) (?:scheduled|due|set) to (?:meet|hold|visit|take place)|scheduled for|held|holds|will hold|hosted|hosts|will host|visited|visits|will visit|arrived|arrives|will arrive|spoke (?:with|to|by)|talked|sat down|received|welcomed|took place|will take place|convened|gathered|began|opened|discussed|will discuss|agreed|signed)\b/i,
  anniversary: /\b(anniversary|anniversaries|centenary|centennial|jubilee)\b/i,
  yearsAgo: /\b(?:(?:five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|[5-9]|\d\d) years|(?:a|two|three|several) decades|a decade|decades) ago\b/i,
  relativeClause: /,\s*(?:who|whom|whose|which)\s[^,;]*/gi,
  nowWords: /\b(today|yesterday|tomorrow|tonight|this week|(?:on|last|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
  opinion: /\b(analysts?|experts?|observers?|commentators?|speculat\w*|predicts?|predicted|believes?|in (?:his|her|their) view|according to analysts)\b/i,
  possible: /\b(could|might|may|would|possibly|perhaps|likely|unlikely|chance|expects?|expected)\b/i,
  background: /\b(last year|years? ago|months ago|in the past|had met|had held|had visited|previously met|last met|once met|earlier this year|back in (?:19|20)\d\d)\b/i,
  cancelled: /\b(cancell?ed|called off|scrapped|abandoned|will not take place|won't take place|did not take place|postponed indefinitely|shelved)\b/i,
  newDate: /\b(rescheduled|postponed (?:until|till|to) (?!further)|moved to|will now (?:take place|be held)|(?<!no )new date (?:is|was|of|for|has been set))\b/i,
  participation: /\b(accompanied|accompanying|attended|attend|attending|took part|take part|taking part|joined|represent|represents|represented|representing|delegation|led by|arrived|will be joined)\b/i,
  represent: /\b(will represent|represent(?:s|ed)? the|is being represented by|will be represented by|represented by|(?:will lead|led|leads|headed|heads|will head) (?:the|a|his|her|their) (?:[\w-]+ ){0,2}delegation|(?:delegation|side) (?:was |is |will be )?(?:led|headed) by|will attend|are due to attend|is due to attend|(?:promised|pledged) to attend)\b/i,
  anchorCue: /\b((?:phone|telephone|video|virtual|conference) calls?|calls? with|phone conversation|telephone conversation|spoke (?:by|over the|on the) (?:phone|telephone)|videoconference|video conference|video-?link|talks|summit|meeting|met|visit|visited|negotiations|(?:political|bilateral|inter-?ministerial|diplomatic|foreign ministry|foreign office) consultations|consultations between|(?:held|hold|holds|will hold) (?!public\b)(?:[\w()-]+ ){0,6}?consultations|courtesy call|paid a call on)\b/i,
  refusal: /\b(barred from|banned from|excluded from|shut out of|kept out of|was not invited|were not invited|not allowed to attend|denied entry|turned away from|pulled out of|will not attend|won't attend|declined to attend|refused to attend|will skip|cancelled (?:his|her) (?:visit|trip))\b/i,
  joinSubject: /\b(briefed|attended|took part|takes part|will take part|will attend|(?:is|are) expected to (?:attend|take part)|sat in on|addressed the (?:meeting|talks|summit|session|gathering)|(?:is|are) expected to join|will join|joined the (?:talks|meeting|summit|session|negotiations)|joined (?:the|his|her|their) (?:counterparts|colleagues|leaders|ministers)|joined them|was present|were present)\b/i,
  meetingNoun: /\b(talks|meeting|summit|session|plenary|forum|(?<!press |news )conference|gathering|negotiations|discussions|colleagues|counterparts|delegation)\b/i,
  // "joined in an expanded session by X", "the talks will be hosted by X", "chaired by X": X takes part.
  joinObject: /\b(joined (?:(?:in|at|for) [^,.;]{1,40} )?by|accompanied by|along with|hosted by|(?:co-)?chaired by|moderated by|mediated by)\b/i,
  speechBefore: /\b(?:said|says|told|added|noted|stated|announced|reported|reports|wrote|writes|according to|statement (?:from|by))\b/i,
  spokesperson: /\b(?:spokes(?:man|woman|person|people)|press secretary|press officer|press office)\b/i,
  // "and possibly President X": not yet said to take part.
  notPresent: /\b(?:possibly|perhaps|maybe|(?:greetings|wishes|regards|message|letter)(?: from| of)?|on behalf of|polic(?:y|ies) of|legacy of|(?:ordered|decided|imposed|authored|drafted) by|(?:death|funeral|memory|killing|assassination) of|the late)\b/i,
  attendedClause: /^,? (?:who|which) (?:also )?(?:attended|took part in|joined|sat in on|was present at|were present at|accompanied)\b/i,
  continuation: /\b(?:with the participation of|(?:present|attending) (?:at the (?:meeting|talks|session|summit) )?(?:were|was)|participants (?:in|at|of) the (?:call|meeting|talks|summit|session|conference|visit) (?:included|were|are)|(?:call|meeting|talks|summit|session) (?:was|were) (?:also )?attended by|joining (?:the talks|the call|the meeting|him|her|them) (?:were|was|are|is|will be)|also (?:has|had|held|holds|will hold) (?:meetings?|talks) (?:scheduled )?with|(?:will|would) also (?:meet|hold talks)(?: with)?|also met(?: with)?|(?:is|are) also (?:due|scheduled|set|expected) to meet(?: with)?|during (?:his|her|their|the) (?:visit|trip|stay)[^.]{0,60}?\b(?:meet|met|hold talks|held talks)(?: with)?|delegations? (?:also )?(?:includes|included|comprises|comprised|consists of)(?: [\w -]{0,30}members)?|members of the delegation (?:are|were|include|included)|(?:was|were) discussed with|at (?:the|his|her|their) meeting (?:of [^,;]{0,40} )?with|(?:meetings|talks) (?:were|was) (?:also )?held with|accompanied by)\b/i,
  meetWith: /\b(?:met|meets|will meet|held talks|holds talks|will hold talks|(?:is|are) (?:scheduled|due|set|expected) to (?:meet|hold talks)|called on|calls on|paid a (?:courtesy )?call on)(?: with)?\b/i,
  sessionAct: /\b(?:proposed|presented|(?:opened|opening) the (?:debate|session|sitting|summit|meeting)|chaired|addressed|asked|urged|assured|moved|tabled|reported|told the (?:plenary|summit|session|assembly|meeting|conference|gathering|assembled)|took over (?:the )?(?:[\w'’-]+ ){0,3}chair(?:manship)?)\b/i,
  receiveVerb: /^(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts|greeted)$/,
  cueWord: /^(call|calls|conversation|videoconference|met|meet|meets|meeting|meetings|talks|summit|visit|visited|visiting|hosted|hosts|session|negotiations|negotiating|participates|participated|attends|attended)$/i,
  topicNoun: /^(future|reform|reforms|enlargement|expansion|entering|joining|entry|role|relations|funding|fate|collapse|policy|cooperation|co-operation|partnership|ties)$/i,
  genericOrganizations: new Set([
  'bank', 'company', 'group', 'firm', 'ministry', 'government', 'parliament', 'council', 'committee', 'department', 'agency',
  'office', 'opposition', 'defence', 'defense', 'economy', 'foreign', 'home', 'health', 'finance', 'trade', 'energy',
  'environment', 'education', 'culture', 'interior', 'justice', 'labour', 'labor', 'transport', 'agriculture', 'industry',
  'business', 'treasury', 'state', 'cabinet', 'security', 'board', 'union', 'exchange', 'commission', 'administration', 'mfa',
]),
  notOrganization: /^(?:telegram|youtube) channel|\b(?:region|province|oblast|county|krai)$/i,
  stateBody: /^(?:(?:the )?(?:\p{L}+ )?(?:ministry|mfa|foreign office|home office|state department|department of|pentagon|national security council|police|cabinet office|interior ministry|defen[cs]e ministry|foreign ministry))\b/iu,
  speechVerb: /^(?:said|says|say|told|tells|announced|announces|stated|added|noted|reported|reports|confirmed|denied|insisted|explained)$/,
  postedTo: /^(?:to|at)$/,
  notSubjectAfter: /^(?:with|amid|after|before|following|despite|by|from|for|in|at|on|to|against|over|under|without|since|during|about|among|via|through|as|while|because|if|although|though|whereas|like|unlike|including|within|ahead|beyond|across|towards?|regarding|concerning|around|upon|into|onto|near)$/,
  partyPreposition: /^(?:with|between)$/,
  takePart: /^(?:participat\w*|part|attend\w*|joined)$/,
  gatheringBefore: /\b(?:at|during)\s+(?:the\s+|this\s+year's\s+)?(?:\p{L}+\s+)?$/iu,
  gatheringAfter: /^\s*(?:summit|forum|conference|ministerial|assembly|congress|convention)s?\b/i,
  selfReport: /^(?:that|it|its|they|we|had|has|have|was|were|would|will|is|are|already|also|recently|been|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,)$/,
  travelTo: /^(?:travel|travels|travelled|traveled|travelling|traveling|trip|visit|visits|journey|welcome|welcomes|welcomed|welcoming|fly|flies|flew|head|heads|headed|heading|arrive|arrives|arrived|return|returns|returned|come|comes|came|go|goes|went|invite|invites|invited|invitation)$/,
  topicBefore: /\b(?:discuss(?:ed|es|ing)?|talked about|spoke about|touched on)\s[^.;:]{3,}$/i,
  contrast: /\b(?:rather than|instead of|not)(?: in| at)\s[^,;:.]*$|\b(?:rather than|instead of)\s\S+\s?$/i,
  notOutlet: /^(?:(?:He|She|They|It|The|A|An|This|That|Mr|Mrs|Ms|Dr|Sir|Lord|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Press|Media|Officials?)(?![\p{L}\p{N}.-])|Telegram|Kremlin|White House|Pentagon|State Department|Foreign Office|Home Office|Government|Police|[\p{L}'’]+(?: [\p{L}'’]+)? (?:Ministry|Department|Office|Embassy|Government|Police|MFA)(?![\p{L}])|Ministry|Department|Embassy|MFA)/u,
  landmarks: {
    'downing street': 'London', 'number 10': 'London', 'white house': 'Washington', 'oval office': 'Washington', kremlin: 'Moscow',
    'elysee palace': 'Paris', 'élysée palace': 'Paris', akorda: 'Astana', 'ak orda': 'Astana', zhongnanhai: 'Beijing',
  },
  topicPlace: /\b(?:situation|situations|crisis|crises|war|wars|conflict|conflicts|fighting|clashes|violence|unrest|tensions?|elections?|events|developments|protests|attacks?|earthquake|floods?|hostilities|ceasefire|humanitarian (?:situation|crisis))\s+in\s+(?:the\s+)?$/i,
  partyPlace: /\b(?:based|headquartered|born|raised|lives|living|resides|residing|resident)\s+in\s+(?:the\s+)?$/i,
  settlementNoun: /^(?:city|town|capital|village|resort|port|suburb|enclave|municipality|township)$/,
  capitalNoun: /^capital$/,
  otherTimeAfter: /^\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|(?:last|next)\s+(?:year|month|week)\b)/,
  planned: /\b(?:preparations? for|(?:working|work) (?:to arrange|on arranging|to organi[sz]e)|will|shall|to be held|is to|are to|due to|(?<!\b(?:a|an|the|its|their) )plans? to|(?<!\b(?:a|an|the|its|their) )planned|(?:a|an|the|its|their) planned (?=(?:[\w-]+ )?(?:meeting|talks|visit|summit|trip|call|session|negotiations|consultations))|expected to|set to|slated to|scheduled|upcoming|next week|next month|later (?:on|today|this)|tomorrow)\b/i,
  ongoing: /\b(under ?way|continu(?:e|es|ed|ing) (?:for|into|on|today|in)|are continuing|is continuing|ongoing|resumed|entered (?:a|its|their) (?:second|third|fourth|final) day|in (?:a|its|their) (?:second|third|fourth) day)\b/i,
  visitUnderway: /\b(?:is|are) (?:presently |currently |now )?(?:on (?:a|an|his|her|their) [\w -]{0,40}visit|visiting)\b/i,
  aside: /,\s*(?:as|while|whereas|since|because|when)\s[^,;]*/gi,
  // A full stop inside an abbreviation or after an initial ("U.S.") does not end the subject.
  discussed: /\bdiscuss(?:ed)?\s+((?:[^.;:\n]|\.(?=\S)|(?<=\b[A-Z])\.){3,400})/i,
  topicCues: {
    end: /,?\s+(?:including|particularly|especially|in particular|notably|such as|focusing on|according to|during|on the sidelines|in (?:a |their )?(?:joint |separate )?(?:phone |telephone |video )?call|by (?:phone|telephone)|and (?:agreed|stressed|noted|welcomed|reaffirmed|expressed|emphasi[sz]ed|underlined|exchanged|highlighted|pledged|vowed|said|called|decided|confirmed|committed|praised|thanked|looked|spoke|signed)|(?:and|but) also|(?:that|which|who|when|while)(?=\s)|(?:in|of|to|for|on|by) which|with (?:Mr|Mrs|Ms|Dr|President|Prime Minister|Minister|(?:his|her|their) (?:counterparts?|hosts?|colleagues?)))\b|,\s*(?:which|who|whom|whose|where|while|when|as(?!\s+well\s+as)|with\s+[\w ]{0,30}?\w+ing|(?:the\s+)?[\w' -]{0,40}?\b(?:said|says|reported|announced|added)|(?:welcoming|exchanging|noting|stressing|highlighting|underlining|reaffirming|expressing|agreeing|emphasi[sz]ing|calling|saying|adding|looking|pledging)\b)/i,
    separator: /\s*,\s*(?:and|as well as)\s+|\s+as well as\s+|\s*;\s*|\s+and\s+(?=(?:the|a|an)\s)/gi,
    lead: /^(?:(?:the|a|an|their|its|his|her|our|both)\s+)+/i,
    notSubject: /^(?:with|when|after|before|that|whether|what|if|by|at)\b/i,
    prepositions: new Set(['in', 'on', 'of', 'for', 'with', 'between', 'across', 'ahead', 'into', 'from', 'about', 'among', 'over', 'through', 'toward', 'towards', 'against', 'within', 'under', 'at', 'by', 'amid']),
  },
  eventFuture: /\b(will be held|is to be held|will take place|is planned|is scheduled|will host)\b/i,
  eventTheme: /\b(?:theme|topic) (?:will be|is|of)\s+([^.\n;]{3,120})/i,
};
