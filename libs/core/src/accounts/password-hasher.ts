import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const passwordHasher = {
  hash: (password: string) => argon2.hash(password, { type: argon2.argon2id }),
  verify: async (hash: string, password: string) => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};

/** A valid hash of a random string: verified against when the username is unknown, so timing reveals nothing. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= passwordHasher.hash('not-a-real-password-' + Math.random());
  return dummy;
}
