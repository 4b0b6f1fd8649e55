// Source attribution step: the news outlet the text credits ("передает DKNews.kz", "цитирует РБК",
// "according to the Reuters news agency"), without quotation marks. Press services and "media" do not count.

// A word of a name: letters and digits, with inner dots and hyphens ("Tengrinews.kz", "РИА-Новости");
// a dot followed by a space ends the sentence, not the name ("передает Tengrinews.kz. Ожидается ...").
const WORD = String.raw`[A-ZА-ЯЁ][\p{L}\p{N}]*(?:[.\-][\p{L}\p{N}]+)*`;
const NAME = String.raw`(«[^»\n]{1,60}»|"[^"\n]{1,60}"|${WORD}(?:[ \t]+(?:${WORD}|of|the)){0,3})`;
const RU = new RegExp(String.raw`(?:передает|передаёт|сообщает|сообщило|сообщил[аи]?|цитирует|пишет|информирует|по данным|по сообщению|со ссылкой на|сообщает агентство|передает агентство|пишет газета|пишет издание)[ \t]+(?:агентство[ \t]+|издание[ \t]+|газета[ \t]+|телеканал[ \t]+|радиостанция[ \t]+)?${NAME}`, 'gu');
const EN = [
  new RegExp(`according to (?:the )?${NAME}`, 'gu'),
  new RegExp(`${NAME}(?: news agency)? (?:reported|reports|said in a report)`, 'gu'),
  new RegExp(`(?:told|reported by|quoted by|in an interview with) (?:the )?${NAME}`, 'gu'),
  new RegExp(`(?:the )?${NAME} newspaper`, 'gu'),
];
const NOT_OUTLETS = /^(СМИ|Пресс|Интернет|Источник|He|She|They|It|The|A|An|This|That|Mr|Mrs|Ms|Dr|Sir|Lord|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Официальн|Как|Об|О|Он|Она|Они)/;
const OUTLET_HINT = /[.](?:ru|com|kz|ua|by|net|org|рф)$|^[A-ZА-ЯЁ]{2,}$|^(?:Reuters|AP|AFP|BBC|Bloomberg|Times|Guardian|Telegraph|Express|Mail|Post|Journal|Интерфакс|ИТАР|РИА|ТАСС|Коммерсант|Ведомости|Известия|Лента|Голос)/;

function clean(name: string): string {
  let n = name.replace(/^[«"]|[»"]$/g, '').trim();
  n = n.replace(/[.,]$/, '');
  n = n.replace(/\s+(?:news agency|newspaper|agency)$/i, '');
  return n;
}

export function sourceAttribution(text: string, language: 'ru' | 'en'): string | null {
  const patterns = language === 'ru' ? [RU] : EN;
  const found: Array<{ index: number; name: string }> = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? '';
      let name = clean(raw);
      if (language === 'en') {
        // "the Times" -> "The Times"; keep the article only when it is part of the paper's name.
        name = name.replace(/^(Sunday|Financial|New York) /, '$1 ');
      }
      if (!name || NOT_OUTLETS.test(name)) continue;
      const quoted = /^[«"]/.test(raw);
      if (!quoted && !OUTLET_HINT.test(name) && !/^[A-Z]/.test(name)) continue;
      found.push({ index: m.index ?? 0, name });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.name ?? null;
}
