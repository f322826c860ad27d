import { KeyObject, createHmac } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { describe, expect, it, vi } from 'vitest';
import { TokenVerifier, tokenJwtService } from './token-key.js';

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

describe('TokenVerifier', () => {
  const setup = (capacity?: number) => {
    const jwt = tokenJwtService(SECRET);
    const verifier = new TokenVerifier(jwt, capacity);
    const spy = vi.spyOn(jwt, 'verifyAsync');
    return { jwt, verifier, spy };
  };

  it('verifies a token once and answers its claims from memory after that', async () => {
    const { jwt, verifier, spy } = setup();
    const token = await jwt.signAsync({ sub: 'x', tv: 3 }, { expiresIn: 60 });
    expect(await verifier.verify(token)).toMatchObject({ sub: 'x', tv: 3 });
    expect(await verifier.verify(token)).toMatchObject({ sub: 'x', tv: 3 });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered token from the second it expires, as jsonwebtoken does', async () => {
    const { jwt, verifier } = setup();
    const exp = Math.floor(Date.now() / 1000) + 30;
    const token = await jwt.signAsync({ sub: 'x', tv: 1, exp });
    await verifier.verify(token);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime((exp - 1) * 1000 + 999);
      expect(await verifier.verify(token)).toMatchObject({ sub: 'x' });
      vi.setSystemTime(exp * 1000);
      await expect(verifier.verify(token)).rejects.toThrow(/expired/);
      expect(verifier.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('remembers nothing that failed: a tampered copy of a good token is refused every time', async () => {
    const { jwt, verifier, spy } = setup();
    const token = await jwt.signAsync({ sub: 'x', tv: 1 }, { expiresIn: 60 });
    await verifier.verify(token);
    const [head, , sig] = token.split('.');
    const tampered = `${head}.${b64({ sub: 'admin', tv: 1, exp: Math.floor(Date.now() / 1000) + 60 })}.${sig}`;
    await expect(verifier.verify(tampered)).rejects.toThrow(/signature/);
    await expect(verifier.verify(tampered)).rejects.toThrow(/signature/);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(verifier.size).toBe(1);
  });

  it('keeps at most its capacity, letting the oldest go first', async () => {
    const { jwt, verifier, spy } = setup(2);
    const tokens = await Promise.all(
      [1, 2, 3].map((tv) => jwt.signAsync({ sub: 'x', tv }, { expiresIn: 60 })),
    );
    for (const t of tokens) await verifier.verify(t);
    expect(verifier.size).toBe(2);
    spy.mockClear();
    await verifier.verify(tokens[2]!);
    expect(spy).not.toHaveBeenCalled();
    await verifier.verify(tokens[0]!);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
