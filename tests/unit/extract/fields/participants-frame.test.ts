import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const names = (text: string) => extract({ text }).participants.map((p) => p.name);

describe('meetings: participant selection', () => {
  it('reads "X принимает Y" as a meeting of both', () => {
    const text = 'Канцлер Германии Ольга Шмидт принимает в Берлине своего испанского коллегу Павла Орлова. Стороны обсудят торговлю.';
    expect(names(text)).toEqual(expect.arrayContaining(['Ольга Шмидт', 'Павел Орлов']));
  });

  it('takes the people of the next sentence when it names their positions', () => {
    const text =
      'В Женеве прошли переговоры о вступлении Сербии в торговый союз. Председатель рабочей группы Иван Петров сообщил, что работа продвигается. Ранее президент Кирилл Орлов заявил, что поддерживает это решение.';
    expect(names(text)).toEqual(['Иван Петров']);
  });

  it('does not borrow someone from the next sentence who has neither a position nor a part in the meeting', () => {
    const text = 'Комиссия союза на своём заседании в Вене утвердила список судей. В список попал и Олег Смирнов из Самары.';
    expect(names(text)).toEqual([]);
  });

  it('does not borrow people from the sentence before the frame unless it says they came', () => {
    const text =
      'Власти запретили въезд президенту Кондории Петру Лаврову. Это решение приняли министры на совещании в Праге.';
    expect(names(text)).toEqual([]);
    const came = 'Вместе с министром приехали Анна Белова и Сергей Круглов. Визит министра в Софию продлится два дня.';
    expect(names(came)).toEqual(expect.arrayContaining(['Анна Белова', 'Сергей Круглов']));
  });

  it('does not take a person named in an oblique case after a role word from a borrowed sentence', () => {
    const text =
      'Сенатор Павел Громов прибыл в Каир. Он стал первым политиком, посетившим Каир после ареста главаря банды Артура Волкова.';
    expect(names(text)).toEqual(['Павел Громов']);
  });

  it('leaves out someone who refused to take part, and the one replaced', () => {
    const text =
      'Премьер Лодовии Иван Туров отказался от участия в саммите в Женеве. Теперь вместо Турова страну на саммите будет представлять министр финансов Олег Рябов.';
    const got = names(text);
    expect(got).toContain('Олег Рябов');
    expect(got).not.toContain('Иван Туров');
  });

  it('lists those said to represent a side at the talks', () => {
    const text =
      'Talks on the future of the islands begin at a country house in Kent later today. Britain will be represented by Europe director Mark Hughes, while Spain will be represented by its envoy Maria Lopez.';
    expect(names(text)).toEqual(expect.arrayContaining(['Mark Hughes', 'Maria Lopez']));
  });

  it('does not read a place after "в" as a person', () => {
    const text = 'С 3 по 4 мая в Аль Кут (Ирак) состоялось заседание совета федерации шахмат.';
    expect(names(text)).toEqual([]);
  });

  it('does not take the owner of a house as a participant', () => {
    const text = "Two days of talks begin at Peter Brown's country house on Monday.";
    expect(names(text)).toEqual([]);
  });

  it('reads a company after its descriptor as an organisation, not a person', () => {
    const text = 'Shares in Danish brewer Hopsen rose after reports that it had held merger talks with US bank Wells Fargo.';
    expect(names(text)).toEqual([]);
  });

  it('finds a meeting of two people outside the lead', () => {
    const lead = 'Спор о долгах за газ продолжается. Стороны обмениваются претензиями. Минск считает себя правым. Москва не согласна. Эксперты ждут решения. Цены растут. ';
    const text = `${lead}Точку в споре поставят глава ОАО «Нефтегаз» Олег Сидоров и министр энергетики Белоруссии Пётр Козлов, которые сегодня встречаются в Минске.`;
    const result = extract({ text });
    expect(result.isMeeting).toBe(true);
    expect(result.participants.map((p) => p.name)).toEqual(['Олег Сидоров', 'Пётр Козлов']);
  });

  it('reads "Дмитрия Медведева" after a genitive role word as a man in the genitive', () => {
    const text = 'По распоряжению президента РФ Дмитрия Медведева на встрече с учёными обсудили переход на летнее время.';
    expect(names(text)).toEqual(['Дмитрий Медведев']);
  });
});
