/** A topic's key made from its name always has the shape the API takes (exchange.schemas.ts TopicBody). */
import { describe, expect, it } from 'vitest';
import { TopicBody } from '../../../modules/community/exchange.schemas.ts';
import { topicKey } from './topicKey.ts';

describe('topicKey', () => {
  it('folds accents, lowers, joins words with single hyphens', () => {
    expect(topicKey('Café & Cultuur')).toBe('cafe-cultuur');
    expect(topicKey('  Élan -- Vital!  ')).toBe('elan-vital');
    expect(topicKey('Werk 2027')).toBe('werk-2027');
  });

  it('leaves nothing when nothing usable is left, so the coordinator types a key', () => {
    expect(topicKey('')).toBe('');
    expect(topicKey('???')).toBe('');
  });

  it('is always a key the API accepts, however long or odd the name', () => {
    const names = ['a'.repeat(100), `${'ab-'.repeat(30)}x`, 'Ça va? Oui.', 'Ørsted — Łódź', '1st topic', 'x'.repeat(62) + ' y'];
    for (const name of names) {
      const key = topicKey(name);
      const parsed = TopicBody.safeParse({ key, name: { nl: name.slice(0, 80), fr: name.slice(0, 80), en: name.slice(0, 80) } });
      expect(parsed.success, `${name} → ${key}`).toBe(true);
    }
  });
});
