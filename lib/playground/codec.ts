/**
 * Share links: the scenario travels in the URL fragment (never sent to a server), as
 * `#s=<version>.<base64url(deflate-raw(JSON))>`, compressed with the browser's built-in
 * CompressionStream (no dependency). The version is the link format's; the scenario inside keeps
 * its own `version` and is validated with parseScenario when opened.
 */

import { MAX_SCENARIO_BYTES, size, tooLargeToShare } from './limits';

export const LINK_FORMAT = 1;
/**
 * The longest `s=` token a scenario within MAX_SCENARIO_BYTES can make: deflate never grows data
 * by more than 5 bytes per 64 KB stored block, and base64 adds a third. A longer token is refused
 * before it is decoded at all.
 */
export const MAX_TOKEN_CHARS = Math.ceil(((MAX_SCENARIO_BYTES + 5 * Math.ceil(MAX_SCENARIO_BYTES / 65535) + 64) * 4) / 3) + 8;
/**
 * Compressed input is fed to the decompressor this many bytes at a time, and the output read
 * before the next piece goes in: deflate expands a byte at most 1,032 times, so a hostile token
 * costs at most the limit plus about 1 MB before it is stopped, however large it would inflate.
 */
const INFLATE_CHUNK = 1024;

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  return readAll(stream.readable.getReader(), Infinity);
}

/** Inflates `bytes`, stopping as soon as the output passes `limit` (then throws "too large"). */
export async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const output = readAll(stream.readable.getReader(), limit);
  let stopped = false;
  output.catch(() => {
    stopped = true;
    void writer.abort().catch(() => undefined);
  });
  // A browser's decompressor inflates all of one write at once, ignoring backpressure; small writes
  // awaited one by one keep the reader in step, so it can stop the inflation at the limit.
  for (let at = 0; at < bytes.length && !stopped; at += INFLATE_CHUNK) {
    try {
      await writer.write(bytes.subarray(at, at + INFLATE_CHUNK) as Uint8Array<ArrayBuffer>);
    } catch {
      break;
    }
  }
  if (!stopped) void writer.close().catch(() => undefined);
  return output;
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

/** The `s=` value for a scenario (any size: see shareToken for the one the playground shares). */
export async function encodeScenario(scenario: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  return `${LINK_FORMAT}.${toBase64Url(await deflate(json))}`;
}

export type Shared = { ok: true; token: string } | { ok: false; message: string };

/** The `s=` value for a scenario, or why it cannot be shared: a link the playground makes, it can open. */
export async function shareToken(scenario: unknown): Promise<Shared> {
  const problem = tooLargeToShare(scenario);
  return problem ? { ok: false, message: problem } : { ok: true, token: await encodeScenario(scenario) };
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
  const tooLarge = `The link holds more than ${size(MAX_SCENARIO_BYTES)} of scenario, the most the playground opens (and the most it puts in a link).`;
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, message: tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = await inflateAtMost(fromBase64Url(token.slice(dot + 1)), MAX_SCENARIO_BYTES);
  } catch (e) {
    return {
      ok: false,
      message:
        (e as Error).message === 'too large'
          ? tooLarge
          : 'The link is damaged: its scenario data could not be decompressed (was it cut short when copied?).',
    };
  }
  try {
    return { ok: true, scenario: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, message: 'The link is damaged: its scenario is not valid JSON.' };
  }
}
