import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { forgetOrgTimeZone } from '../../platform/org-time.ts';
import { conflict, notFound, unprocessable } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import * as repo from './organisations.repo.ts';

export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Creating an organisation is an operator's act (CLI), not something a tenant's user can do. */
export async function createOrganisation(ctx: AppContext, input: { slug: string; name: string; defaultLanguage?: string }) {
  if (!SLUG_PATTERN.test(input.slug)) {
    throw unprocessable('Invalid slug.', [
      { path: 'slug', code: 'invalid-slug', message: 'Use lower-case letters, digits and hyphens (e.g. "acme-bank").' },
    ]);
  }
  if (!input.name.trim())
    throw unprocessable('Invalid name.', [{ path: 'name', code: 'required', message: 'Give the organisation a name.' }]);
  if (await repo.getOrganisationBySlug(ctx.db, input.slug))
    throw conflict(`An organisation with slug "${input.slug}" already exists.`, 'slug-taken', { slug: input.slug });
  return ctx.db.transaction(async (tx) => {
    const org = await repo.insertOrganisation(tx, {
      slug: input.slug,
      name: input.name.trim(),
      defaultLanguage: input.defaultLanguage,
      now: ctx.clock.now(),
    });
    await audit(tx, ctx.clock, {
      orgId: org.id,
      actorLabel: 'cli',
      action: 'org.create',
      targetType: 'organisation',
      targetId: org.id,
      details: { slug: org.slug },
    });
    return org;
  });
}

export async function getOrganisationForActor(ctx: AppContext, actor: Actor) {
  const org = await repo.getOrganisation(ctx.db, actor.orgId);
  if (!org) throw notFound('Organisation');
  return org;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export async function updateSettings(
  ctx: AppContext,
  actor: Actor,
  input: { name?: string; defaultLanguage?: 'nl' | 'fr' | 'en' | 'de'; timeZone?: string },
) {
  authorize(actor, 'org.manage');
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
    throw unprocessable('Unknown time zone.', [
      {
        path: 'timeZone',
        code: 'unknown-time-zone',
        params: { timeZone: input.timeZone },
        message: `"${input.timeZone}" is not a time zone (e.g. Europe/Brussels).`,
      },
    ]);
  }
  const before = await getOrganisationForActor(ctx, actor);
  const changed = (org: repo.OrganisationRow) =>
    Object.fromEntries(
      Object.entries({
        name: [before.name, org.name],
        defaultLanguage: [before.default_language, org.default_language],
        timeZone: [before.time_zone, org.time_zone],
      }).filter(([, [a, b]]) => a !== b),
    );
  // The name shows on the careers pages.
  const org = await commitChange(
    ctx,
    actor,
    (o: repo.OrganisationRow) => ({
      action: 'org.update',
      targetType: 'organisation',
      targetId: actor.orgId,
      details: changed(o),
      publicChange: true,
    }),
    (tx) => repo.updateOrganisation(tx, actor.orgId, { ...input, now: ctx.clock.now() }),
  );
  forgetOrgTimeZone(actor.orgId);
  return org;
}

export async function listSites(ctx: AppContext, actor: Actor) {
  authorize(actor, 'people.read');
  return repo.listSites(ctx.db, actor.orgId);
}

export async function updateSite(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { name?: string; region?: repo.SiteRow['region']; country?: string },
) {
  authorize(actor, 'org.manage');
  await commitChange(
    ctx,
    actor,
    { action: 'sites.update', targetType: 'site', targetId: id, details: input, publicChange: true },
    async (tx) => {
      const row = await repo.updateSite(tx, actor.orgId, id, input).catch((err: Error & { code?: string }) => {
        if (err.code === '23505') throw conflict('Another site already has this name.', 'site-name-taken');
        throw err;
      });
      if (!row) throw notFound('Site');
    },
  );
  return (await repo.listSites(ctx.db, actor.orgId)).find((s) => s.id === id)!;
}
