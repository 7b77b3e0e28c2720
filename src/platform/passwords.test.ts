import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('password policy', () => {
  it('refuses short passwords', () => {
    expect(passwordProblem('short-pass')).toMatch(/at least 12/);
  });
  it.each(['password1234', 'Password2024!', 'Welkom123456', 'aaaaaaaaaaaaaa', 'abcdefghijklmn', '123456789012', 'Bruxelles2026!!'])(
    'refuses the common or guessable %s',
    (pw) => {
      expect(passwordProblem(pw)).not.toBeNull();
    },
  );
  it('refuses a password that contains the email address or organisation name', () => {
    expect(passwordProblem('ana.peeters-rocks', { email: 'ana.peeters@example.be' })).toMatch(/email/);
    expect(passwordProblem('i-work-at-acmebank!', { orgName: 'Acme Bank' })).toMatch(/organisation/);
  });
  it('accepts a long passphrase', () => {
    expect(passwordProblem('tram 7 naar de zee, graag')).toBeNull();
    expect(passwordProblem('Quatre chats gris dorment')).toBeNull();
  });
});

describe('password hashing', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('tram 7 naar de zee, graag');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'tram 7 naar de zee, graag')).toBe(true);
    expect(await verifyPassword(h, 'tram 8 naar de zee, graag')).toBe(false);
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
  });
});
