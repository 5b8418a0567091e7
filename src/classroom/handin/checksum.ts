// The hand-in's checksum: SHA-256 over a canonical JSON text of everything but the checksum (keys sorted at
// every level, so the order a program writes them in does not matter). It shows that a file was changed
// after the course wrote it, as a classroom needs: it is no security, since anyone who reads this open
// source can recompute it for a file they edited. The pages say so.

/** JSON with object keys sorted at every level; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** "sha256:<64 hex digits>" over the hand-in without its `checksum` field. */
export async function handInChecksum(handIn: object): Promise<string> {
  const { checksum: _ignored, ...rest } = handIn as { checksum?: unknown };
  return `sha256:${await sha256Hex(canonicalJson(rest))}`;
}
