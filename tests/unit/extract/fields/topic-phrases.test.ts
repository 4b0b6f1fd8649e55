import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const ru = (sentence: string) => extract({ text: `Вчера в Минске прошла встреча министров. ${sentence}`, language: 'ru' }).topics;
const en = (sentence: string) => extract({ text: `The ministers met in Oslo on Monday. ${sentence}`, language: 'en' }).topics;

describe('Extraction: topics as short noun phrases', () => {
  describe('in Russian', () => {
    it('puts each subject into the nominative and makes coordinated subjects two topics', () => {
      // Act
      const topics = ru('Стороны обсудили обстановку на Корейском полуострове и энергетическую безопасность региона.');

      // Assess
      expect(topics).toEqual(['обстановка на Корейском полуострове', 'энергетическая безопасность региона']);
    });

    it('keeps together what «и» joins inside one subject', () => {
      // Act
      const topics = ru('Министры обсудили развитие науки и образования.');

      // Assess
      expect(topics).toEqual(['развитие науки и образования']);
    });

    it('ends a subject where a relative clause or an attribution begins', () => {
      // Act
      const topics = [
        ...ru('Стороны обсудили строительство моста, которое начнётся весной.'),
        ...ru('Министры обсудили региональную безопасность, сообщает пресс-служба ведомства.'),
      ];

      // Assess
      expect(topics).toEqual(['строительство моста', 'региональная безопасность']);
    });

    it('leaves out how the sides spoke, and a verb after «и»', () => {
      // Act
      const topics = ru('Министры обсудили по телефону поставки зерна и договорились о новой встрече.');

      // Assess
      expect(topics).toEqual(['поставки зерна']);
    });

    it('lists comma-separated objects as topics, not the items of a complement', () => {
      // Act
      const objects = ru('Стороны обсудили туристические обмены, прямое авиасообщение.');
      const items = ru('Стороны обсудили поставки нефти, газа и угля.');

      // Assess
      expect(objects).toEqual(['туристические обмены', 'прямое авиасообщение']);
      expect(items).toEqual(['поставки нефти, газа и угля']);
    });

    it('cuts a long subject before a preposition, to at most six words', () => {
      // Act
      const topics = ru('Делегации обсудили ход реализации соглашения о строительстве газопровода через территорию Монголии.');

      // Assess
      expect(topics).toEqual(['ход реализации соглашения о строительстве газопровода']);
    });
  });

  describe('in English', () => {
    it('drops the article and splits subjects joined by "and the"', () => {
      // Act
      const topics = en('They discussed the situation in the Horn of Africa and the reconstruction of the port.');

      // Assess
      expect(topics).toEqual(['situation in the Horn of Africa', 'reconstruction of the port']);
    });

    it('keeps together what "and" joins inside one subject', () => {
      // Act
      const topics = en('They discussed the border between Chile and Peru.');

      // Assess
      expect(topics).toEqual(['border between Chile and Peru']);
    });

    it('splits a comma list of subjects, but not the items of a complement', () => {
      // Act
      const subjects = en('They discussed fisheries, coastal tourism and the protection of coral reefs.');
      const items = en('They discussed cooperation in farming, forestry and mining.');

      // Assess
      expect(subjects).toEqual(['fisheries', 'coastal tourism', 'protection of coral reefs']);
      expect(items).toEqual(['cooperation in farming, forestry and mining']);
    });

    it('ends the subjects at an attribution, an example list or a new verb', () => {
      // Act
      const topics = [
        ...en('They discussed the new rail link, the foreign ministry said.'),
        ...en('They discussed regional security, including the situation in the Sahel.'),
        ...en('They discussed ways to expand trade and agreed to meet again.'),
      ];

      // Assess
      expect(topics).toEqual(['new rail link', 'regional security', 'ways to expand trade']);
    });

    it('reads through the full stops of an abbreviation', () => {
      // Act
      const topics = en('They discussed U.S. support for the harbour project.');

      // Assess
      expect(topics).toEqual(['U.S. support for the harbour project']);
    });

    it('drops a piece that says with whom or when, not what', () => {
      // Act
      const topics = en('He discussed the matter with Ms Alvarez when she visited the capital.');

      // Assess
      expect(topics).toEqual(['matter']);
    });
  });
});
