export function auditVerdict(stdout: string): { status: 'ok' | 'fail' | 'unavailable'; lines: string[] };
