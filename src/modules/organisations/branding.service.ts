/**
 * Employer branding on the careers pages, set by whoever runs the ambassador program
 * (program.manage: coordinators and admins): a brand colour, a logo, a hero image and a short intro
 * in nl, fr and en. The colour is never refused for contrast: the pages put black or white text on
 * it and darken it as link text as far as WCAG AA needs (platform/contrast.ts), and the answer says
 * which, with the ratios. Images go through the media pipeline (decoded, resized, re-encoded: no
 * metadata) and are stored as the organisation's own, so nothing a person uploaded can become
 * branding; a replaced image is deleted in the same change.
 */
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { notFound } from '../../platform/errors.ts';
import { processImage } from '../../platform/media.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import * as repo from './branding.repo.ts';

export type { BrandImage, BrandIntro, BrandingRow } from './branding.repo.ts';

const LANGS = ['nl', 'fr', 'en'] as const;

export async function getBranding(ctx: AppContext, actor: Actor): Promise<repo.BrandingRow> {
  authorize(actor, 'program.manage');
  const row = await repo.getBranding(ctx.db, actor.orgId);
  if (!row) throw notFound('Organisation');
  return row;
}

/** The intro as stored: each language trimmed, empty ones left out. */
export function cleanIntro(intro: repo.BrandIntro): repo.BrandIntro {
  const out: repo.BrandIntro = {};
  for (const l of LANGS) {
    const text = intro[l]?.trim();
    if (text) out[l] = text;
  }
  return out;
}

export async function updateBranding(ctx: AppContext, actor: Actor, input: { brandColour?: string | null; intro?: repo.BrandIntro }) {
  authorize(actor, 'program.manage');
  const colour = input.brandColour === undefined ? undefined : (input.brandColour?.toLowerCase() ?? null);
  const intro = input.intro === undefined ? undefined : cleanIntro(input.intro);
  await commitChange(
    ctx,
    actor,
    {
      action: 'branding.update',
      targetType: 'organisation',
      targetId: actor.orgId,
      details: { ...(colour !== undefined ? { brandColour: colour } : {}), ...(intro ? { intro: Object.keys(intro) } : {}) },
      publicChange: true,
    },
    (tx) => repo.updateBranding(tx, actor.orgId, { colour, intro, now: ctx.clock.now() }),
  );
  return getBranding(ctx, actor);
}

/** A new logo or hero image, replacing (and deleting) the one before. */
export async function setImage(ctx: AppContext, actor: Actor, kind: repo.BrandImage, bytes: Uint8Array) {
  authorize(actor, 'program.manage');
  const image = await processImage(bytes, kind);
  await commitChange(
    ctx,
    actor,
    (id: string) => ({
      action: `branding.${kind}`,
      targetType: 'organisation',
      targetId: actor.orgId,
      details: { media: id },
      publicChange: true,
    }),
    async (tx) => {
      const before = await repo.lockBrandImage(tx, actor.orgId, kind);
      const id = await repo.insertBrandMedia(tx, actor.orgId, kind, image, ctx.clock.now());
      await repo.setBrandImage(tx, actor.orgId, kind, id, ctx.clock.now());
      if (before) await repo.deleteBrandMedia(tx, actor.orgId, kind, before);
      return id;
    },
  );
  return getBranding(ctx, actor);
}

export async function removeImage(ctx: AppContext, actor: Actor, kind: repo.BrandImage) {
  authorize(actor, 'program.manage');
  await commitChange(
    ctx,
    actor,
    { action: `branding.${kind}.remove`, targetType: 'organisation', targetId: actor.orgId, publicChange: true },
    async (tx) => {
      const before = await repo.lockBrandImage(tx, actor.orgId, kind);
      await repo.setBrandImage(tx, actor.orgId, kind, null, ctx.clock.now());
      if (before) await repo.deleteBrandMedia(tx, actor.orgId, kind, before);
    },
  );
  return getBranding(ctx, actor);
}
