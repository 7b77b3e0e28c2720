/**
 * Fills an organisation with a deterministic synthetic workforce (demos, benchmarks). It goes
 * through the same import as a real HR file, so seeded data obeys every rule real data does.
 */
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import { toCsv } from '../../platform/csv.ts';
import { systemActor } from '../../platform/policy.ts';
import { importPeople, type ImportResult } from './people.import.ts';
import { generateOrganisation, peopleToCsvRows } from './people.seed.ts';

export async function seedPeople(
  ctx: AppContext,
  orgId: string,
  options: { employees: number; seed?: string | number; emailDomain?: string },
): Promise<ImportResult> {
  const people = generateOrganisation({
    employees: options.employees,
    seed: options.seed ?? 'embassy',
    today: await orgToday(ctx, orgId),
    emailDomain: options.emailDomain,
  });
  return importPeople(ctx, systemActor(orgId), toCsv(peopleToCsvRows(people)));
}
