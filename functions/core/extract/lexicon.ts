// Word lists the rules share: our own linguistic knowledge of how news text names people,
// organisations and places (heads of noun phrases, titles, place descriptors). Lemmas, lower case.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Nouns that head an organisation's name ("Конституционный суд", "Комитет защиты журналистов"). */
export const ORG_HEADS_RU = set(`
  агентство академия администрация альянс ассамблея ассоциация банк биржа бюро ведомство департамент
  движение дума завод институт канал кабинет коллегия комиссия комитет компания конгресс консорциум корпорация
  лига министерство музей объединение организация отдел отделение палата парламент партия правительство
  прокуратура союз совет сенат служба собрание суд театр трибунал университет управление федерация
  фонд фронт холдинг центр церковь концерн корпорация инспекция ордена госдума минфин минобороны
  радиостанция телеканал газета журнал издание клуб группа общество архив госпиталь больница школа училище
  колледж лаборатория редакция обком горком штаб полиция армия гвардия флот милиция миссия представительство
  посольство консульство мэрия администрация префектура избирком минздрав минэкономразвития
`);

/** Heads that make an organisation even in lower case, with a genitive name ("министерство финансов"). */
export const ORG_HEADS_LOWER_RU = set(`министерство ведомство`);

/** Descriptors before a quoted name that make it an organisation (компания «Газпром»). */
export const ORG_DESCRIPTORS_RU = set(`
  компания фирма партия движение агентство газета журнал издание телеканал радиостанция радио банк фонд
  концерн холдинг группа корпорация завод организация объединение ассоциация союз общество клуб театр
  оао зао ооо пао ао нко ано гк оф фк хк портал сайт интернет-издание информагентство телекомпания
  ансамбль коллектив центр институт университет музей команда профсоюз сеть издательство студия
`);

/**
 * Descriptors after which a capitalised word the dictionary does not know is the organisation's name
 * even without quotes ("агентства БелТА", "профсоюза Юнайт", "команды Red Bull"). Narrower than the
 * quote descriptors: "партия Иванова" names a person's party, not the party.
 */
export const ORG_NAME_DESCRIPTORS_RU = set(`
  агентство информагентство компания газета журнал телеканал радиостанция телекомпания концерн холдинг
  профсоюз команда корпорация издание издательство портал сайт банк авиакомпания автоконцерн
`);

/** Heads whose names go on with a prepositional phrase ("Комитет по иностранным делам", "Движение против ..."). */
export const ORG_PREP_HEADS_RU = set(`
  агентство бюро ведомство департамент движение инспекция комиссия комитет министерство объединение
  организация отдел отделение служба совет управление фонд фронт центр ассоциация союз лига палата
  коалиция альянс
`);

/** Lower-case nouns after which a capitalised word is the name of the place ("город Дацин", "реке Славянка"). */
export const PLACE_NAME_DESCRIPTORS_RU = set(`
  город городок село деревня поселок посёлок станица аул кишлак река озеро остров полуостров архипелаг
  залив пролив бухта мыс гора вулкан хребет долина пустыня порт провинция штат округ район квартал
  площадь улица проспект бульвар переулок шоссе набережная аэропорт космодром территория регион
  столица курорт пригород
`);

/** Pronoun-like adjectives that never belong to a name ("этого МИДа"). */
export const PRONOMINAL_ADJECTIVES_RU = set(`
  этот тот свой весь такой наш ваш мой твой который каждый сам самый один другой иной данный их его её
  бывший нынешний прежний новый тамошний здешний любой некоторый
`);

/** Verbs and phrases that credit a news outlet ("передает DKNews.kz"). */
export const MEDIA_VERBS_RU = set(`передавать сообщать цитировать писать информировать`);

/** Nouns heading a person's position ("первый заместитель министра", "президент"). */
export const ROLE_HEADS_RU = set(`
  президент премьер премьер-министр министр замминистра заместитель вице-премьер вице-президент посол
  глава председатель зампред руководитель директор генеральный гендиректор начальник губернатор мэр
  канцлер король королева принц султан шейх эмир генсек секретарь сенатор депутат спикер лидер
  командующий главнокомандующий представитель спецпредставитель советник помощник атташе консул
  уполномоченный омбудсмен прокурор генпрокурор судья мэр градоначальник основатель владелец сопредседатель
  президент-элект экс-президент экс-премьер кардинал патриарх митрополит папа понтифик чемпион гроссмейстер
  исполнительный член сооснователь госсекретарь конгрессмен госсоветник аятолла
`);

/** Nouns that describe a place and follow a capitalised adjective ("Свердловская область"). */
export const PLACE_DESCRIPTORS_RU = set(`
  область край округ республика район автономия империя побережье остров острова полуостров море океан
  озеро залив пролив река площадь улица проспект бульвар переулок шоссе набережная кладбище провинция штат
  федерация королевство княжество эмират земля регион губерния графство долина пустыня гора горы хребет
  город село деревня поселок станция аэропорт дворец собор монастырь парк сквер мост вокзал
`);

/** Prepositions that introduce a place ("в Астане", "из Москвы"). */
export const PLACE_PREPOSITIONS_RU = set(`в во из на под над до около у близ возле через`);

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
  congress senate cabinet government police army navy
`);

/** Function words allowed inside an English organisation name ("Bank of East Asia"). */
export const ORG_CONNECTORS_EN = set(`of and for the & de du la`);
