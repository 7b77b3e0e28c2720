/**
 * The demo organisation an empty database gets on `npm start`: slug "demo", about 300 people across
 * Flanders, Brussels and Wallonia, and an admin whose password is printed once.
 *
 * A first start cannot go half wrong: EMBASSY_DEMO_PASSWORD is checked against the password policy
 * before anything is written, and the demo is created in one transaction, so a start that fails
 * midway leaves the database empty and the next start creates the demo whole.
 */
import { ConfigError } from './config.ts';
import { inTransaction } from './db/in-transaction.ts';
import type { AppContext } from './platform/context.ts';
import { passwordRuleBroken } from './platform/passwords.ts';
import { randomToken } from './platform/tokens.ts';
import { systemActor } from './platform/policy.ts';
import { addUser } from './modules/accounts/accounts.service.ts';
import { createOrganisation } from './modules/organisations/organisations.service.ts';
import { seedPeople } from './modules/people/people.seeding.ts';
import { installTemplates } from './modules/moments/journeys.service.ts';
import { seedDemoSurveys } from './demo-surveys.ts';
import { seedDemoProgram } from './demo-program.ts';

export const DEMO_SLUG = 'demo';
export const DEMO_ADMIN = 'admin@demo.embassy.test';
export const DEMO_ORG_NAME = 'Demo Bank Belgium';
export const DEMO_ADMIN_NAME = 'Demo Admin';
/** pg_advisory_xact_lock key: two processes starting at once on one PostgreSQL create one demo. */
const DEMO_LOCK = 4_177_001;

export interface DemoCreated {
  email: string;
  /** Undefined when the password came from EMBASSY_DEMO_PASSWORD (not echoed). */
  generatedPassword?: string;
  people: number;
}

/**
 * Refuses an EMBASSY_DEMO_PASSWORD that the password policy refuses, with the rule it breaks, as
 * a configuration error (the start stops before the database is opened).
 */
export function assertDemoPassword(password: string | undefined): void {
  if (password === undefined) return;
  const broken = passwordRuleBroken(password, { email: DEMO_ADMIN, orgName: DEMO_ORG_NAME, names: [DEMO_ADMIN_NAME] });
  if (broken) {
    throw new ConfigError(
      `Invalid configuration:\n  EMBASSY_DEMO_PASSWORD: ${broken.message} (rule ${broken.code}; every rule is in the README, "Passwords")`,
    );
  }
}

/** Creates the demo when the database has no organisation yet; returns undefined otherwise. */
export async function ensureDemo(ctx: AppContext): Promise<DemoCreated | undefined> {
  assertDemoPassword(ctx.config.demoPassword);
  // Groups of four letters read out easily and carry ~95 bits.
  const generated = ctx.config.demoPassword
    ? undefined
    : randomToken(18)
        .replace(/[-_]/g, 'x')
        .match(/.{1,6}/g)!
        .join('-');
  return ctx.db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [DEMO_LOCK]);
    const [{ n }] = await tx.query<{ n: number }>('select count(*)::int as n from organisations');
    if (n > 0) return undefined;
    // Every service below writes through this transaction: all of the demo, or nothing.
    const demo: AppContext = { ...ctx, db: inTransaction(tx, ctx.db.engine) };
    const org = await createOrganisation(demo, { slug: DEMO_SLUG, name: DEMO_ORG_NAME, defaultLanguage: 'nl' });
    const result = await seedPeople(demo, org.id, { employees: 300, seed: 'demo', emailDomain: 'demo.embassy.test' });
    await addUser(demo, systemActor(org.id), {
      email: DEMO_ADMIN,
      role: 'admin',
      password: ctx.config.demoPassword ?? generated,
      displayName: DEMO_ADMIN_NAME,
    });
    // The demo shows the moments that matter working: every ready journey active.
    await installTemplates(demo, systemActor(org.id), true);
    await demo.db.query(`update organisations set hr_email = $2 where id = $1`, [org.id, 'hr@demo.embassy.test']);
    await seedDemoProgram(demo, org.id);
    await seedDemoSurveys(demo, org.id);
    return { email: DEMO_ADMIN, generatedPassword: generated, people: result.created };
  });
}
