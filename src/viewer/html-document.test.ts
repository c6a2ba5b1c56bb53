// The frame's policy must come before any of the document's own markup, or a <meta> or <img> in it could act first.
import { describe, expect, it } from 'vitest';
import { htmlForFrame } from './html-document.ts';

describe('htmlForFrame', () => {
  it('puts the content security policy ahead of the document and blocks outside loads', () => {
    const html = htmlForFrame('<img src="https://evil.example/x.png"><p>正文</p>');
    const policyAt = html.indexOf('Content-Security-Policy');
    expect(policyAt).toBeGreaterThan(0);
    expect(policyAt).toBeLessThan(html.indexOf('evil.example'));
    expect(html).toMatch(/default-src 'none'/);
    expect(html).toMatch(/script-src 'none'/);
    expect(html).toMatch(/form-action 'none'/);
    expect(html).toContain('<p>正文</p>');
  });
});
