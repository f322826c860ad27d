// How the library writes its counts: a search with words counts only up to 10,000 (the API's totalCapped and
// facetsCapped), so a capped total reads "10,000+" and capped facet counts read "约 …".

export function expertTotalText(total: number, capped: boolean | null | undefined): string {
  return capped ? `${total.toLocaleString('zh-CN')}+` : String(total);
}

export function facetCountText(count: number, approximate: boolean | null | undefined): string {
  return approximate ? `约 ${count}` : String(count);
}

const quoted = (ws: readonly string[]) => ws.map((w) => `“${w}”`).join('、');

/** Words once each; past three, the first three and how many. */
function wordsText(words: readonly string[]): string {
  const once = [...new Set(words)];
  return once.length > 3 ? `${quoted(once.slice(0, 3))}等 ${once.length} 个词` : quoted(once);
}

/**
 * The words of a search nobody in the library wrote (the API's `unmatched`): “库中没有专家写到“河道””. With hits, the
 * page adds that they are about the other words.
 */
export function unmatchedText(unmatched: readonly string[]): string {
  return unmatched.length ? `库中没有专家写到${wordsText(unmatched)}` : '';
}

/**
 * What the search put in place of words nobody in the library wrote, once per word: “库中没有专家写到“苹果”，已按“果树”
 * 检索”; past three words, the first three and how many (a list of 28 fruits would fill the screen).
 */
export function broadenedText(broadened: readonly { word: string; broader: string }[]): string {
  const broader = [...new Set(broadened.map((b) => b.broader))];
  const by = broader.length > 3 ? `${quoted(broader.slice(0, 3))}等` : quoted(broader);
  return `（库中没有专家写到${wordsText(broadened.map((b) => b.word))}，已按${by}检索）`;
}
