import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from './csp.mjs';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script><script>var t=1;</script></head><body>${body}</body></html>`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy written into each page', () => {
  it('allows each inline script by its hash, and never eval or inline script in general', () => {
    const policy = policyFor(page('<script id="_R_">self.__next_f.push([1,"x"])</script><script type="application/json">{}</script>'));
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc.split(' ')).toEqual(
      expect.arrayContaining(["'self'", hash('var t=1;'), hash('self.__next_f.push([1,"x"])'), hash('{}')]),
    );
    expect(policy).not.toContain('unsafe-eval');
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(policy).not.toContain('frame-ancestors'); // ignored in a <meta>: sent as a header instead
  });

  it('sits before every script, and writing it again replaces it', () => {
    const once = withPolicy(page('<script>go()</script>'));
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(once.indexOf('<script'));
    const twice = withPolicy(once);
    expect(twice).toBe(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});
