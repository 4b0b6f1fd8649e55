// Gazetteer helper: well-known cities whose usual name is not a transliteration of the GeoNames (English)
// name (Пекин = Beijing, Женева = Geneva, Нью-Йорк = New York), or that are too small for the cities table
// yet common meeting venues (Давос, Сочи, Эвиан). General knowledge, our own list (not from any corpus):
// conventional Russian exonyms of capitals and large or often-visited cities, and a few English ones.
// Keys are lower-case nominatives; values ISO 3166-1 alpha-2 codes.

const RU: Record<string, string> = {
  // Russia and neighbours
  москва: 'RU', 'санкт-петербург': 'RU', петербург: 'RU', сочи: 'RU', казань: 'RU', 'нижний новгород': 'RU',
  новосибирск: 'RU', екатеринбург: 'RU', владивосток: 'RU', калининград: 'RU', самара: 'RU', уфа: 'RU',
  'ростов-на-дону': 'RU', краснодар: 'RU', иркутск: 'RU', хабаровск: 'RU', мурманск: 'RU', красноярск: 'RU',
  минск: 'BY', гомель: 'BY', брест: 'BY', киев: 'UA', харьков: 'UA', львов: 'UA', одесса: 'UA', кишинев: 'MD',
  кишинёв: 'MD', астана: 'KZ', 'нур-султан': 'KZ', алматы: 'KZ', 'алма-ата': 'KZ', шымкент: 'KZ', ташкент: 'UZ',
  самарканд: 'UZ', бишкек: 'KG', душанбе: 'TJ', ашхабад: 'TM', баку: 'AZ', гянджа: 'AZ', ереван: 'AM',
  тбилиси: 'GE', батуми: 'GE', рига: 'LV', вильнюс: 'LT', таллин: 'EE', таллинн: 'EE',
  // Europe
  лондон: 'GB', эдинбург: 'GB', париж: 'FR', марсель: 'FR', лион: 'FR', страсбург: 'FR', ницца: 'FR',
  эвиан: 'FR', берлин: 'DE', мюнхен: 'DE', гамбург: 'DE', франкфурт: 'DE', 'франкфурт-на-майне': 'DE',
  кельн: 'DE', бонн: 'DE', дрезден: 'DE', рим: 'IT', милан: 'IT', неаполь: 'IT', венеция: 'IT',
  флоренция: 'IT', турин: 'IT', мадрид: 'ES', барселона: 'ES', лиссабон: 'PT', брюссель: 'BE', амстердам: 'NL',
  гаага: 'NL', роттердам: 'NL', люксембург: 'LU', женева: 'CH', цюрих: 'CH', берн: 'CH', давос: 'CH',
  лозанна: 'CH', вена: 'AT', зальцбург: 'AT', прага: 'CZ', братислава: 'SK', будапешт: 'HU', варшава: 'PL',
  краков: 'PL', бухарест: 'RO', софия: 'BG', белград: 'RS', загреб: 'HR', любляна: 'SI', сараево: 'BA',
  подгорица: 'ME', скопье: 'MK', тирана: 'AL', афины: 'GR', салоники: 'GR', никосия: 'CY', валлетта: 'MT',
  стокгольм: 'SE', осло: 'NO', копенгаген: 'DK', хельсинки: 'FI', рейкьявик: 'IS', дублин: 'IE', ватикан: 'VA',
  стамбул: 'TR', анкара: 'TR', анталья: 'TR', измир: 'TR',
  // Asia
  пекин: 'CN', шанхай: 'CN', гуанчжоу: 'CN', шэньчжэнь: 'CN', ухань: 'CN', сиань: 'CN', харбин: 'CN',
  гонконг: 'HK', тайбэй: 'TW', токио: 'JP', осака: 'JP', киото: 'JP', хиросима: 'JP', сеул: 'KR', пусан: 'KR',
  пхеньян: 'KP', 'улан-батор': 'MN', ханой: 'VN', хошимин: 'VN', бангкок: 'TH', пномпень: 'KH', вьентьян: 'LA',
  янгон: 'MM', нейпьидо: 'MM', 'куала-лумпур': 'MY', сингапур: 'SG', джакарта: 'ID', бали: 'ID', манила: 'PH',
  дели: 'IN', 'нью-дели': 'IN', мумбаи: 'IN', бомбей: 'IN', калькутта: 'IN', бангалор: 'IN', исламабад: 'PK',
  карачи: 'PK', лахор: 'PK', кабул: 'AF', дакка: 'BD', катманду: 'NP', коломбо: 'LK', тегеран: 'IR',
  багдад: 'IQ', дамаск: 'SY', бейрут: 'LB', амман: 'JO', иерусалим: 'IL', 'тель-авив': 'IL', 'эр-рияд': 'SA',
  джидда: 'SA', мекка: 'SA', доха: 'QA', дубай: 'AE', 'абу-даби': 'AE', маскат: 'OM', кувейт: 'KW',
  манама: 'BH', сана: 'YE', путраджая: 'MY', тхимпху: 'BT', мале: 'MV', макао: 'MO', иокогама: 'JP', циндао: 'CN',
  чэнду: 'CN', тяньцзинь: 'CN', ханчжоу: 'CN', нанкин: 'CN', сямэнь: 'CN', куньмин: 'CN', урумчи: 'CN', лхаса: 'CN',
  ченнай: 'IN', мадрас: 'IN', хайдарабад: 'IN', кандагар: 'AF', герат: 'AF', 'мазари-шариф': 'AF', алеппо: 'SY',
  хомс: 'SY', газа: 'PS', рамалла: 'PS', вифлеем: 'PS', хайфа: 'IL', эйлат: 'IL', акаба: 'JO', эрбиль: 'IQ',
  // Africa
  каир: 'EG', александрия: 'EG', 'шарм-эш-шейх': 'EG', триполи: 'LY', тунис: 'TN', алжир: 'DZ', рабат: 'MA',
  касабланка: 'MA', хартум: 'SD', 'аддис-абеба': 'ET', найроби: 'KE', лагос: 'NG', абуджа: 'NG', аккра: 'GH',
  дакар: 'SN', претория: 'ZA', йоханнесбург: 'ZA', кейптаун: 'ZA', луанда: 'AO', киншаса: 'CD',
  'эль-аламейн': 'EG', луксор: 'EG', асуан: 'EG', хургада: 'EG', танжер: 'MA', фес: 'MA', марракеш: 'MA', оран: 'DZ',
  хараре: 'ZW', нджамена: 'TD', абиджан: 'CI', фритаун: 'SL', нуакшот: 'MR', кито: 'EC',
  // Americas and Oceania
  вашингтон: 'US', 'нью-йорк': 'US', чикаго: 'US', 'лос-анджелес': 'US', 'сан-франциско': 'US', бостон: 'US',
  майами: 'US', хьюстон: 'US', оттава: 'CA', торонто: 'CA', монреаль: 'CA', мехико: 'MX', гавана: 'CU',
  каракас: 'VE', богота: 'CO', лима: 'PE', сантьяго: 'CL', 'буэнос-айрес': 'AR', бразилиа: 'BR',
  'рио-де-жанейро': 'BR', 'сан-паулу': 'BR', монтевидео: 'UY', канберра: 'AU', сидней: 'AU', мельбурн: 'AU',
  веллингтон: 'NZ', окленд: 'NZ', сиэтл: 'US', 'нью-орлеан': 'US', гонолулу: 'US', анкоридж: 'US', 'лас-вегас': 'US',
  'кэмп-дэвид': 'US', ванкувер: 'CA',
  // Europe, more: names that share their spelling with cities elsewhere (Валенсия, Бордо) or are small venues.
  валенсия: 'ES', севилья: 'ES', бордо: 'FR', версаль: 'FR', глазго: 'GB', порту: 'PT', кёльн: 'DE',
};

const EN: Record<string, string> = {
  davos: 'CH', geneva: 'CH', evian: 'FR', sochi: 'RU', 'new delhi': 'IN', delhi: 'IN', beijing: 'CN', peking: 'CN',
  'the hague': 'NL', kiev: 'UA', kyiv: 'UA', 'st petersburg': 'RU', 'saint petersburg': 'RU',
  'sharm el-sheikh': 'EG', 'camp david': 'US', 'washington dc': 'US', 'washington, d.c.': 'US', bali: 'ID',
  chevening: 'GB', chequers: 'GB', balmoral: 'GB', sandringham: 'GB', 'mar-a-lago': 'US', 'new york city': 'US',
  // Spellings the cities table lacks or gives to another city of that name (St. Petersburg, Florida).
  'new york': 'US', frankfurt: 'DE', 'st. petersburg': 'RU', saigon: 'VN', bombay: 'IN', madras: 'IN', rangoon: 'MM',
  kishinev: 'MD', tiflis: 'GE', ashkhabad: 'TM', odesa: 'UA', valencia: 'ES', georgetown: 'GY', calcutta: 'IN',
};

/** The country code of a well-known city named in Russian (nominative) or English; undefined when not listed. */
export function wellKnownCity(name: string): string | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const table = /[\u0400-\u04FF]/.test(key) ? RU : EN;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
