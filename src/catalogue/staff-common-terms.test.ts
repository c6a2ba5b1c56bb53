// Staff may set a domain's common terms in catalogue.json; without them the kiosk picks terms from the catalogue.
import { describe, expect, it } from 'vitest';
import { makeDoc, serviceFor } from './search-test-helpers.ts';

const domains = [{ key: 'poverty-disaster-relief', name: '扶贫救灾' }];
const documents = ['低保标准', '低保资金', '临时救助'].map((title, i) =>
  makeDoc(`d${i}`, {
    title,
    domain: 'poverty-disaster-relief',
    keywords: [title.slice(0, 2)],
    textPath: `text/${String(i).repeat(64)}.txt`,
  }),
);

describe("staff's common terms", () => {
  it('are shown instead of the picked ones when the package has them', async () => {
    const own = [{ domain: 'poverty-disaster-relief', terms: ['临时救助', '低保'] }];
    expect((await serviceFor(documents, [], domains, own)).service.commonTerms).toEqual(own);
    const picked = (await serviceFor(documents, [], domains)).service.commonTerms;
    expect(picked).not.toEqual(own);
  });
});
