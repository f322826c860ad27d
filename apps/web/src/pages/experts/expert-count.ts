// How the library writes its counts: a search with words counts only up to 10,000 (the API's totalCapped and
// facetsCapped), so a capped total reads "10,000+" and capped facet counts read "约 …".

export function expertTotalText(total: number, capped: boolean | null | undefined): string {
  return capped ? `${total.toLocaleString('zh-CN')}+` : String(total);
}

export function facetCountText(count: number, approximate: boolean | null | undefined): string {
  return approximate ? `约 ${count}` : String(count);
}
