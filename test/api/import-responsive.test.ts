/**
 * A 20 MB CSV import must not keep the server from answering others: parsing and validation run in
 * slices (platform/slices.ts) between which other requests are served.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
});
afterAll(() => env.close());

function bigCsv(rows: number): string {
  const lines = ['employee_number;first_name;last_name;work_email;department;site;region;birthday;start_date'];
  // Row 2 is invalid, so the import stops after validation: what is measured is parsing and checking.
  lines.push('E-bad;Bad;Row;not-an-address;Ops;Gent;Vlaanderen;12/03/1980;01/09/2015');
  for (let i = 0; i < rows; i++)
    lines.push(
      `E${i};Hélène${i};Dubois-Van den Berghe;helene.${i}@example.be;Operations and Logistics;Gent;Vlaanderen;12/03/1980;01/09/2015`,
    );
  return lines.join('\r\n');
}

describe('a large import', () => {
  it('keeps answering other requests while it parses and validates 20 MB', async () => {
    const csv = bigCsv(170_000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(20 * 1024 * 1024);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    let finished = false;
    const importing = Promise.resolve(
      env.app.request('/api/v1/people/import', {
        method: 'POST',
        body: csv,
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'text/csv' },
      }),
    ).finally(() => (finished = true));
    let answeredMeanwhile = 0;
    while (!finished) {
      // Requests arrive through the event loop (a socket read), as from a browser.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const res = await env.app.request('/careers/embed-resize.js');
      if (res.status === 200 && !finished) answeredMeanwhile++;
    }
    lag.disable();
    const res = await importing;
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { row: number; column: string }[] };
    expect(body.errors).toEqual([expect.objectContaining({ row: 2, column: 'work_email' })]);
    // Served between the slices, not after the whole file.
    expect(answeredMeanwhile).toBeGreaterThan(20);
    console.log(
      `import of ${(csv.length / 1e6).toFixed(1)} MB: ${answeredMeanwhile} other requests answered meanwhile, longest event-loop stall ${(lag.max / 1e6).toFixed(0)} ms`,
    );
  });
});
