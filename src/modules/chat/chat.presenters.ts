/** Chat channels as they leave the server: never the URL, only its hint. */
import type { ChannelRow } from './chat.service.ts';

export const presentChannel = (c: ChannelRow) => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  urlHint: c.url_hint,
  language: c.language,
  createdAt: c.created_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
});
