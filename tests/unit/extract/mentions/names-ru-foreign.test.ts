import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const people = (text: string) => extract({ text }).participants.map((p) => ({ name: p.name, role: p.role, organization: p.organization }));

describe('generalisation: foreign first names declined like Russian nouns', () => {
  it('keeps the first name with the surname and the role before them', () => {
    expect(people('Министр обороны Италии Марко Бруни провел переговоры с главой МИД Турции Хаканом Фиданом в Анкаре.')).toContainEqual({
      name: 'Хакан Фидан', role: 'глава МИД Турции', organization: 'Турция',
    });
    expect(people('Президент Азербайджана Ильхам Алиев встретился с премьер-министром Армении Николом Пашиняном в Сочи.')).toContainEqual({
      name: 'Никол Пашинян', role: 'премьер-министр Армении', organization: 'Армения',
    });
    expect(people('Глава МИД России Сергей Лавров провел переговоры с министром иностранных дел Египта Самехом Шукри в Каире.')).toContainEqual({
      name: 'Самех Шукри', role: 'министр иностранных дел Египта', organization: 'Египет',
    });
  });

  it('does not list the ministry of a role as an organisation', () => {
    const text = 'Президент Франции Анри Дюбуа провел переговоры с главой МИД Турции Хаканом Фиданом.';
    expect(extract({ text }).organizations.map((o) => o.name)).toEqual([]);
    const text2 = 'Глава МИД Казахстана Ерлан Ахметов встретился с послом Японии Кэнтаро Сато.';
    expect(extract({ text: text2 }).organizations.map((o) => o.name)).toEqual([]);
  });
});

describe('generalisation: hyphenated first names', () => {
  it.each([
    'Министр иностранных дел России Сергей Лавров встретился с президентом Казахстана Касым-Жомартом Токаевым в Астане.',
    'Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Франции Анри Дюбуа.',
    'Премьер Италии Марко Бруни провел переговоры с президентом Казахстана Касым-Жомартом Токаевым.',
  ])('%s', (text) => {
    expect(people(text).map((p) => p.name)).toContain('Касым-Жомарт Токаев');
  });

  it('normalises another hyphenated name', () => {
    expect(people('Министр Италии Марко Бруни встретился с послом Казахстана Нур-Ахметом Сейтовым.').map((p) => p.name)).toContain('Нур-Ахмет Сейтов');
  });
});

describe('generalisation: East Asian names', () => {
  it('joins the one-syllable family name and keeps the role without it', () => {
    expect(people('Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином в Пекине.')).toContainEqual({
      name: 'Си Цзиньпин', role: 'председатель КНР', organization: 'Китай',
    });
    expect(people('Председатель КНР Си Цзиньпин встретился с президентом Франции Анри Дюбуа.')).toContainEqual({
      name: 'Си Цзиньпин', role: 'председатель КНР', organization: 'Китай',
    });
    expect(people('Премьер Италии Марко Бруни встретился с премьером Госсовета КНР Ли Цяном.').map((p) => p.name)).toContain('Ли Цян');
  });

  it('puts the last syllable of Korean and Vietnamese names into the nominative', () => {
    expect(people('Председатель КНР Си Цзиньпин встретился с президентом Южной Кореи Мун Чжэ Ином в Сеуле.').map((p) => p.name)).toContain('Мун Чжэ Ин');
    expect(people('Премьер-министр Японии Фумио Кисида провел переговоры с президентом Вьетнама Нгуен Суан Фуком в Токио.').map((p) => p.name)).toContain('Нгуен Суан Фук');
  });
});

describe('generalisation: a name after an event noun is genitive', () => {
  it('reads "Визит X" with X in the genitive', () => {
    expect(people('Визит Касым-Жомарта Токаева в Москву начался с переговоров с Владимиром Путиным.').map((p) => p.name)).toContain('Касым-Жомарт Токаев');
    expect(people('Визит Нур-Ахмета Сейтова в Рим начался с переговоров с Марко Бруни.').map((p) => p.name)).toContain('Нур-Ахмет Сейтов');
  });
});
