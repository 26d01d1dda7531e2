/**
 * Share links: the scenario travels in the URL fragment (never sent to a server), as
 * `#s=<version>.<base64url(deflate-raw(JSON))>`, compressed with the browser's built-in
 * CompressionStream (no dependency). The version is the link format's; the scenario inside keeps
 * its own `version` and is validated with parseScenario when opened.
 */

export const LINK_FORMAT = 1;
/** A decoded link larger than this is refused (a small scenario is a few KB). */
const MAX_JSON_BYTES = 256 * 1024;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The `s=` value for a scenario. */
export async function encodeScenario(scenario: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  return `${LINK_FORMAT}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

export type Decoded = { ok: true; scenario: unknown } | { ok: false; message: string };

/** Reads an `s=` value back; never throws — every failure is a sentence a learner can act on. */
export async function decodeScenario(token: string): Promise<Decoded> {
  const dot = token.indexOf('.');
  const version = dot > 0 ? token.slice(0, dot) : '';
  if (!/^\d+$/.test(version)) return { ok: false, message: 'The link is not a playground scenario link (it has no format version).' };
  if (Number(version) !== LINK_FORMAT) {
    return {
      ok: false,
      message:
        Number(version) > LINK_FORMAT
          ? `The link was made by a newer version of the playground (link format ${version}; this page reads format ${LINK_FORMAT}).`
          : `The link uses an old format (${version}) that this playground no longer reads (it reads format ${LINK_FORMAT}).`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(token.slice(dot + 1)), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch (e) {
    return {
      ok: false,
      message:
        (e as Error).message === 'too large'
          ? 'The link holds more than 256 KB of scenario, which is more than any scenario needs.'
          : 'The link is damaged: its scenario data could not be decompressed (was it cut short when copied?).',
    };
  }
  try {
    return { ok: true, scenario: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, message: 'The link is damaged: its scenario is not valid JSON.' };
  }
}
