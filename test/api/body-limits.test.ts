/**
 * Every route has a body limit suited to it, enforced while reading (platform/body-limit.ts): a
 * client cannot make the server buffer a 150 MB sign-in body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
});
afterAll(() => env.close());

/** A body of `total` bytes sent in 64 kB chunks without a Content-Length; counts what was read. */
function endlessBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= total) return controller.close();
      read.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { status: number; errors: { path: string }[] };
}

describe('body limits', () => {
  it('refuses a JSON body over the limit by its Content-Length, with 413 problem+json', async () => {
    const body = JSON.stringify({ email: 'a@b.be', password: 'x'.repeat(2 * 1024 * 1024) });
    const res = await env.app.request('/api/v1/auth/sign-in', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
    });
    expect(res.status).toBe(413);
    expect((await problem(res)).errors[0].path).toBe('body');
  });

  it('stops reading a chunked 150 MB body soon after the limit', async () => {
    const { stream, read } = endlessBody(150 * 1024 * 1024);
    const res = await env.app.request('/api/v1/auth/sign-in', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(read.bytes).toBeLessThan(1024 * 1024);
  });

  it('applies the same limit to the public forms and to anonymous endpoints', async () => {
    const { stream, read } = endlessBody(50 * 1024 * 1024);
    const res = await env.app.request('/api/v1/public/orgs/nobody/questions', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(read.bytes).toBeLessThan(1024 * 1024);
  });

  it('gives images and the CSV import their own, larger limits', async () => {
    const image = new Uint8Array(11 * 1024 * 1024);
    const photo = await env.app.request('/api/v1/me/media', {
      method: 'POST',
      body: image,
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'image/png' },
    });
    expect(photo.status).toBe(413);
    expect((await problem(photo)).status).toBe(413);
    // A 1 MB CSV is over the JSON limit but well within the import's: it gets as far as validation.
    const csv = 'employee_number;first_name;last_name\n' + 'x;'.repeat(512 * 1024);
    const imported = await env.app.request('/api/v1/people/import', {
      method: 'POST',
      body: csv,
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(422);
  });
});
