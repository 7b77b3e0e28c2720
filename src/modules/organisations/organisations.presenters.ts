import type { OrganisationRow } from './organisations.repo.ts';

export const presentOrganisation = (o: OrganisationRow) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  defaultLanguage: o.default_language,
  timeZone: o.time_zone,
});
