/** The key of a coordinator's own topic, made from its name: the shape POST /community/topics takes. */

/** "Café & Cultuur" → "cafe-cultuur"; "" when nothing usable is left (the coordinator types one). */
export function topicKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
