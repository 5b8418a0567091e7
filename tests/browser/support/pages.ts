// Lists every page of the built site, as paths relative to its root ("/", "/chapters/x/").
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtPages(root = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') out.push('/' + relative(root, dir).split(sep).filter(Boolean).map((s) => s + '/').join(''));
    }
  };
  walk(root);
  return out.sort();
}
