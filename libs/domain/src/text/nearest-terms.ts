// "Did you mean": when a search finds nothing, the known words nearest to what was typed — by shared characters
// and character pairs (番加 → 番茄; 叶霉 → 叶霉病), so a typo or an unfamiliar word still leads somewhere. The
// engines then keep only suggestions that find someone.

const norm = (w: string) => w.normalize('NFKC').trim().toLowerCase();

/** Suffixes and particles: sharing only these (厂子 and 种子) says nothing about meaning. */
const AFFIXES = new Set([...'子儿头的了着过们者性化家员式']);

/**
 * One character in common (no pair, neither word inside the other) reads as a typo only when few known words have
 * that character, in the same place: 茄 (番茄) yes, so 蕃茄 → 番茄; 电 (停电, 电商, 省电 … 50 words) no, so 心电 is
 * not offered 停电.
 */
const RARE_CHARACTER_MAX = 5;

/** How many candidates have each character (a zero-result search's cost: ~1,700 words). */
function countsOf(candidates: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const ch of new Set(norm(c))) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * A typo keeps the character it shares in its place, counted from the start or from the end: 番加 ~ 番茄, 蕃茄 ~ 番茄,
 * but 耳朵 is not 木耳 and 厂子 is not 药厂.
 */
function samePlace(a: string, b: string, ch: string): boolean {
  const x = [...a];
  const y = [...b];
  const i = x.indexOf(ch);
  const j = y.indexOf(ch);
  return i === j || x.length - i === y.length - j;
}

function pairs(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * 0..1: the better of the Dice coefficient of character pairs and the share of characters in common (a little
 * less), plus a bonus when one contains the other: 蕃茄 ~ 番茄 0.38, 计算 ~ 计算机视觉 0.6.
 */
export function termSimilarity(a: string, b: string): number {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const px = pairs(x);
  const py = pairs(y);
  const bag = new Map<string, number>();
  for (const p of py) bag.set(p, (bag.get(p) ?? 0) + 1);
  let common = 0;
  for (const p of px) {
    const n = bag.get(p) ?? 0;
    if (n > 0) {
      common++;
      bag.set(p, n - 1);
    }
  }
  const dice = (2 * common) / (px.length + py.length);
  const cx = new Set(x);
  const cy = new Set(y);
  const shared = [...cx].filter((c) => cy.has(c)).length;
  const chars = shared / Math.max(cx.size, cy.size);
  const contains = x.includes(y) || y.includes(x) ? 0.2 : 0;
  return Math.min(1, Math.max(dice, 0.75 * chars) + contains);
}

/**
 * The candidates nearest to any of the words, best first, each at most once; only those sharing at least one
 * character with a word (not a mere suffix: 厂子 is not near 种子) and at least `min` similar.
 */
export function nearestTerms(
  words: readonly string[],
  candidates: readonly string[],
  limit = 8,
  min = 0.3,
): string[] {
  const ws = [...new Set(words.map(norm).filter((w) => [...w].length >= 1))];
  if (!ws.length) return [];
  const scored: { term: string; score: number }[] = [];
  const seen = new Set<string>();
  const counts = countsOf(candidates);
  for (const c of candidates) {
    const k = norm(c);
    if (!k || seen.has(k) || ws.includes(k)) continue;
    seen.add(k);
    let best = 0;
    for (const w of ws) {
      const shared = [...new Set(w)].filter((ch) => !AFFIXES.has(ch) && k.includes(ch));
      if (!shared.length) continue;
      const onlyOne =
        shared.length === 1 && !k.includes(w) && !w.includes(k) && !pairs(w).some((p) => k.includes(p));
      if (onlyOne && ((counts.get(shared[0]!) ?? 0) > RARE_CHARACTER_MAX || !samePlace(w, k, shared[0]!)))
        continue;
      best = Math.max(best, termSimilarity(w, k));
    }
    if (best >= min) scored.push({ term: c, score: best });
  }
  return scored
    .sort(
      (a, b) => b.score - a.score || [...a.term].length - [...b.term].length || (a.term < b.term ? -1 : 1),
    )
    .slice(0, limit)
    .map((s) => s.term);
}
