import { brandPalette } from '../../platform/contrast.ts';
import type { BrandingRow } from './branding.repo.ts';
import type { OrganisationRow } from './organisations.repo.ts';

export const presentOrganisation = (o: OrganisationRow) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  defaultLanguage: o.default_language,
  timeZone: o.time_zone,
});

/** Branding as the settings page edits it, with the colours the careers pages will use. */
export const presentBranding = (b: BrandingRow, publicUrl: string) => ({
  brandColour: b.brand_colour,
  palette: brandPalette(b.brand_colour),
  logoUrl: b.brand_logo_id ? `/media/${b.brand_logo_id}` : null,
  heroUrl: b.brand_hero_id ? `/media/${b.brand_hero_id}` : null,
  intro: { nl: b.brand_intro.nl ?? '', fr: b.brand_intro.fr ?? '', en: b.brand_intro.en ?? '' },
  careersUrl: `${publicUrl}/careers/${b.slug}`,
});
