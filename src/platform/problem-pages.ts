/**
 * What a problem `type` (`/problems/<code>`) resolves to on this installation: a short page per
 * code, or JSON with `Accept: application/json`. `/problems` lists every code.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { HonoEnv } from './http.ts';
import { PROBLEM_CODES, PROBLEMS, type ProblemCode } from './problems.ts';

const describe = (code: ProblemCode) => {
  const p: { status: number; title: string; meaning: string; params?: readonly string[] } = PROBLEMS[code];
  return { code, type: `/problems/${code}`, status: p.status, title: p.title, meaning: p.meaning, params: p.params ?? [] };
};

const page = (title: string, body: ReturnType<typeof html>) =>
  html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>`;

const wantsJson = (accept: string | undefined) => /json/.test(accept ?? '') && !/text\/html/.test(accept ?? '');

export function problemRoutes() {
  const app = new Hono<HonoEnv>();
  app.get('/problems', (c) => {
    const all = PROBLEM_CODES.map(describe);
    if (wantsJson(c.req.header('accept'))) return c.json({ items: all });
    return c.html(
      page(
        'Embassy error codes',
        html`<h1>Embassy error codes</h1><ul>${all.map((p) => html`<li><a href="/problems/${p.code}"><code>${p.code}</code></a> (${p.status}): ${p.title}</li>`)}</ul>`,
      ),
    );
  });
  app.get('/problems/:code', (c) => {
    const code = c.req.param('code');
    if (!Object.hasOwn(PROBLEMS, code)) return c.notFound();
    const p = describe(code as ProblemCode);
    if (wantsJson(c.req.header('accept'))) return c.json(p);
    return c.html(
      page(
        p.title,
        html`<h1>${p.title}</h1><p><code>${p.code}</code>, HTTP ${p.status}</p><p>${p.meaning}</p>${p.params.length ? html`<p>Parameters: ${p.params.join(', ')}</p>` : ''}<p><a href="/problems">Every error code</a></p>`,
      ),
    );
  });
  return app;
}
