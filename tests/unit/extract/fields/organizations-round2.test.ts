// The meeting's organisations, second round (fields/organizations.ts, organization-hosts.ts,
// organization-filters.ts): hand-made sentences, none taken from an evaluation corpus.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const orgs = (text: string) => extract({ text }).organizations.map((o) => o.name);

describe('organisations of the participants', () => {
  it('keeps a one-word body whose name ends like a country\'s', () => {
    expect(orgs('Президент Армении Ваган Саркисян встретился с председателем Еврокомиссии Анной Мюллер в Ереване.')).toEqual(['Еврокомиссия']);
  });

  it('takes the company a Russian position names in quotation marks', () => {
    const found = orgs('Председатель правления «Российских железных дорог» Олег Сомов встретился с министром транспорта Казахстана Нурланом Ахметовым в Астане.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Российск\S* железн\S* дорог/);
  });

  it('lists a body in a participant\'s position once, through the participant', () => {
    expect(orgs('NATO Secretary General Piet de Wit met Prime Minister Anna Berg of Estonia in Tallinn.')).toEqual(['NATO']);
    expect(orgs('Министр иностранных дел Чили Хорхе Риверас встретился с главой МИД Турции Мевлютом Арсланом.')).toEqual([]);
  });
});

describe('organisations that are only mentioned in the meeting sentence', () => {
  it('leaves out a body that speaks about the meeting, the speaker\'s employer and the source', () => {
    expect(orgs('The Russian Foreign Ministry said Foreign Minister Ivan Petrov held talks with his Chinese counterpart Li Wei in Beijing.')).toEqual([]);
    expect(orgs('МИД Китая сообщил, что министр иностранных дел Ван Лэй встретится с госсекретарем США Марком Тейлором на следующей неделе.')).toEqual([]);
    expect(orgs('A spokesman for the European Commission said the two foreign ministers, Anna Berg of Sweden and Pedro Ruiz of Spain, met in Brussels on Tuesday.')).toEqual([]);
    expect(orgs('According to Bloomberg, Prime Minister Ada Lind met President Joao Costa of Portugal in Lisbon on Monday.')).toEqual([]);
  });

  it('keeps a body that reports its own talks', () => {
    expect(orgs('«Росатом» сообщил, что провел переговоры с венгерской компанией MVM в Будапеште.')).toEqual(['Росатом', 'MVM']);
  });

  it('leaves out what was discussed, not whom it was discussed with', () => {
    expect(orgs('Министр иностранных дел Армении Давид Акопян встретился с послом Франции Пьером Дюраном и обсудил сотрудничество в рамках ЕАЭС и ОДКБ.')).toEqual([]);
    expect(orgs('Foreign Minister Anna Berg met her Spanish counterpart Pedro Ruiz in Madrid and discussed the reform of the WTO.')).toEqual([]);
  });

  it('leaves out the body a participant is posted to', () => {
    expect(orgs('Министр Анна Холм встретилась в Брюсселе с послом Канады в ЕС Джоном Смитом.')).toEqual([]);
    expect(orgs('Министр Анна Холм провела переговоры с постоянным представителем Бразилии при ООН Карлосом Силвой.')).toEqual([]);
    expect(orgs('Министр Анна Холм провела переговоры с представителем ООН Карлосом Силвой.')).toEqual(['ООН']);
  });
});

describe('the summit behind a side meeting', () => {
  it('leaves out the body of the gathering at which two people met', () => {
    expect(orgs('Президент Киргизии Адылбек Осмонов провел встречу с президентом Армении Ваганом Саркисяном на полях саммита ОДКБ в Минске.')).toEqual([]);
    expect(orgs('Президент Киргизии Адылбек Осмонов встретился с президентом Армении Ваганом Саркисяном на саммите ОДКБ в Минске.')).toEqual([]);
    expect(orgs('В кулуарах форума АСЕАН министр иностранных дел Японии Кэндзи Арата провел переговоры с министром Сингапура Ли Вэем.')).toEqual([]);
    expect(orgs('Prime Minister Ana Silva met President Tom Reid of Kenya at the African Union summit in Addis Ababa.')).toEqual([]);
  });

  it('keeps the body whose own gathering the sentence reports', () => {
    expect(orgs('На саммите ОДКБ в Минске президенты Киргизии и Армении Адылбек Осмонов и Ваган Саркисян обсудили безопасность границ.')).toEqual(['ОДКБ']);
    expect(orgs('Leaders of the African Union opened their summit in Addis Ababa on Saturday, chaired by President Tom Reid of Kenya.')).toEqual(['African Union']);
  });
});

describe('Russian names of bodies and regions', () => {
  it('does not take a republic within a country for an organisation', () => {
    expect(orgs('Глава Республики Алтай Олег Сомов встретился с послом Монголии Батом Доржем в Горно-Алтайске.')).toEqual([]);
  });

  it('keeps the country named after a body in its name', () => {
    expect(orgs('В Кишиневе прошло заседание Правительства Республики Молдова под председательством премьер-министра Иона Чебана.')).toEqual(['Правительство Республики Молдова']);
    expect(orgs('Министр Анна Холм встретилась в Тбилиси с делегацией Парламента Грузии.')).toEqual(['Парламент Грузии']);
  });

  it('reads «государств — членов X» as one phrase, a dash before other words as a boundary', () => {
    expect(orgs('Совещание министров обороны государств — членов ОДКБ прошло в Минске под председательством министра обороны Белоруссии Виктора Хренова.')).toEqual(['ОДКБ']);
    expect(orgs('Министр обороны Белоруссии Виктор Хренов провел переговоры в Минске — представители ОДКБ на них не приехали.')).toEqual([]);
  });

  it('leaves out the body of another meeting the session spoke of', () => {
    expect(orgs('В ходе совещания губернатора Олега Сомова с членами правительства области была дана высокая оценка встрече Совета директоров «Роснефти».')).toEqual([]);
    expect(orgs('Губернатор Олег Сомов провел встречу с руководством «Газпрома» и принял участие в заседании совета директоров «Роснефти».')).toEqual(['Газпром', 'Роснефть']);
  });
});

describe('bodies in the other sentences of the frame', () => {
  it('takes the subject of another frame sentence', () => {
    const text = 'CAIRO, March 3 (AFP) - Arab League leaders opened their summit in Cairo on Monday. President Tom Reid of Egypt, who chairs the bloc, met King Omar Saleh of Jordan before the session.';
    expect(orgs(text)).toEqual(['Arab League']);
  });

  it('takes the body whose session another frame sentence reports, not one in a phrase of time or topic', () => {
    expect(orgs('Заседание Высшего Евразийского экономического совета прошло в Минске. В заседании приняли участие премьер-министр Казахстана Алихан Смаилов и премьер-министр Белоруссии Роман Головин.')).toEqual(['Высший Евразийский экономический совет']);
    expect(orgs('Министр иностранных дел Армении Ваган Саркисян провел переговоры с министром Грузии Ниной Беридзе. Стороны обменялись мнениями по итогам саммита ОДКБ в Минске.')).toEqual([]);
  });

  it('leaves out the summit behind a side meeting wherever the frame names it', () => {
    const text = 'Президент Киргизии Адылбек Осмонов провел встречу с президентом Армении Ваганом Саркисяном на полях саммита ОДКБ в Минске. Саммит ОДКБ проходит в Минске второй день, в нем участвуют делегации шести стран.';
    expect(orgs(text)).toEqual([]);
    const at = 'Президент Киргизии Адылбек Осмонов встретился с президентом Армении Ваганом Саркисяном на саммите ОДКБ в Минске. Саммит ОДКБ проходит в Минске второй день, в нем участвуют делегации шести стран.';
    expect(orgs(at)).toEqual([]);
  });
});

describe('the host', () => {
  it('finds the hosting ministry in the lead when the headline is the frame', () => {
    const text = 'О встрече заместителя Министра иностранных дел Армении А.Б.Саркисяна с Послом Французской Республики\n3 мая 2024 года в МИД Армении заместитель Министра иностранных дел Республики Армения А.Б.Саркисян принял Чрезвычайного и Полномочного Посла Французской Республики в Республике Армения Ж.Моро по его просьбе.';
    expect(orgs(text)).toEqual(['МИД Армении']);
  });

  it('reads an English foreign ministry named with its city as the host, not one that speaks', () => {
    const held = 'Chile and Peru hold third round of political consultations\nThe third round of political consultations between Chile and Peru was held on 4 May 2024 at the Ministry of Foreign Affairs, Lima. Deputy Foreign Minister Ana Ruiz of Peru led her delegation.';
    expect(orgs(held)).toEqual(['Ministry of Foreign Affairs']);
    const said = 'Chile and Peru hold third round of political consultations\nThe third round of political consultations between Chile and Peru was held on 4 May 2024, the Ministry of Foreign Affairs said. Deputy Foreign Minister Ana Ruiz of Peru led her delegation.';
    expect(orgs(said)).toEqual([]);
  });
});

describe('bodies in an opening phrase before the meeting word', () => {
  it('leaves out a body governed by a preposition or subordinator before the subject', () => {
    expect(orgs('Amid tensions with NATO, President Ivan Petrov met President Li Wei of China in Beijing on Monday.')).toEqual([]);
    expect(orgs('Following a request from the World Bank, Finance Minister Ann Lee met her Kenyan counterpart Tom Hale in Nairobi.')).toEqual([]);
    expect(orgs('На фоне разногласий с ОПЕК министр энергетики России Иван Петров встретился с министром энергетики Саудовской Аравии Фейсалом Салехом.')).toEqual([]);
    expect(orgs('После отказа МВФ выделить кредит президент Шри-Ланки Ранил Перера провел переговоры с премьер-министром Индии Нарендрой Шармой.')).toEqual([]);
  });

  it('keeps a subject after an opening phrase closed by a comma', () => {
    expect(orgs('On Monday, the leaders of NATO and the G7 met in Madrid.')).toEqual(['NATO', 'G7']);
    expect(orgs('Представители Газпрома и CNPC провели переговоры в Пекине.')).toEqual(['Газпром', 'CNPC']);
  });

  it('leaves out a body named right after a word of discussing', () => {
    expect(orgs('Putin and Xi discuss SCO expansion at Kremlin talks\nPresident Ivan Petrov met President Li Wei of China in Moscow on Monday.')).toEqual([]);
  });
});

describe('bodies after the meeting word', () => {
  it('leaves out a body in a phrase of time, purpose or topic after the parties', () => {
    expect(orgs('Министр энергетики Казахстана Нурлан Ахметов встретился с министром Саудовской Аравии Фейсалом Салехом накануне заседания ОПЕК.')).toEqual([]);
    expect(orgs('Министр иностранных дел Армении Ваган Саркисян встретился с послом Франции Жаном Моро в рамках подготовки к саммиту ЕС.')).toEqual([]);
    expect(orgs('Министр иностранных дел Армении Ваган Саркисян провел переговоры с послом Франции Жаном Моро по вопросам сотрудничества с ЕС.')).toEqual([]);
    expect(orgs('Prime Minister Ann Lee met President Tom Hale of Ghana ahead of the IMF board meeting.')).toEqual([]);
    expect(orgs('President Ivan Petrov held talks with President Li Wei of China on cooperation within the SCO.')).toEqual([]);
    expect(orgs('President Tom Hale held talks with Prime Minister Ann Lee of Canada in the Oval Office on Monday.')).toEqual([]);
  });

  it('keeps a party after "with", a delegation of it, or the meeting it takes part in', () => {
    expect(orgs('Премьер-министр Грузии Ираклий Кобахидзе встретился с делегацией Всемирного банка.')).toEqual(['Всемирный банк']);
    expect(orgs('Foreign Minister Ann Lee met a delegation of the International Monetary Fund in Accra.')).toEqual(['International Monetary Fund']);
    expect(orgs('Министр иностранных дел Армении Ваган Саркисян принял участие во встрече министров иностранных дел ОДКБ в Минске.')).toEqual(['ОДКБ']);
  });
});
