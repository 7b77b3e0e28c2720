import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_GROUPS, actionLabel } from './audit.labels.ts';

/** Every `action: '...'` the code writes (literal ones; the branding's `branding.${kind}` are listed by hand). */
function writtenActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
        for (const line of fs.readFileSync(p, 'utf8').split('\n'))
          if (/\baction:/.test(line)) for (const m of line.matchAll(/'([a-z_]+\.[a-z_.]+)'/g)) found.add(m[1]);
    }
  };
  walk(path.resolve(import.meta.dirname, '../..'));
  return [...found].sort();
}

describe('audit action names', () => {
  it('names every action the code records, in nl, fr and en', () => {
    const actions = writtenActions();
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.filter((a) => !Object.hasOwn(AUDIT_ACTIONS, a))).toEqual([]);
    for (const [a, l] of Object.entries({ ...AUDIT_ACTIONS, ...AUDIT_GROUPS }))
      for (const lang of ['nl', 'fr', 'en'] as const) expect(l[lang].trim(), `${a} ${lang}`).not.toBe('');
  });

  it('shows an action it does not know as its code', () => {
    expect(actionLabel('users.update', 'fr')).toBe('Utilisateur modifié');
    expect(actionLabel('something.new', 'nl')).toBe('something.new');
  });
});
