/** `03-ecs-fargate` → order 3, slug `ecs-fargate`. Returns null for names without a numeric prefix. */
export function parsePrefixedName(name: string): { order: number; slug: string } | null {
  const match = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(name);
  if (!match) return null;
  return { order: Number(match[1]), slug: match[2] as string };
}
