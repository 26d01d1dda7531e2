export const ALLOWED: { library: string; pattern: RegExp; why: string }[];
export function findEval(code: string): string[];
