// How the library writes its counts: a search with words counts only up to 10,000 (the API's totalCapped and
// facetsCapped), so a capped total reads "10,000+" and capped facet counts read "约 …".

export function expertTotalText(total: number, capped: boolean | null | undefined): string {
  return capped ? `${total.toLocaleString('zh-CN')}+` : String(total);
}

export function facetCountText(count: number, approximate: boolean | null | undefined): string {
  return approximate ? `约 ${count}` : String(count);
}

/**
 * What the search put in place of words nobody in the library wrote, once per word: “库中没有专家写到“苹果”，已按“果树”
 * 检索”; past three words, the first three and how many (a list of 28 fruits would fill the screen).
 */
export function broadenedText(broadened: readonly { word: string; broader: string }[]): string {
  const quote = (ws: string[]) => ws.map((w) => `“${w}”`).join('、');
  const words = [...new Set(broadened.map((b) => b.word))];
  const broader = [...new Set(broadened.map((b) => b.broader))];
  const named = words.length > 3 ? `${quote(words.slice(0, 3))}等 ${words.length} 个词` : quote(words);
  const by = broader.length > 3 ? `${quote(broader.slice(0, 3))}等` : quote(broader);
  return `（库中没有专家写到${named}，已按${by}检索）`;
}
