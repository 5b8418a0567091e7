// Share links carry code; every malformed or hostile variant must decode to a reason, never throw or hang.
import { describe, expect, it } from 'vitest';
import { sharedCodeProblemExamples } from '../../../tests/support/problem-examples.ts';
import { MAX_PAYLOAD, MAX_SHARED_CODE, decodeSharedCode, encodeSharedCode, fromBase64Url, toBase64Url } from './share-code.ts';

const SAMPLE = 'const w: number[] = [0.8, -0.4];\n// ünïcødé, emoji 🙂, RTL עברית\nconsole.log(w.map((x) => x * 2));\n';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

describe('share links: round trip', () => {
  it('gives back exactly the code, compressed and URL-safe', async () => {
    const payload = await encodeSharedCode(SAMPLE);
    expect(payload).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(await decodeSharedCode(payload)).toEqual({ ok: true, code: SAMPLE });
    const long = 'console.log(1);\n'.repeat(1000);
    const longPayload = await encodeSharedCode(long);
    expect(longPayload.length).toBeLessThan(long.length / 20);
    expect(await decodeSharedCode(longPayload)).toEqual({ ok: true, code: long });
    expect(await decodeSharedCode(await encodeSharedCode(''))).toEqual({ ok: true, code: '' });
  });

  it('base64url agrees with Node\'s encoder for every length mod 3', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
  });

  it('refuses to share code that is too long', async () => {
    await expect(encodeSharedCode('x'.repeat(MAX_SHARED_CODE + 1))).rejects.toMatchObject({ length: MAX_SHARED_CODE + 1, max: MAX_SHARED_CODE, compressed: false });
  });
});

describe('share links: malformed and hostile variants each give a reason', async () => {
  const good = await encodeSharedCode(SAMPLE);
  const bomb = '1' + toBase64Url(await deflate(new Uint8Array(5_000_000).fill(32)));
  const control = '1' + toBase64Url(await deflate(new TextEncoder().encode('ok\u0000bad')));
  const badUtf8 = '1' + toBase64Url(await deflate(Uint8Array.from([0x63, 0xff, 0xfe, 0x41])));
  const overlong = '1' + toBase64Url(await deflate(new TextEncoder().encode('y'.repeat(MAX_SHARED_CODE + 10))));
  const variants: Record<string, string> = {
    'empty': '',
    'version only': '1',
    'unknown version': '2' + good.slice(1),
    'no version': good.slice(1),
    'cut in half': good.slice(0, Math.floor(good.length / 2)),
    'cut by one character': good.slice(0, -1),
    'cut by two characters': good.slice(0, -2),
    'impossible base64 length': '1AAAAA',
    'standard base64 plus sign': good.slice(0, 5) + '+' + good.slice(6),
    'slash': good.slice(0, 5) + '/' + good.slice(6),
    'padding': good + '==',
    'percent escape left in': good.slice(0, 4) + '%41' + good.slice(4),
    'space': good.slice(0, 4) + ' ' + good.slice(4),
    'HTML': '1<script>alert(1)</script>',
    'JavaScript URL': 'javascript:alert(1)',
    'right-to-left override': '1\u202Eabc',
    'NUL byte': '1AB\u0000CD',
    'random base64 (not deflate)': '1' + toBase64Url(Uint8Array.from({ length: 40 }, (_, i) => (i * 151 + 7) & 255)),
    'one flipped character': good.slice(0, 8) + (good[8] === 'A' ? 'B' : 'A') + good.slice(9),
    'appended garbage': good + 'AAAA',
    'deflate bomb (5 MB of spaces)': bomb,
    'control characters in the code': control,
    'invalid UTF-8': badUtf8,
    'code over the length limit': overlong,
    'far too long': '1' + 'A'.repeat(MAX_PAYLOAD + 10),
    'emoji': '1🙂🙂🙂',
    'not a string': 42 as unknown as string,
  };

  for (const [name, payload] of Object.entries(variants)) {
    it(name, async () => {
      const result = await decodeSharedCode(payload);
      // A flipped character can, rarely, still inflate; then it must at least not give back the original.
      if (result.ok) {
        expect(['one flipped character', 'appended garbage']).toContain(name);
        expect(result.code).not.toBe(SAMPLE);
      } else {
        expect(sharedCodeProblemExamples().map((p) => p.kind)).toContain(result.problem.kind);
      }
    });
  }

  it(`covers at least 24 variants (${Object.keys(variants).length})`, () => {
    expect(Object.keys(variants).length).toBeGreaterThanOrEqual(24);
  });
});
