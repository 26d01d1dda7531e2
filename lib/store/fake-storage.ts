/**
 * An in-memory Storage, standing in for localStorage in tests. With `quota` (characters of keys and
 * values together) a write that would go over it throws QuotaExceededError, as a full browser does.
 */
export function fakeStorage(initial: Record<string, string> = {}, { quota = Infinity }: { quota?: number } = {}): Storage {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => {
      data.delete(k);
    },
    setItem: (k, v) => {
      const value = String(v);
      if (used() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + value.length > quota) {
        throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
      }
      data.set(k, value);
    },
  };
}
