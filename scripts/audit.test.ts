import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit.mjs';

/** npm audit's JSON report (auditReportVersion 2) with the given packages. */
const report = (vulnerabilities: Record<string, object>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 } as Record<string, number>;
  for (const v of Object.values(vulnerabilities) as { severity: string }[]) counts[v.severity] = (counts[v.severity] ?? 0) + 1;
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });
};

describe('the npm audit gate', () => {
  it('fails on a high or critical advisory, naming the package and the advisory', () => {
    const verdict = auditVerdict(
      report({
        lodash: {
          name: 'lodash',
          severity: 'high',
          range: '<4.17.21',
          via: [{ title: 'Command Injection in lodash', url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm' }],
          fixAvailable: true,
        },
        'some-wrapper': { name: 'some-wrapper', severity: 'critical', range: '1.x', via: ['lodash'], fixAvailable: false },
      }),
    );
    expect(verdict.status).toBe('fail');
    expect(verdict.lines.join('\n')).toContain(
      'high: lodash <4.17.21 — Command Injection in lodash https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
    );
    expect(verdict.lines.join('\n')).toContain('critical: some-wrapper 1.x — through lodash');
  });

  it('passes with only moderate or low advisories, and with none', () => {
    expect(
      auditVerdict(report({ a: { name: 'a', severity: 'moderate', via: [] }, b: { name: 'b', severity: 'low', via: [] } })).status,
    ).toBe('ok');
    expect(auditVerdict(report({}))).toEqual({ status: 'ok', lines: ['0 critical, 0 high, 0 moderate, 0 low'] });
  });

  it('says the audit could not run when the registry refuses it or is unreachable, rather than passing silently', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toEqual({
      status: 'unavailable',
      lines: [
        'the registry gave no audit report: 405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      ],
    });
    expect(
      auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.example failed' } })).status,
    ).toBe('unavailable');
    expect(auditVerdict('').status).toBe('unavailable');
  });
});
