import { KeyObject, createHmac } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { describe, expect, it } from 'vitest';
import { tokenJwtService } from './token-key.js';

const SECRET = 'a-secret-of-the-deployment-0123456789abcdef';
const b64 = (v: object | string) =>
  Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

describe('session token key', () => {
  it('is a secret KeyObject built once, not a string jsonwebtoken re-parses on every request', () => {
    const jwt = tokenJwtService(SECRET);
    const secret = (jwt as unknown as { options: { secret: unknown } }).options.secret;
    expect(secret).toBeInstanceOf(KeyObject);
    expect((secret as KeyObject).type).toBe('secret');
  });

  it('verifies tokens signed with the string secret before the change (sessions survive the upgrade), and back', async () => {
    const before = new JwtService({ secret: SECRET });
    const after = tokenJwtService(SECRET);
    const old = await before.signAsync({ sub: 'x', tv: 1 }, { expiresIn: 60 });
    expect(await after.verifyAsync(old)).toMatchObject({ sub: 'x', tv: 1 });
    const fresh = await after.signAsync({ sub: 'y', tv: 2 }, { expiresIn: 60 });
    expect(await before.verifyAsync(fresh)).toMatchObject({ sub: 'y', tv: 2 });
  });

  it('refuses a token signed with another secret, an expired one, and one with alg none or HS512', async () => {
    const jwt = tokenJwtService(SECRET);
    const other = await tokenJwtService('another-secret-0123456789abcdef0123').signAsync({ sub: 'x', tv: 1 });
    await expect(jwt.verifyAsync(other)).rejects.toThrow(/signature/);
    const expired = await jwt.signAsync({ sub: 'x', tv: 1, exp: Math.floor(Date.now() / 1000) - 10 });
    await expect(jwt.verifyAsync(expired)).rejects.toThrow(/expired/);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', tv: 1 })}.`;
    await expect(jwt.verifyAsync(none)).rejects.toThrow();
    const body = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64({ sub: 'x', tv: 1 })}`;
    const hs512 = `${body}.${createHmac('sha512', SECRET).update(body).digest('base64url')}`;
    await expect(jwt.verifyAsync(hs512)).rejects.toThrow(/algorithm/);
  });
});
