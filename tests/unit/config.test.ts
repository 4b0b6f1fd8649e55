// The Lambda functions' environment, read without a schema library (it loads on every cold start).

import { describe, expect, it } from 'vitest';
import { readConfig, required } from '../../functions/aws/config.ts';
import { ENV } from '../../functions/aws/resources.ts';

describe('readConfig', () => {
  it('reads the variables a function is given and trims the trailing slash of SITE_URL', () => {
    const config = readConfig({
      [ENV.tableName]: 'meetings',
      [ENV.siteBucket]: 'site',
      [ENV.siteUrl]: 'https://feeds.example.org//',
      S3_ENDPOINT: 'http://127.0.0.1:4569',
    });
    expect(config).toEqual({
      tableName: 'meetings',
      rawBucket: undefined,
      siteBucket: 'site',
      publishQueueUrl: undefined,
      siteUrl: 'https://feeds.example.org',
      websubHubUrl: undefined,
      siteLanguage: undefined,
      dynamodbEndpoint: undefined,
      s3Endpoint: 'http://127.0.0.1:4569',
      extractionBudgetMs: undefined,
    });
  });

  it('reads the site pages\' optional language as a lower-case language code', () => {
    expect(readConfig({ [ENV.tableName]: 'meetings', [ENV.siteLanguage]: 'ru' }).siteLanguage).toBe('ru');
    for (const wrong of ['RU', 'ru-RU', 'russian', '']) {
      expect(() => readConfig({ [ENV.tableName]: 'meetings', [ENV.siteLanguage]: wrong })).toThrow(`Missing or invalid environment variables: ${ENV.siteLanguage}.`);
    }
  });

  it('reads normalise\'s optional extraction budget as a whole number of milliseconds above 0', () => {
    expect(readConfig({ [ENV.tableName]: 'meetings', [ENV.extractionBudgetMs]: '2500' }).extractionBudgetMs).toBe(2500);
    for (const wrong of ['0', '-1', '1.5', 'soon', '']) {
      expect(() => readConfig({ [ENV.tableName]: 'meetings', [ENV.extractionBudgetMs]: wrong })).toThrow(`Missing or invalid environment variables: ${ENV.extractionBudgetMs}.`);
    }
  });

  it('stops at cold start, naming every missing or invalid variable', () => {
    expect(() => readConfig({})).toThrow(`Missing or invalid environment variables: ${ENV.tableName}.`);
    expect(() => readConfig({ [ENV.tableName]: 'meetings', [ENV.siteUrl]: 'not a url', [ENV.rawBucket]: '' })).toThrow(
      `Missing or invalid environment variables: ${ENV.rawBucket}, ${ENV.siteUrl}.`,
    );
  });

  it('insists on a setting only the function that needs it asks for', () => {
    expect(required('x', ENV.rawBucket)).toBe('x');
    expect(() => required(undefined, ENV.rawBucket)).toThrow(`Missing environment variable ${ENV.rawBucket}.`);
  });
});
