// User ids are never stored: only this keyed hash, enough to count distinct users.
import { createHmac } from 'node:crypto';

/** A user id to its keyed hash (HMAC-SHA-256, 128 bits): the same user counts once, and cannot be read back. */
export function userHasher(secret: string): (userId: string) => string {
  return (userId) => createHmac('sha256', secret).update(userId).digest('hex').slice(0, 32);
}
