// catalogue.json may carry staff's own common terms: a few short words for a domain the package has.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../catalogue/search-test-helpers.ts';
import { ImportError } from './import-error.ts';
import { catalogueSchema, parseJson } from './package-schema.ts';

const domains = [{ key: 'poverty-disaster-relief', name: '扶贫救灾' }];
const documents = [makeDoc('d0', { textPath: `text/${'0'.repeat(64)}.txt` })];

describe('catalogue commonTerms', () => {
  it('must name a domain of the package, with 1 to 12 short terms', () => {
    const catalogue = (commonTerms: unknown) => JSON.stringify({ domains, documents, commonTerms });
    expect(() =>
      parseJson(catalogueSchema, catalogue([{ domain: 'other', terms: ['低保'] }]), 'catalogue.json'),
    ).not.toThrow();
    for (const bad of [
      [{ domain: 'mars', terms: ['低保'] }],
      [{ domain: 'other', terms: [] }],
      [{ domain: 'other', terms: [''] }],
      [{ domain: 'other', terms: ['低保'.repeat(11)] }],
    ]) {
      const refused = (() => {
        try {
          parseJson(catalogueSchema, catalogue(bad), 'catalogue.json');
        } catch (e) {
          return e;
        }
      })();
      expect(refused, JSON.stringify(bad)).toBeInstanceOf(ImportError);
      expect((refused as ImportError).failure.code).toBe('schema');
    }
  });
});
