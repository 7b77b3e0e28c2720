/** Translation keys for values the API sends as codes (languages, regions, roles). */
import type { ApiLanguage, Region, Role } from './types.ts';
import type { MessageKey } from './i18n.tsx';

export const LANGUAGE_LABEL_KEYS: Record<ApiLanguage, MessageKey> = {
  nl: 'languageName.nl',
  fr: 'languageName.fr',
  en: 'languageName.en',
  de: 'languageName.de',
};

export const regionKey = (r: Region): MessageKey => `region.${r}`;
export const roleKey = (r: Role): MessageKey => `role.${r}`;
