/**
 * Passwords: argon2id hashes (OWASP's minimum parameters), at least 12 characters, and common or
 * guessable passwords refused with a message that says why.
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

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; orgName?: string } = {}): string | null {
  return passwordRuleBroken(password, context)?.message ?? null;
}

/** Refuses (422 password-rejected, the broken rule as the `password` item) a password that breaks a rule. */
export function assertUsablePassword(password: string, context: { email?: string; orgName?: string }) {
  const broken = passwordRuleBroken(password, context);
  if (broken) throw unprocessable('This password cannot be used.', [{ path: 'password', ...broken }], 'password-rejected');
}

/** The rule a password breaks, with its stable code (problems.ts) for the answer's item; null when it is fine. */
export function passwordRuleBroken(
  password: string,
  context: { email?: string; orgName?: string } = {},
): { code: ItemCode; params?: ProblemParams; message: string } | null {
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
  const core = lower.replace(/[^a-z]/g, '');
  if (core.length === 0 || COMMON_BASES.has(core) || isRepeatOf(core)) {
    return { code: 'password-common-word', message: 'This password is a common word with digits or symbols added; choose another.' };
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    return { code: 'password-contains-email', message: 'Do not use your email address in your password.' };
  const org = context.orgName?.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (org && org.length >= 4 && lower.replace(/[^a-z0-9]/g, '').includes(org)) {
    return { code: 'password-contains-organisation', message: 'Do not use the organisation name in your password.' };
  }
  return null;
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
