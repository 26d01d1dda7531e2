export const SITE_HEADERS: Record<string, string>;
export function policyFor(html: string): string;
export function withPolicy(html: string): string;
