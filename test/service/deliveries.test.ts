/**
 * The delivery worker's claim, sends and outcome writes (deliveries.ts, deliveries.claim.ts): sends
 * run `concurrency` at a time, outcomes are written a group per statement, a sender never has more
 * than one mail sent and not yet recorded, several claims in a row overlap (the next is read while
 * the last rows of the current go out), an aged lease is extended for the whole batch before the
 * next send, and a row another worker took over is never sent again by the first.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { enqueueMails, retryDelaySeconds, sendDueMail, writeRetry, type MailToSend, type MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-01-05T08:00:00Z' });
});
afterAll(() => env.close());
beforeEach(async () => {
  env.clock.set('2026-01-05T08:00:00Z');
  await env.ctx.db.query('delete from deliveries');
});

/** `n` people starting today and a journey that welcomes them: `n` deliveries, due now. */
async function dueDeliveries(n: number): Promise<string> {
  const orgId = (await makeOrg(env.ctx)).id;
  const admin = await makeUser(env.ctx, orgId, 'admin');
  const people = Array.from({ length: n }, (_, i) => ({
    number: `D${i}`,
    first: 'Person',
    last: `Number${i}`,
    email: `p${i}@${orgId.slice(0, 8)}.test`,
    start: '2026-01-05',
  }));
  await importPeople(env.app, admin.token, people);
  const journey = await client(env.app, admin.token).post('/api/v1/journeys', { name: 'Welcome', active: true });
  const step = await client(env.app, admin.token).post(`/api/v1/journeys/${journey.body.id}/steps`, {
    name: 'Welcome',
    kind: 'message',
    recipient: 'person',
    anchor: 'start_date',
    offsetDays: 0,
    offsetUnit: 'calendar',
    templates: { en: { subject: 'Welcome {{firstName}}', body: 'Hello {{fullName}}' } },
  });
  expect(step.status, step.text).toBe(201);
  expect((await sweep(env.ctx, orgId, '2026-01-05')).created).toBe(n);
  await env.ctx.db.query(`update deliveries set next_attempt_at = $2 where org_id = $1`, [
    orgId,
    new Date(env.clock.now().getTime() - 1000),
  ]);
  return orgId;
}

/** A transport whose sends wait until released; counts what is in flight. */
function heldTransport(onStart: (m: MailToSend) => void | Promise<void> = () => {}) {
  const sent: MailToSend[] = [];
  const waiting: (() => void)[] = [];
  const state = { inFlight: 0, maxInFlight: 0 };
  const t: MailTransport = {
    name: 'test',
    async send(m) {
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      await onStart(m);
      await new Promise<void>((r) => waiting.push(r));
      sent.push(m);
      state.inFlight--;
    },
  };
  return { t, sent, waiting, state };
}

/**
 * Runs `work`, releasing the held sends `together` at a time (or whatever waits once nothing more
 * comes for half a second).
 */
async function driving<T>(held: ReturnType<typeof heldTransport>, work: Promise<T>, together = 1): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  // A group smaller than `together` is released once nothing more has come for a while: measured in
  // real time, not in turns, so a slow database round trip on a busy machine does not split a group.
  let lastChange = performance.now();
  let seen = 0;
  while (!done) {
    await new Promise((r) => setImmediate(r));
    const waiting = held.waiting.length;
    if (waiting !== seen) [seen, lastChange] = [waiting, performance.now()];
    if (waiting >= together || (waiting > 0 && performance.now() - lastChange > 500)) {
      for (const r of held.waiting.splice(0)) r();
      seen = 0;
    }
  }
  return result;
}

/** The Db with its outcome statements counted, and the number of mails they recorded. */
function countingDb(db: Db) {
  const counts = { outcomeStatements: 0, recorded: 0, leaseExtensions: 0 };
  const wrapped: Db = {
    ...db,
    engine: db.engine,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const rows = await db.query<T>(sql, params);
      if (sql.includes('insert into delivery_attempts')) {
        counts.outcomeStatements++;
        counts.recorded += (JSON.parse(params![0] as string) as unknown[]).length;
      }
      if (sql.includes('set locked_until = $3 where id = any')) counts.leaseExtensions++;
      return rows;
    },
  };
  return { db: wrapped, counts };
}

describe('the delivery worker', () => {
  it('sends `concurrency` at a time, writes outcomes a group per statement, and never has more sent-but-unrecorded mails than senders', async () => {
    const orgId = await dueDeliveries(24);
    const { db, counts } = countingDb(env.ctx.db);
    let windowPeak = 0;
    const held = heldTransport(() => {
      // At each send: the mails in flight and those sent but not yet written never exceed the senders.
      windowPeak = Math.max(windowPeak, held.state.inFlight + held.sent.length - counts.recorded);
    });
    const claimed = await driving(held, sendDueDeliveries({ ...env.ctx, db }, held.t, { batch: 24, concurrency: 4 }), 4);
    expect(claimed).toBe(24);
    expect(held.sent).toHaveLength(24);
    expect(new Set(held.sent.map((m) => m.messageId)).size).toBe(24);
    expect(held.state.maxInFlight).toBe(4);
    expect(windowPeak).toBeLessThanOrEqual(4);
    expect(counts.recorded).toBe(24);
    expect(counts.outcomeStatements).toBeLessThan(24);
    expect(counts.leaseExtensions).toBe(0); // the fake clock did not move: the claim is young
    const rows = await env.ctx.db.query<{ status: string; subject: string; to_addresses: string[]; n: number; outcome: string }>(
      `select d.status, d.subject, d.to_addresses, count(a.id)::int as n, min(a.outcome) as outcome
         from deliveries d left join delivery_attempts a on a.delivery_id = d.id and a.attempt = 1
        where d.org_id = $1 group by d.id`,
      [orgId],
    );
    expect(rows).toHaveLength(24);
    for (const r of rows) expect(r).toMatchObject({ status: 'sent', subject: 'Welcome Person', n: 1, outcome: 'sent' });
    expect(rows.every((r) => r.to_addresses.length === 1)).toBe(true);
    expect(await sendDueDeliveries(env.ctx, held.t)).toBe(0);
  });

  it('takes several claims in a row: the next one before the last rows of the current go out, none after a short one', async () => {
    await dueDeliveries(24);
    const { db, counts } = countingDb(env.ctx.db);
    const events: string[] = [];
    const logged: Db = {
      ...db,
      engine: db.engine,
      query<T>(sql: string, params?: readonly unknown[]) {
        if (sql.includes("set status = 'sending'")) events.push('claim');
        return db.query<T>(sql, params);
      },
    };
    let windowPeak = 0;
    const held = heldTransport((m) => {
      events.push(`send ${m.to}`);
      windowPeak = Math.max(windowPeak, held.state.inFlight + held.sent.length - counts.recorded);
    });
    // Claims of 10: 10, 10 and a short one of 4, which ends the run although two more were allowed.
    const claimed = await driving(
      held,
      sendDueDeliveries({ ...env.ctx, db: logged }, held.t, { batch: 10, concurrency: 4, batches: 5 }),
      4,
    );
    expect(claimed).toBe(24);
    expect(events.filter((e) => e === 'claim')).toHaveLength(3);
    expect(held.sent).toHaveLength(24);
    expect(new Set(held.sent.map((m) => m.messageId)).size).toBe(24);
    expect(held.state.maxInFlight).toBe(4);
    expect(windowPeak).toBeLessThanOrEqual(4);
    // Each following claim was taken before the last row of the one before it was sent.
    const sends = events.map((e, i) => [e, i] as const).filter(([e]) => e.startsWith('send'));
    const claims = events.map((e, i) => [e, i] as const).filter(([e]) => e === 'claim');
    expect(claims[1][1]).toBeLessThan(sends[9][1]);
    expect(claims[2][1]).toBeLessThan(sends[19][1]);
    const [row] = await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from deliveries where status = 'sent'`);
    expect(row.n).toBe(24);
    expect(await sendDueDeliveries(env.ctx, held.t, { batches: 5 })).toBe(0);
  });

  it('takes no further claim once its signal is aborted (a worker stopping), and sends the current claim to its end', async () => {
    await dueDeliveries(24);
    const stopping = new AbortController();
    const sent: string[] = [];
    const t: MailTransport = {
      name: 'test',
      async send(m) {
        // The stop arrives with the first send: the claim in hand goes out, no next one is read (a
        // claim already read would go out too: its rows are this worker's).
        stopping.abort();
        sent.push(m.to);
      },
    };
    // One sender: the next claim would be read when 8 rows are left to start, after the stop.
    expect(await sendDueDeliveries(env.ctx, t, { batch: 10, concurrency: 1, batches: 5, signal: stopping.signal })).toBe(10);
    expect(sent).toHaveLength(10);
    const [row] = await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from deliveries where status = 'pending'`);
    expect(row.n).toBe(14);
  });

  it('records a failed send as an error with its retry, and the others of its group as sent', async () => {
    const orgId = await dueDeliveries(6);
    const sent: string[] = [];
    const t: MailTransport = {
      name: 'test',
      async send(m) {
        if (m.to.startsWith('p3@')) throw new Error('SMTP 451 try later');
        sent.push(m.to);
      },
    };
    expect(await sendDueDeliveries(env.ctx, t, { concurrency: 3 })).toBe(6);
    expect(sent).toHaveLength(5);
    const rows = await env.ctx.db.query<{ to: string; status: string; last_error: string | null; next_attempt_at: Date; outcome: string }>(
      `select p.work_email as to, d.status, d.last_error, d.next_attempt_at, a.outcome
         from deliveries d join people p on p.id = d.person_id join delivery_attempts a on a.delivery_id = d.id
        where d.org_id = $1 order by p.work_email`,
      [orgId],
    );
    const failed = rows.find((r) => r.to.startsWith('p3@'))!;
    expect(failed).toMatchObject({ status: 'pending', last_error: 'SMTP 451 try later', outcome: 'error' });
    expect(failed.next_attempt_at.getTime()).toBe(env.clock.now().getTime() + retryDelaySeconds(1) * 1000);
    expect(rows.filter((r) => r !== failed).every((r) => r.status === 'sent' && r.outcome === 'sent' && r.last_error === null)).toBe(true);
  });

  it('extends an aged lease for the whole batch in one statement, so a second worker takes nothing over', async () => {
    await dueDeliveries(5);
    const { db, counts } = countingDb(env.ctx.db);
    const other: MailToSend[] = [];
    const otherTransport: MailTransport = { name: 'other', send: async (m) => void other.push(m) };
    const taken: number[] = [];
    // Each send takes 30 s of a 50 s claim: without extensions the third would find its lease expired.
    const held = heldTransport(async () => {
      env.clock.advance(30_000);
      taken.push(await sendDueDeliveries(env.ctx, otherTransport));
    });
    await driving(held, sendDueDeliveries({ ...env.ctx, db }, held.t, { batch: 5, concurrency: 1, claimSeconds: 50 }));
    expect(held.sent).toHaveLength(5);
    expect(taken).toEqual([0, 0, 0, 0, 0]);
    expect(other).toHaveLength(0);
    expect(counts.leaseExtensions).toBe(4); // before sends 2 to 5, each with the lease 30 s old
    const [row] = await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from deliveries where status = 'sent'`);
    expect(row.n).toBe(5);
  });

  it('never sends a row that another worker took over once its lease expired', async () => {
    await dueDeliveries(5);
    const other: MailToSend[] = [];
    const otherTransport: MailTransport = { name: 'other', send: async (m) => void other.push(m) };
    let first = true;
    // The first send stalls past the 60 s claim; meanwhile another worker claims the expired rows and sends them.
    const held = heldTransport(async () => {
      if (!first) return;
      first = false;
      env.clock.advance(61_000);
      expect(await sendDueDeliveries(env.ctx, otherTransport)).toBe(5);
    });
    await driving(held, sendDueDeliveries(env.ctx, held.t, { batch: 5, concurrency: 1, claimSeconds: 60 }));
    // The stalled worker sent only the mail it had started (the known limit: a stall past the lease), then nothing.
    expect(held.sent).toHaveLength(1);
    expect(other).toHaveLength(5);
    const rows = await env.ctx.db.query<{ status: string; attempts: number; n: number }>(
      `select d.status, d.attempts, (select count(*)::int from delivery_attempts a where a.delivery_id = d.id) as n from deliveries d`,
    );
    // Every row recorded once, by the worker that held it: the first worker's late write changed nothing.
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toEqual({ status: 'sent', attempts: 2, n: 1 });
  });
});

describe('the delivery worker, when things change under it', () => {
  it('never sends a delivery deleted after the claim (a person erased, a step removed): the batch is checked again once a second old', async () => {
    const orgId = await dueDeliveries(5);
    const { db, counts } = countingDb(env.ctx.db);
    let first = true;
    // While the first mail goes out (2 s), three of the others are deleted, as ON DELETE CASCADE does.
    const held = heldTransport(async (m) => {
      if (!first) return;
      first = false;
      env.clock.advance(2_000);
      await env.ctx.db.query(
        `delete from deliveries where id in (select d.id from deliveries d join people p on p.id = d.person_id
           where d.org_id = $1 and p.work_email <> $2 order by p.work_email limit 3)`,
        [orgId, m.to],
      );
    });
    expect(await driving(held, sendDueDeliveries({ ...env.ctx, db }, held.t, { batch: 5, concurrency: 1 }))).toBe(5);
    expect(held.sent).toHaveLength(2);
    expect(counts.leaseExtensions).toBe(1);
    const rows = await env.ctx.db.query<{ status: string }>(`select status from deliveries where org_id = $1`, [orgId]);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('tries a failed outcome write again instead of leaving its group to be sent twice', async () => {
    const orgId = await dueDeliveries(6);
    const saved = writeRetry.delaysMs;
    writeRetry.delaysMs = [0, 0];
    let failures = 2;
    const flaky: Db = {
      ...env.ctx.db,
      engine: env.ctx.db.engine,
      query<T>(sql: string, params?: readonly unknown[]) {
        if (sql.includes('insert into delivery_attempts') && failures-- > 0) return Promise.reject(new Error('connection reset'));
        return env.ctx.db.query<T>(sql, params);
      },
    };
    const sent: string[] = [];
    const t: MailTransport = { name: 'test', send: async (m) => void sent.push(m.to) };
    try {
      expect(await sendDueDeliveries({ ...env.ctx, db: flaky }, t, { concurrency: 3 })).toBe(6);
    } finally {
      writeRetry.delaysMs = saved;
    }
    expect(sent).toHaveLength(6);
    const rows = await env.ctx.db.query<{ status: string; n: number }>(
      `select d.status, (select count(*)::int from delivery_attempts a where a.delivery_id = d.id) as n from deliveries d where d.org_id = $1`,
      [orgId],
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toEqual({ status: 'sent', n: 1 });
  });
});

describe('the outbox worker (sendDueMail), the same way', () => {
  it('sends `concurrency` at a time and writes the outcomes that finish together in one statement', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    const orgId = (await makeOrg(env.ctx)).id;
    const mails = Array.from({ length: 20 }, (_, i) => ({ orgId, kind: 'test', to: `o${i}@x.be`, subject: 's', text: 't', lang: 'nl' }));
    await enqueueMails(env.ctx.db, env.clock.now(), mails);
    const { db, counts } = countingDb(env.ctx.db);
    let outboxWrites = 0;
    const counted: Db = {
      ...db,
      engine: db.engine,
      query<T>(sql: string, params?: readonly unknown[]) {
        if (sql.includes('update mail_outbox m') && sql.includes('jsonb_to_recordset')) outboxWrites++;
        return db.query<T>(sql, params);
      },
    };
    const held = heldTransport();
    expect(await driving(held, sendDueMail({ ...env.ctx, db: counted }, held.t, 20, 4), 4)).toBe(20);
    expect(held.state.maxInFlight).toBe(4);
    expect(new Set(held.sent.map((m) => m.to)).size).toBe(20);
    expect(outboxWrites).toBeLessThan(20);
    expect(counts.outcomeStatements).toBe(0);
    const rows = await env.ctx.db.query<{ n: number }>(
      `select count(*)::int as n from mail_outbox where status = 'sent' and transport = 'test'`,
    );
    expect(rows[0].n).toBe(20);
  });
});
