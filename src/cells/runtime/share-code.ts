// A cell's code in a link: UTF-8, deflate-raw (CompressionStream), base64url, behind a one-character format
// version: "1" + base64url. A link is untrusted text, so decoding checks everything and never throws: the
// alphabet, the length before and after inflating (a small link must not inflate into gigabytes), broken
// or truncated deflate data, invalid UTF-8, and control characters. Works in browsers and in Node ≥ 18.

/** Longest code a link carries (characters). Longer code cannot be shared by link. */
export const MAX_SHARED_CODE = 20_000;
/** Longest encoded text accepted; links over ~16 K characters break in mail and chat programs. */
export const MAX_PAYLOAD = 16_000;
const VERSION = '1';

/**
 * Why a link's code could not be used, as a code and numbers: the page words it in its language
 * (`codeCell.linkProblem`). Kinds are named apart from the URL state's `ValueProblem` kinds.
 */
export type SharedCodeProblem =
  | { kind: 'no-code' }
  | { kind: 'payload-too-long'; length: number; max: number }
  | { kind: 'other-version' }
  | { kind: 'bad-characters' }
  | { kind: 'impossible-length' }
  | { kind: 'unpacks-too-long'; max: number }
  | { kind: 'does-not-unpack' }
  | { kind: 'not-text' }
  | { kind: 'control-characters' };
export type SharedCodeProblemKind = SharedCodeProblem['kind'];

export type Decoded = { ok: true; code: string } | { ok: false; problem: SharedCodeProblem };

/** Code too long for a link: `length` and `max` in characters, or `compressed` when only the compressed link is too long. */
export class CodeTooLongToShare extends RangeError {
  constructor(readonly length: number, readonly max: number, readonly compressed: boolean) {
    // The message is for logs and tests; the page words the refusal with `codeCell.linkTooLong`.
    super(compressed ? 'The code is too long to share by link, even compressed.' : `The code is too long to share by link (${length} characters; at most ${max}).`);
  }
}

export async function encodeSharedCode(code: string): Promise<string> {
  if (code.length > MAX_SHARED_CODE) throw new CodeTooLongToShare(code.length, MAX_SHARED_CODE, false);
  const packed = await pipe(new TextEncoder().encode(code), new CompressionStream('deflate-raw'), Infinity);
  const payload = VERSION + toBase64Url(packed);
  if (payload.length > MAX_PAYLOAD) throw new CodeTooLongToShare(code.length, MAX_SHARED_CODE, true);
  return payload;
}

export async function decodeSharedCode(payload: string): Promise<Decoded> {
  if (typeof payload !== 'string' || payload.length === 0) return bad({ kind: 'no-code' });
  if (payload.length > MAX_PAYLOAD) return bad({ kind: 'payload-too-long', length: payload.length, max: MAX_PAYLOAD });
  if (payload[0] !== VERSION) return bad({ kind: 'other-version' });
  const body = payload.slice(1);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return bad({ kind: 'bad-characters' });
  const bytes = fromBase64Url(body);
  if (!bytes) return bad({ kind: 'impossible-length' });
  // UTF-8 takes at most 3 bytes per UTF-16 character.
  const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_SHARED_CODE * 3).catch((e: unknown) =>
    e instanceof RangeError ? 'too long' : null);
  if (inflated === 'too long') return bad({ kind: 'unpacks-too-long', max: MAX_SHARED_CODE });
  if (inflated === null) return bad({ kind: 'does-not-unpack' });
  let code: string;
  try {
    code = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return bad({ kind: 'not-text' });
  }
  if (code.length > MAX_SHARED_CODE) return bad({ kind: 'unpacks-too-long', max: MAX_SHARED_CODE });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(code)) return bad({ kind: 'control-characters' });
  return { ok: true, code };
}

const bad = (problem: SharedCodeProblem): Decoded => ({ ok: false, problem });

/** Streams bytes through a (de)compressor; rejects with RangeError past `maxBytes` of output. */
export async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, maxBytes: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises are only observed to avoid unhandled rejections.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new RangeError('output too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Inverse of toBase64Url (no padding); null for a length no encoder produces. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0, value = 0, at = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 255;
    }
  }
  return bytes;
}
