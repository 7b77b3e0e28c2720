/** commitChange: a change and its audit entry (and public notice) commit together or not at all. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitChange } from '../../src/platform/change.ts';
import { systemActor } from '../../src/platform/policy.ts';
import { createTestEnv, makeOrg, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
beforeAll(async () => {
  env = await createTestEnv();
  orgId = (await makeOrg(env.ctx)).id;
});
afterAll(() => env.close());

const auditOf = (action: string) =>
  env.ctx.db.query<{ target_id: string | null }>(`select target_id from audit_log where org_id = $1 and action = $2`, [orgId, action]);
const siteNamed = (name: string) => env.ctx.db.query(`select 1 from sites where org_id = $1 and name = $2`, [orgId, name]);

describe('commitChange', () => {
  it('records the entry, computed from the result, in the same transaction as the write', async () => {
    const id = await commitChange(
      env.ctx,
      systemActor(orgId),
      (siteId: string) => ({ action: 'test.create', targetType: 'site', targetId: siteId }),
      async (tx) => {
        const [row] = await tx.query<{ id: string }>(`insert into sites (org_id, name) values ($1, 'Gent') returning id`, [orgId]);
        return row.id;
      },
    );
    expect(await auditOf('test.create')).toEqual([{ target_id: id }]);
  });

  it('leaves neither the write nor its entry when the work fails', async () => {
    await expect(
      commitChange(env.ctx, systemActor(orgId), { action: 'test.fail' }, async (tx) => {
        await tx.query(`insert into sites (org_id, name) values ($1, 'Brugge')`, [orgId]);
        throw new Error('refused halfway');
      }),
    ).rejects.toThrow('refused halfway');
    expect(await siteNamed('Brugge')).toEqual([]);
    expect(await auditOf('test.fail')).toEqual([]);
  });
});
