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
