/**
 * Passwords: argon2id hashes (OWASP's minimum parameters), and the one password policy of Embassy:
 * at least 12 characters, and common or guessable passwords (a common word or the person's own name
 * with digits added, their address, the organisation's name) refused with a message that says which rule.
 */
import { hash, verify } from '@node-rs/argon2';
import { COMMON_BASES, COMMON_PASSWORDS } from './common-passwords.ts';
import { unprocessable } from './errors.ts';
import type { ItemCode, ProblemParams } from './problems.ts';

// 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verifying against this when an account does not exist keeps the answer time the same,
// so timing does not tell which addresses have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('embassy-dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/**
 * What a password is checked against besides itself: the address and names of the person who sets
 * it and the organisation's name. Every form that sets a password (an invitation's sign-up, a
 * reset, the CLI, the demo's EMBASSY_DEMO_PASSWORD) passes what it knows.
 */
export interface PasswordContext {
  email?: string;
  orgName?: string;
  /** The person's own names: first name, last name, display name (null and empty ones are skipped). */
  names?: readonly (string | null | undefined)[];
}

export interface BrokenPasswordRule {
  code: ItemCode;
  params?: ProblemParams;
  message: string;
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  return passwordRuleBroken(password, context)?.message ?? null;
}

/** Refuses (422 password-rejected, the broken rule as the `password` item) a password that breaks a rule. */
export function assertUsablePassword(password: string, context: PasswordContext) {
  const broken = passwordRuleBroken(password, context);
  if (broken) throw unprocessable('This password cannot be used.', [{ path: 'password', ...broken }], 'password-rejected');
}

/**
 * The password rules, in the order they are checked; the first one broken is the answer. README
 * ("Passwords") and the hint on every new-password field state the same list.
 */
export const PASSWORD_RULES: readonly ItemCode[] = [
  'password-too-short',
  'password-too-long',
  'password-too-common',
  'password-too-few-characters',
  'password-sequence',
  'password-common-word',
  'password-contains-email',
  'password-contains-name',
  'password-contains-organisation',
];

/** The rule a password breaks, with its stable code (problems.ts) for the answer's item; null when it is fine. */
export function passwordRuleBroken(password: string, context: PasswordContext = {}): BrokenPasswordRule | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return { code: 'password-too-short', params: { min: MIN_PASSWORD_LENGTH }, message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` };
  if (password.length > MAX_PASSWORD_LENGTH)
    return { code: 'password-too-long', params: { max: MAX_PASSWORD_LENGTH }, message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` };
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return { code: 'password-too-common', message: 'This password is too common; choose another.' };
  if (new Set(lower).size <= 3)
    return { code: 'password-too-few-characters', message: 'This password repeats too few characters; choose another.' };
  if (isSequence(lower)) return { code: 'password-sequence', message: 'This password is a simple sequence; choose another.' };
  // "Password2024!" and "welkom123456" are a common word dressed up with digits and symbols.
  const core = fold(password).replace(/[^a-z]/g, '');
  if (core.length === 0 || COMMON_BASES.has(core) || isRepeatOf(core)) {
    return { code: 'password-common-word', message: 'This password is a common word with digits or symbols added; choose another.' };
  }
  const alnum = fold(password).replace(/[^a-z0-9]/g, '');
  const local = meaningfulLocalPart(context.email);
  if (local && alnum.includes(local.key)) {
    return {
      code: 'password-contains-email',
      params: { part: local.part },
      message: `Do not use your email address ("${local.part}", before the @) in your password.`,
    };
  }
  // "Sophie1987!" and "PeetersSophie!!" are the person's own name dressed up with digits and symbols.
  const names = nameParts([...(context.names ?? []), ...(local ? [local.part] : [])]);
  const orgWords = nameParts([context.orgName]);
  const built = builtFrom(core, names, orgWords);
  if (built === 'name') {
    const name = (context.names ?? []).find((n) => n && n.trim())?.trim() ?? local?.part ?? '';
    return {
      code: 'password-contains-name',
      params: { name },
      message: `This password is built from your name ("${name}") with digits or symbols added; choose another.`,
    };
  }
  const org = context.orgName ? fold(context.orgName).replace(/[^a-z0-9]/g, '') : '';
  if (built === 'organisation' || (org.length >= 4 && alnum.includes(org))) {
    const name = context.orgName!.trim();
    return {
      code: 'password-contains-organisation',
      params: { name },
      message: `Do not use the organisation name ("${name}") in your password.`,
    };
  }
  return null;
}

/** Lower case without accents: "Chloé" and "chloe" are the same name to someone guessing. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Shared mailboxes say nothing about a person: "admin@", "info@" or "hr@" in a password is not the
 * person's address showing (a word like "admin" is the common-word rule's business).
 */
const ROLE_MAILBOXES = new Set([
  'admin',
  'administrator',
  'administratie',
  'administration',
  'info',
  'contact',
  'hello',
  'hallo',
  'bonjour',
  'office',
  'mail',
  'noreply',
  'no-reply',
  'hr',
  'rh',
  'personeel',
  'jobs',
  'job',
  'careers',
  'recruitment',
  'rekrutering',
  'recrutement',
  'support',
  'help',
  'helpdesk',
  'sales',
  'team',
  'webmaster',
  'postmaster',
  'root',
  'test',
  'user',
  'demo',
]);

/** The part before the @, when it is the person's own (at least 4 letters or digits, not a shared mailbox). */
function meaningfulLocalPart(email: string | undefined): { part: string; key: string } | null {
  const part = email?.split('@')[0]?.trim().toLowerCase();
  if (!part) return null;
  const key = fold(part).replace(/[^a-z0-9]/g, '');
  if (key.length < 4) return null;
  const words = fold(part)
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (ROLE_MAILBOXES.has(part) || (words.length > 0 && words.every((w) => ROLE_MAILBOXES.has(w)))) return null;
  return { part, key };
}

/** The words of names ("Anne-Sophie Van den Broeck": anne, sophie, van, den, broeck, and vandenbroeck). */
function nameParts(names: readonly (string | null | undefined)[]): Set<string> {
  const parts = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const words = fold(n)
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 2);
    for (const w of words) parts.add(w);
    if (words.length > 1) parts.add(words.join(''));
  }
  return parts;
}

/**
 * Whether the letters of a password are nothing but the person's names (or the organisation's),
 * possibly with common words between them: "sophie", "sophiepeeters", "ilovesophie". A name inside a
 * longer passphrase ("Sophie takes tram 7 to the sea") is fine: the rest is what makes it strong.
 */
function builtFrom(core: string, names: Set<string>, orgWords: Set<string>): 'name' | 'organisation' | null {
  if (names.size === 0 && orgWords.size === 0) return null;
  // best[i]: how core.slice(0, i) splits into known words: null = it does not; else which kinds it used.
  const best: ({ name: boolean; org: boolean } | null)[] = [{ name: false, org: false }];
  for (let i = 1; i <= core.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 40); j <= i - 2; j++) {
      const before = best[j];
      if (!before) continue;
      const word = core.slice(j, i);
      const isName = names.has(word);
      const isOrg = orgWords.has(word);
      if (!isName && !isOrg && !COMMON_BASES.has(word)) continue;
      const next = { name: before.name || isName, org: before.org || (isOrg && !isName) };
      const cur = best[i];
      if (!cur || (next.name && !cur.name) || (next.org && !cur.org)) best[i] = next;
    }
  }
  const end = best[core.length];
  if (!end) return null;
  return end.name ? 'name' : end.org ? 'organisation' : null;
}

function isSequence(s: string): boolean {
  const rows = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'azertyuiop', 'asdfghjkl', 'qsdfghjklm'];
  for (const row of rows) {
    const rev = [...row].reverse().join('');
    if (row.includes(s) || rev.includes(s)) return true;
  }
  let steps = 0;
  for (let i = 1; i < s.length; i++) if (Math.abs(s.charCodeAt(i) - s.charCodeAt(i - 1)) === 1) steps++;
  return steps >= s.length - 2;
}

function isRepeatOf(core: string): boolean {
  for (let n = 1; n <= core.length / 2; n++) {
    if (core.length % n === 0 && core.slice(0, n).repeat(core.length / n) === core && COMMON_BASES.has(core.slice(0, n))) {
      return true;
    }
  }
  return false;
}
