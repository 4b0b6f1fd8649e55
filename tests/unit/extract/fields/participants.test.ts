import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences).
const names = (text: string) => extract({ text }).participants.map((p) => p.name);

describe('participants named in later sentences about the same meeting', () => {
  it('takes the people of a visit programme', () => {
    const text =
      'Премьер-министр Грузии Леван Гелашвили прибыл с визитом в Баку. Он возложил цветы к памятнику. В столице он посетил университет. Программой визита предусмотрены его переговоры с президентом Азербайджана Эльдаром Гасановым и спикером парламента Лейлой Мамедовой.';
    expect(names(text)).toEqual(['Леван Гелашвили', 'Эльдар Гасанов', 'Лейла Мамедова']);
  });

  it('takes the members of a delegation', () => {
    const text =
      'Министр иностранных дел Армении Арам Саркисян прибыл с официальным визитом в Вену. В состав делегации вошли министр экономики Ольга Рыбак и министр энергетики Тарас Коваль.';
    expect(names(text)).toEqual(['Арам Саркисян', 'Ольга Рыбак', 'Тарас Коваль']);
  });

  it('takes a list of those on a call', () => {
    const text =
      'President Maria Costa held a video call with European leaders today. The leaders discussed energy prices. Participants in the call included Prime Minister Karl Nilsson of Sweden, Chancellor Peter Brandt of Austria and President Anne Moreau of France.';
    expect(names(text)).toEqual(['Maria Costa', 'Karl Nilsson', 'Peter Brandt', 'Anne Moreau']);
  });

  it('takes the further meetings of a visitor ("also has meetings scheduled with", "will also meet")', () => {
    const scheduled =
      'Chancellor Greta Lind will host Foreign Secretary Tom Hale for talks in Vienna next Monday, a spokesman said. Hale also has meetings scheduled with economy minister Paul Adler and defence minister Sabine Roth.';
    expect(names(scheduled)).toEqual(['Greta Lind', 'Tom Hale', 'Paul Adler', 'Sabine Roth']);
    const also = 'Trade Secretary Anna Kline arrived in Ottawa on Sunday for a two-day visit. She met Prime Minister Jacques Morin. She will also meet Finance Minister Claire Dubois.';
    expect(names(also)).toEqual(['Anna Kline', 'Jacques Morin', 'Claire Dubois']);
  });

  it('takes the members who took part in a session, not the spokesman who listed them', () => {
    const text = 'Как сообщил пресс-секретарь губернатора Олег Титов, в совещании губернатора Андрея Лосева с главами районов приняли участие Анна Жукова и Петр Ильин.';
    expect(names(text)).toEqual(['Андрей Лосев', 'Анна Жукова', 'Петр Ильин']);
  });

  it('takes someone a participant, named by position, met in a later sentence', () => {
    const text =
      'Встреча бывшего министра обороны Литвы Йонаса Мацкуса и посла Эстонии Карла Тамма прошла в Вильнюсе 5 мая. Об этом рассказал дипломат Андрей Сидоров. Он отметил, что подробности не раскрываются. Бывший министр обороны Литвы посетил Таллин 5 мая и встретился с советником премьер-министра Эриком Сависааром.';
    expect(names(text)).toEqual(['Йонас Мацкус', 'Карл Тамм', 'Эрик Сависаар']);
  });

  it('leaves out people of other meetings (counter-examples)', () => {
    expect(names('Министр Олег Рыбин провел переговоры с послом Японии Кэнтой Мори в Токио. Ранее министр встречался с главой МИД Грузии Ниной Беридзе в Тбилиси.')).toEqual([
      'Олег Рыбин',
      'Кэнта Мори',
    ]);
    expect(names('Envoy Tom Reed met Ambassador Carla Ruiz in Geneva on Monday. His comments come three days before he is due to meet President Omar Diallo.')).toEqual([
      'Tom Reed',
      'Carla Ruiz',
    ]);
  });
});

describe('people named around the meeting who do not take part', () => {
  it('leaves out a speaker quoted about the meeting', () => {
    expect(names('Минск хочет обсудить на переговорах с Варшавой вопрос пограничных переходов, заявил министр иностранных дел Белоруссии Павел Лосев.')).toEqual([]);
    expect(names('Prime Minister Ana Silva met Foreign Minister Jan Novak in Lisbon on Monday, said government spokeswoman Clara Holt.')).toEqual(['Ana Silva', 'Jan Novak']);
  });

  it('keeps a speaker who spoke at the meeting (counter-example)', () => {
    const text = '«Мы договорились о поставках», — сказал министр Олег Рыбин во вторник на встрече с послом Японии Кэнтой Мори.';
    expect(names(text)).toEqual(expect.arrayContaining(['Олег Рыбин', 'Кэнта Мори']));
  });

  it('leaves out a leader whose greetings were passed on, but not the one they were passed to', () => {
    const ru = 'Министр иностранных дел Индии Радж Шарма провел переговоры в Найроби и передал приветствие от премьер-министра Индии Нарендры Моди президенту Кении Уильяму Руто.';
    expect(names(ru)).toEqual(['Радж Шарма', 'Уильям Руто']);
    const en = 'Prime Minister Ana Silva met the visiting Foreign Minister Jan Novak, who passed on greetings from President Petr Dvorak.';
    expect(names(en)).toEqual(['Ana Silva', 'Jan Novak']);
  });

  it('leaves out the author of a policy and someone who ordered something', () => {
    expect(names('The two leaders met in Oslo. Foreign Minister Tariq Aziz met President Lena Hoff and stressed the continuity of the policy of President Nurlan Abenov.')).toEqual([
      'Tariq Aziz',
      'Lena Hoff',
    ]);
    expect(names('Chancellor Greta Lind will host Foreign Secretary Tom Hale for talks in Vienna next Monday. The visit comes after a troop withdrawal ordered by President Jack Moore.')).toEqual([
      'Greta Lind',
      'Tom Hale',
    ]);
  });

  it('keeps people named after look-alike words (counter-examples)', () => {
    expect(extract({ text: 'Президент Олег Рыбин встретился с политиками Иваном Петровым и Олегом Сидоровым в Минске.', language: 'ru' }).participants.map((p) => p.name)).toEqual([
      'Олег Рыбин',
      'Иван Петров',
      'Олег Сидоров',
    ]);
    expect(names('The agreement was signed by President Ana Lutz and President Raul Vega after talks in Quito.')).toEqual(['Ana Lutz', 'Raul Vega']);
  });

  it('leaves out someone who died, whose death called the meeting off', () => {
    expect(names('В связи со смертью министра иностранных дел Литвы Йонаса Мацкуса визит министра Ивана Орлова в Вильнюс отменен.')).toEqual(['Иван Орлов']);
  });

  it('leaves out a photographer credited in a caption', () => {
    const text = 'Премьер Кирилл Ежов встретился в Стокгольме с коллегой (Фото: /Jonas Berg / TT / AFP). Стороны обсудили торговлю.';
    expect(names(text)).toEqual(['Кирилл Ежов']);
  });
});

describe('one person once', () => {
  it('joins an inflected surname the dictionary cannot read to the full name', () => {
    const text = 'Встреча Трампа и Путина пройдет в Анкоридже. Президент США Дональд Трамп и президент России Владимир Путин обсудят Украину.';
    expect(names(text)).toEqual(['Дональд Трамп', 'Владимир Путин']);
  });

  it('joins two oblique forms of one name that the dictionary cannot put into the nominative', () => {
    const text =
      'Встреча госсекретаря США Майкла Помпео и главы государства Касым-Жомарта Токаева пройдет в Акорде. Помпео прибыл в Нур-Султан в субботу. Программой визита предусмотрены также его переговоры с главой государства Касым-Жомартом Токаевым и министром Мухтаром Тлеуберди.';
    const got = names(text);
    expect(got.filter((n) => n.includes('Токаев'))).toHaveLength(1);
    expect(got).toHaveLength(3);
  });

  it('joins a headline possessive to the full name', () => {
    const text =
      'Readout of President Harris’s Meeting with Prime Minister Tomas Berg\n\nPresident Kamala Harris met today with Prime Minister Tomas Berg of Norway. President Harris thanked Prime Minister Berg.';
    expect(names(text)).toEqual(['Kamala Harris', 'Tomas Berg']);
  });

  it('keeps two people of one family apart', () => {
    expect(names('President Donald Reed and his wife Jane Reed will host King Olav of Norway in Washington for talks.')).toEqual(['Donald Reed', 'Jane Reed', 'Olav']);
  });
});
