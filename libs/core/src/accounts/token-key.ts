// The signing key of session tokens, built once. Given a string secret, jsonwebtoken first tries it as a PEM
// public key (crypto.createPublicKey, which throws) and only then makes a secret key — on every verification:
// ~370 µs of CPU per request against ~7 µs with a prebuilt KeyObject (issue #15's profile of the demand board).
import { createSecretKey, type KeyObject } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';

/** Session tokens are HMAC-SHA256; a token naming another algorithm (or `none`) is refused. */
export const TOKEN_ALGORITHM = 'HS256';

export function tokenKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** The JwtService that signs and verifies session tokens with `secret`'s key, built once here. */
export function tokenJwtService(secret: string): JwtService {
  return new JwtService({
    // @nestjs/jwt types the secret as string | Buffer; jsonwebtoken takes a KeyObject as it is.
    secret: tokenKey(secret) as unknown as string,
    signOptions: { algorithm: TOKEN_ALGORITHM },
    verifyOptions: { algorithms: [TOKEN_ALGORITHM] },
  });
}

/**
 * Verifies session tokens, remembering each verified token's claims until it expires: a client sends the same
 * token with every request, and verifying it again (an HMAC and three base64/JSON decodes) was ~2.5% of a board
 * request's CPU (bench:board's profile). Only a token that passed verification is remembered, keyed by its exact
 * text, and its expiry is checked on every use as jsonwebtoken checks it. Revocation is not affected: the caller
 * still reads the account (active, token version) on every request.
 */
export class TokenVerifier {
  private readonly verified = new Map<string, { claims: object; exp: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly capacity = 10_000,
  ) {}

  async verify<T extends object>(token: string): Promise<T> {
    const seconds = Math.floor(Date.now() / 1000);
    const known = this.verified.get(token);
    if (known) {
      if (seconds < known.exp) return known.claims as T;
      this.verified.delete(token);
    }
    const claims = await this.jwt.verifyAsync<T & { exp?: unknown }>(token);
    if (typeof claims.exp === 'number') {
      // Oldest first out: a Map iterates in insertion order.
      if (this.verified.size >= this.capacity) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims: Object.freeze(claims), exp: claims.exp });
    }
    return claims;
  }

  /** Tokens remembered now (tests). */
  get size(): number {
    return this.verified.size;
  }
}
