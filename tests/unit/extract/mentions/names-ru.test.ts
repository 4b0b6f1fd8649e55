// Russian person names in the nominative, written as in the text (MEETINGS.md), and the roles before them.
// Every sentence here is made up for its class.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const people = (text: string) => extract({ text, language: 'ru' }).participants.map((p) => ({ name: p.name, role: p.role, organization: p.organization }));
const names = (text: string) => people(text).map((p) => p.name);

describe('Russian names: spelling of ё as in the text', () => {
  it('keeps е where the text writes е, ё where it writes ё', () => {
    expect(names('Министр встретился с послом Молдовы Петром Руснаком в Кишиневе.')).toContain('Петр Руснак');
    expect(names('Министр встретился с послом Молдовы Семёном Руснаком в Кишиневе.')).toContain('Семён Руснак');
  });

  it('puts a first name before an indeclinable Ukrainian surname into the nominative', () => {
    expect(names('Министр встретился с послом Украины Федором Гайченко в Варшаве.')).toContain('Федор Гайченко');
  });
});

describe('Russian names: surnames the dictionary does not know', () => {
  it('reads a man\'s surname in -а declined like a feminine noun', () => {
    expect(names('Министр встретился с послом Украины Тарасом Мельничукой в Праге.')).toContain('Тарас Мельничука');
    expect(names('Посол встретился с министром Таджикистана Фирузом Сайфуллозодой в Душанбе.')).toContain('Фируз Сайфуллозода');
    expect(names('Переговоры Олега Кривоноса и Андрея Сирохи прошли в Киеве.')).toContain('Олег Кривонос');
    expect(names('Переговоры Олега Кривоноса и Андрея Сирохи прошли в Киеве.')).toContain('Андрей Сироха');
  });

  it('does not cut a Central Asian surname in -ов/-ев read as a plural first name', () => {
    expect(names('Президент встретился с хокимом Самарканда Бахромом Ашурбаевым.')).toContain('Бахром Ашурбаев');
    expect(names('Ержан Нурбаев провел встречу с послом Японии Кэнтаро Сато в Астане.')).toContain('Ержан Нурбаев');
  });

  it('keeps a woman\'s surname in -ой as the feminine nominative', () => {
    expect(names('Министр встретилась с депутатом Ольгой Сивчуковой в Киеве.')).toContain('Ольга Сивчукова');
  });
});

describe('Russian roles: the head in the name\'s case', () => {
  it('takes the head the name agrees with, not a role word in the complement', () => {
    expect(people('Премьер встретился с главой Аппарата президента Игорем Мазуром в Минске.')).toContainEqual(expect.objectContaining({
      name: 'Игорь Мазур', role: 'глава Аппарата президента',
    }));
  });
});

describe('Russian names: a foreign first name after a role with a lower-case complement', () => {
  it('keeps the first name out of the role', () => {
    expect(people('Премьер встретился с министром обороны Турции Хаканом Озтюрком в Анкаре.')).toContainEqual(expect.objectContaining({
      name: 'Хакан Озтюрк', role: 'министр обороны Турции',
    }));
    expect(people('Сенатор встретился с председателем комитета по энергетике Сената Вороном Гриффином в Вашингтоне.')).toContainEqual(expect.objectContaining({
      name: 'Ворон Гриффин', role: 'председатель комитета по энергетике Сената',
    }));
  });

  it('does not take a common noun without a role before it as a first name', () => {
    expect(names('Лавров встретился в парке с Вороном Гриффином.')).not.toContain('Ворон Гриффин');
  });
});

describe('Russian names: a region before the name', () => {
  it('keeps "Южной Азии" in the role, not in the name', () => {
    expect(people('Посол встретился со спецпредставителем ЕС по Центральной и Южной Азии Карлом Мейером в Бишкеке.')).toContainEqual(expect.objectContaining({
      name: 'Карл Мейер', role: 'спецпредставитель ЕС по Центральной и Южной Азии',
    }));
  });
});

describe('Russian roles: boundaries', () => {
  it('drops evaluative words but keeps "бывший"', () => {
    expect(people('Глава МИД Казахстана Ерлан Сагындыков встретился с новым послом Японии Кэнтой Мори.')).toContainEqual(expect.objectContaining({ name: 'Кэнта Мори', role: 'посол Японии' }));
    expect(people('Премьер встретился с бывшим премьером Литвы Йонасом Петраускасом в Вильнюсе.')).toContainEqual(expect.objectContaining({ role: 'бывший премьер Литвы' }));
  });

  it('keeps two positions set off by a comma, each in the nominative', () => {
    expect(people('Премьер встретился с министром по делам молодежи, главой Национального олимпийского комитета Ави Шароном.')).toContainEqual(expect.objectContaining({
      name: 'Ави Шарон', role: 'министр по делам молодежи, глава Национального олимпийского комитета',
    }));
  });

  it('does not take a relative pronoun into the role', () => {
    const text = 'Посол вручил послание, которое Премьер-министр Малайзии Ахмад Рахман обсудил на встрече с министром Японии Кэнтой Мори.';
    for (const p of people(text)) expect(p.role ?? '').not.toMatch(/котор/);
  });
});
