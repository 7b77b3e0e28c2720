/**
 * A survey invitation's personal link: /answer/<token>, where the token is 32 random bytes
 * (base64url). Only its SHA-256 is stored (survey_invitations.token_hash); the token itself exists
 * only in the mail, sealed in the outbox like every link that acts for its recipient.
 */
import crypto from 'node:crypto';

export const ANSWER_PATH = '/answer';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newAnswerToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function answerTokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Whether a string has a token's shape (checked before any database lookup). */
export function looksLikeAnswerToken(token: string): boolean {
  return TOKEN.test(token);
}

export function answerUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${ANSWER_PATH}/${token}`;
}
