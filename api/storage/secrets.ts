import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 16 random bytes = 128 bits: unguessable ids for workshops and everything in them. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** 32 random bytes = 256 bits: the edit token is the only credential, so it gets more than an id. */
export function newEditToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored: a copied database does not hand out edit rights. */
export function hashEditToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Compares hashes (always 32 bytes) in constant time, so timing does not reveal how much of a guess matched. */
export function editTokenMatches(token: string, storedHash: Buffer): boolean {
  const candidate = hashEditToken(token);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}
