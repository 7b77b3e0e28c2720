/**
 * The demo organisation an empty database gets on `npm start`: slug "demo", about 300 people across
 * Flanders, Brussels and Wallonia, and an admin whose password is printed once.
 */
import type { AppContext } from './platform/context.ts';
import { randomToken } from './platform/tokens.ts';
import { systemActor } from './platform/policy.ts';
import { addUser } from './modules/accounts/accounts.service.ts';
import { createOrganisation } from './modules/organisations/organisations.service.ts';
import { seedPeople } from './modules/people/people.seeding.ts';
import { installTemplates } from './modules/moments/journeys.service.ts';
import { seedDemoProgram } from './demo-program.ts';

export const DEMO_SLUG = 'demo';
export const DEMO_ADMIN = 'admin@demo.embassy.test';

export interface DemoCreated {
  email: string;
  /** Undefined when the password came from EMBASSY_DEMO_PASSWORD (not echoed). */
  generatedPassword?: string;
  people: number;
}

/** Creates the demo when the database has no organisation yet; returns undefined otherwise. */
export async function ensureDemo(ctx: AppContext): Promise<DemoCreated | undefined> {
  const [{ n }] = await ctx.db.query<{ n: number }>('select count(*)::int as n from organisations');
  if (n > 0) return undefined;
  const org = await createOrganisation(ctx, { slug: DEMO_SLUG, name: 'Demo Bank Belgium', defaultLanguage: 'nl' });
  const result = await seedPeople(ctx, org.id, { employees: 300, seed: 'demo', emailDomain: 'demo.embassy.test' });
  // Groups of four letters read out easily and carry ~95 bits.
  const generated = ctx.config.demoPassword
    ? undefined
    : randomToken(18)
        .replace(/[-_]/g, 'x')
        .match(/.{1,6}/g)!
        .join('-');
  await addUser(ctx, systemActor(org.id), {
    email: DEMO_ADMIN,
    role: 'admin',
    password: ctx.config.demoPassword ?? generated,
    displayName: 'Demo Admin',
  });
  // The demo shows the moments that matter working: every ready journey active.
  await installTemplates(ctx, systemActor(org.id), true);
  await ctx.db.query(`update organisations set hr_email = $2 where id = $1`, [org.id, 'hr@demo.embassy.test']);
  await seedDemoProgram(ctx, org.id);
  return { email: DEMO_ADMIN, generatedPassword: generated, people: result.created };
}
