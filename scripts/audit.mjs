// `npm audit --omit=dev` as a gate: fails on a high or critical advisory in a production dependency,
// but not when the registry cannot be asked (offline, or a registry or mirror without the audit
// endpoint, which answers 405): then it says so and passes, and the advisories must be checked by hand
// (README "Security"). `node scripts/audit.mjs`; part of `npm test`.
import { spawnSync } from 'node:child_process';

const BLOCKING = ['high', 'critical'];

/**
 * What `npm audit --json` printed, judged: 'fail' with one line per high/critical package, 'ok', or
 * 'unavailable' with the registry's reason when no report came back.
 */
export function auditVerdict(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: 'unavailable', lines: [`npm audit printed no JSON report: ${stdout.trim().slice(0, 200) || '(nothing)'}`] };
  }
  if (!report.metadata?.vulnerabilities) {
    const reason = report.error?.summary || report.message || report.error?.code || 'no report';
    return { status: 'unavailable', lines: [`the registry gave no audit report: ${reason}`] };
  }
  const lines = Object.values(report.vulnerabilities ?? {})
    .filter((v) => BLOCKING.includes(v.severity))
    .map((v) => {
      const advisories = (v.via ?? []).filter((via) => typeof via === 'object').map((via) => `${via.title} ${via.url ?? ''}`.trim());
      const through = (v.via ?? []).filter((via) => typeof via === 'string');
      return `${v.severity}: ${v.name} ${v.range ?? ''} — ${advisories.join('; ') || `through ${through.join(', ')}`}${v.fixAvailable ? ' (fix available)' : ''}`;
    });
  const counts = report.metadata.vulnerabilities;
  const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
  return lines.length ? { status: 'fail', lines: [summary, ...lines] } : { status: 'ok', lines: [summary] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const { status, lines } = auditVerdict(run.stdout ?? '');
  if (status === 'fail') {
    console.error(`npm audit --omit=dev: high or critical advisories in production dependencies\n${lines.join('\n')}`);
    process.exit(1);
  }
  if (status === 'unavailable')
    console.warn(`npm audit --omit=dev could not run (${lines[0]}); not failing. Check the production dependencies' advisories by hand.`);
  else console.log(`npm audit --omit=dev: no high or critical advisory (${lines[0]})`);
}
