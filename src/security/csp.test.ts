import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerRules, headersFile, headersFor, inlineScripts, parseHeadersFile, scriptHash, withPolicyMeta } from './csp.ts';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>
<script>try { a() } catch {}</script><script type="module" src="/_astro/x.js"></script>
</head><body><script type="module">import "/_astro/y.js";</script><SCRIPT>
b()
</SCRIPT></body></html>`;

describe('Content-Security-Policy from the built pages', () => {
  it('finds every inline script, and only those', () => {
    expect(inlineScripts(page)).toEqual(['try { a() } catch {}', 'import "/_astro/y.js";', '\nb()\n']);
  });

  it('hashes a script as browsers do: SHA-256 of its exact text, base64', () => {
    // Computed independently of scriptHash: what Chromium's console suggests for the same text.
    const expected = createHash('sha256').update('try { a() } catch {}').digest('base64');
    expect(scriptHash('try { a() } catch {}')).toBe(`'sha256-${expected}'`);
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('is strict: own origin, WebAssembly but no eval, hashed inline scripts, no plugins, no foreign base', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], delivery: 'meta' });
    expect(policy).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; " +
      "img-src 'self' data:; font-src 'self' data:; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|\*|blob:/);
    // frame-ancestors only in the header: in a <meta> browsers ignore it and log an error.
    expect(contentSecurityPolicy({ scriptHashes: [], delivery: 'header' })).toMatch(/; frame-ancestors 'self'$/);
  });

  it('puts the policy first in <head>, right after the charset', () => {
    const out = withPolicyMeta(page, "default-src 'self'");
    expect(out).toContain(`<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(() => withPolicyMeta(out, 'x')).toThrow(/already/);
    expect(withPolicyMeta('<html><head></head></html>', 'a "b"')).toBe('<html><head><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot;"></head></html>');
  });

  it('sends the policy with every page and Worker script; only the code cells\' Worker may evaluate code', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-a'"], delivery: 'header' });
    const rules = headerRules({ policy, pagePaths: ['/', '/chapters/x/'], workerPaths: ['/sw.js', '/_astro/engine.worker-Ab1.js', '/_astro/cell.worker-Cd2.js'] });
    const text = headersFile(rules);
    expect(parseHeadersFile(text)).toEqual(rules);
    const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'];
    for (const path of ['/', '/index.html', '/chapters/x/', '/chapters/x/index.html', '/sw.js', '/_astro/engine.worker-Ab1.js']) expect(csp(path), path).toBe(policy);
    expect(csp('/_astro/cell.worker-Cd2.js')).toBe(policy.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"));
    expect(csp('/_astro/chunk.js')).toBeUndefined(); // a script file is not a document: a policy there means nothing
    expect(headersFor(rules, '/_astro/chunk.js')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    // At most one rule gives any path a policy: hosts apply every matching rule, and two policies both bind.
    for (const path of ['/', '/chapters/x/', '/sw.js', '/_astro/cell.worker-Cd2.js']) {
      expect(rules.filter((r) => r.headers['Content-Security-Policy'] && headersFor([r], path)['Content-Security-Policy'])).toHaveLength(1);
    }
  });
});
