// Ed25519 request signatures for HTTP interactions, with node:crypto only.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Requests whose timestamp is further off than this are refused, against replays. */
export const MAX_SKEW_SECONDS = 300;

/** Built once at start-up, so a malformed DISCORD_PUBLIC_KEY fails there and not per request. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new Error('DISCORD_PUBLIC_KEY must be the 64 hex characters shown in the Developer Portal');
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export function verifyRequest(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
  nowSeconds = Date.now() / 1000,
): boolean {
  if (!signature || !/^[0-9a-f]{128}$/i.test(signature) || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), key, Buffer.from(signature, 'hex'));
}
