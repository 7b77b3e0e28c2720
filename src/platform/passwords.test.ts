import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, passwordRuleBroken, PASSWORD_RULES, verifyPassword } from './passwords.ts';

const code = (pw: string, context: Parameters<typeof passwordRuleBroken>[1] = {}) => passwordRuleBroken(pw, context)?.code ?? null;

describe('password policy, one rule at a time', () => {
  it('refuses short and overlong passwords, saying the limit', () => {
    expect(passwordRuleBroken('short-pass')).toMatchObject({ code: 'password-too-short', params: { min: 12 } });
    expect(passwordProblem('short-pass')).toMatch(/at least 12/);
    expect(passwordRuleBroken('x7-'.repeat(90))).toMatchObject({ code: 'password-too-long', params: { max: 256 } });
  });

  it('refuses a password from the breach lists', () => {
    expect(code('password1234')).toBe('password-too-common');
  });

  it('refuses too few different characters', () => {
    expect(code('aaaaaaaaaaaaaa')).toBe('password-too-few-characters');
    expect(code('abababababab')).toBe('password-too-few-characters');
  });

  it('refuses keyboard and alphabet sequences', () => {
    expect(code('abcdefghijklmn')).toBe('password-sequence');
    expect(code('mnopqrstuvwxyz')).toBe('password-sequence');
    expect(code('zyxwvutsrqponm')).toBe('password-sequence');
  });

  it.each(['Password2024!', 'Welkom2025!!!', 'Bruxelles2026!!', 'Admin2024!!!!', '2024-2025-2026!'])(
    'refuses the common word with digits %s',
    (pw) => expect(code(pw)).toBe('password-common-word'),
  );

  it('refuses the part of the email address before the @, and says which part', () => {
    expect(passwordRuleBroken('ana.peeters-rocks', { email: 'ana.peeters@example.be' })).toMatchObject({
      code: 'password-contains-email',
      params: { part: 'ana.peeters' },
    });
    expect(passwordProblem('ana.peeters-rocks', { email: 'ana.peeters@example.be' })).toMatch(/"ana\.peeters", before the @/);
    expect(code('my anapeeters tram ride', { email: 'Ana.Peeters@example.be' })).toBe('password-contains-email');
  });

  it('does not treat a shared mailbox ("admin@", "info@", "hr@") as the person\'s address', () => {
    // The demo's admin is admin@demo.embassy.test: "admin" in a passphrase is no leak of that address.
    expect(code('admin tram 7 naar zee', { email: 'admin@demo.embassy.test' })).toBeNull();
    expect(code('my info desk at the harbour', { email: 'info@acme.be' })).toBeNull();
    expect(code('hr-team-lunch-on-friday', { email: 'hr.team@acme.be' })).toBeNull();
    // Too short a part to mean anything: "ana@" does not refuse every password with "ana" in it.
    expect(code('banana boat to the sea', { email: 'ana@acme.be' })).toBeNull();
  });

  it("refuses the person's own name with digits or symbols (Sophie1987!), and names the rule", () => {
    const sophie = { email: 'sophie.dubois@acme.be', names: ['Sophie', 'Dubois'] };
    expect(passwordRuleBroken('Sophie1987!!', sophie)).toMatchObject({ code: 'password-contains-name', params: { name: 'Sophie' } });
    expect(passwordProblem('Sophie1987!!', sophie)).toMatch(/built from your name/);
    expect(code('DuboisSophie-1987', sophie)).toBe('password-contains-name');
    expect(code('Dubois!Sophie!!', sophie)).toBe('password-contains-name');
    // Accents and case do not hide a name; nor do a common word or two between the digits.
    expect(code('Chloé19870412', { names: ['Chloe', 'Lambert'] })).toBe('password-contains-name');
    expect(code('ChloeLove2024!', { names: ['Chloé', 'Lambert'] })).toBe('password-contains-name');
    // Composed names count by their parts and as a whole.
    expect(code('vandenbroeck1990', { names: ['Anne-Sophie', 'Van den Broeck'] })).toBe('password-contains-name');
    expect(code('AnneSophie-1990', { names: ['Anne-Sophie', 'Van den Broeck'] })).toBe('password-contains-name');
    // The name from the email address counts when no names are known (the invitation's sign-up).
    expect(code('Lotte2001!!!!', { email: 'lotte.peeters@acme.be' })).toBe('password-contains-name');
    // The display name is a name too (the demo's admin is "Demo Admin").
    expect(code('DemoAdmin2024!', { names: ['Demo Admin'] })).toBe('password-contains-name');
  });

  it('accepts a passphrase that mentions the name among other words', () => {
    expect(code('Sophie takes tram 7 to the sea', { names: ['Sophie', 'Dubois'] })).toBeNull();
  });

  it('refuses the organisation name, alone or inside, and says which name', () => {
    expect(passwordRuleBroken('i-work-at-acmebank!', { orgName: 'Acme Bank' })).toMatchObject({
      code: 'password-contains-organisation',
      params: { name: 'Acme Bank' },
    });
    expect(code('Acme2024!!!!!', { orgName: 'Acme Bank' })).toBe('password-contains-organisation');
    expect(code('DemoBank-2024!', { orgName: 'Demo Bank Belgium' })).toBe('password-contains-organisation');
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('tram 7 naar de zee, graag')).toBeNull();
    expect(passwordProblem('Quatre chats gris dorment')).toBeNull();
    expect(code('tram 7 naar de zee, graag', { email: 'ana.peeters@acme.be', names: ['Ana', 'Peeters'], orgName: 'Acme' })).toBeNull();
  });

  it('lists every rule it checks, each one a rule some password breaks', () => {
    const breaking: Record<string, [string, Parameters<typeof passwordRuleBroken>[1]]> = {
      'password-too-short': ['short', {}],
      'password-too-long': ['x7-'.repeat(90), {}],
      'password-too-common': ['password1234', {}],
      'password-too-few-characters': ['aaaaaaaaaaaaaa', {}],
      'password-sequence': ['abcdefghijklmn', {}],
      'password-common-word': ['Password2024!', {}],
      'password-contains-email': ['ana.peeters-rocks', { email: 'ana.peeters@example.be' }],
      'password-contains-name': ['Sophie1987!!', { names: ['Sophie'] }],
      'password-contains-organisation': ['i-work-at-acmebank!', { orgName: 'Acme Bank' }],
    };
    expect(Object.keys(breaking)).toEqual([...PASSWORD_RULES]);
    for (const [rule, [pw, ctx]] of Object.entries(breaking)) expect(code(pw, ctx)).toBe(rule);
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
