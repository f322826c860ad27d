// Demo people: names (weighted by how common the surname is) and unique mobile numbers.
import type { Gender } from '@app/domain';
import type { Rng } from './seeded-rng.js';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from './data/names.js';

export interface PersonName {
  name: string;
  gender: Gender;
  /** 'zhang.wei' style local part of the e-mail address. */
  emailName: string;
}

/** Common surnames are drawn more often: the first ten five times, the next twenty 2.5 times as often. */
const WEIGHTED_SURNAMES = SURNAMES.map(([name, py], i) => ({
  name,
  py,
  weight: i < 10 ? 5 : i < 30 ? 2.5 : 1,
}));

export function hanName(rng: Rng, gender: Gender): PersonName {
  const { name: surname, py: surnamePy } = rng.weighted(WEIGHTED_SURNAMES, (s) => s.weight);
  const [given, givenPy] = rng.pick(gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN);
  return { name: surname + given, gender, emailName: `${surnamePy}.${givenPy}` };
}

/** Mobile numbers in the 130–139 segments, never repeated within the dataset. */
export function uniqueMobile(rng: Rng, used: Set<string>): string {
  for (;;) {
    const phone = '13' + rng.int(0, 9) + rng.int(1, 9) + rng.digits(7);
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}
