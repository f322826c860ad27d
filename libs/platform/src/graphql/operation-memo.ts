// A verdict about an operation that depends only on its parsed document, operation name and variables (its cost,
// whether an argument breaks the input rules) is worked out once per such triple, not on every request: Apollo
// hands back the same parsed document for the same query text, so a board polled by every client with the same
// variables is judged once. Only the verdict is kept, never a result, and the key holds every variable, so two
// requests share a verdict only when they would have reached the same one.

/** Variable sets remembered per parsed document (the oldest is forgotten first). */
export const VERDICTS_PER_DOCUMENT = 32;
/** Longer variables (an uploaded file, a long text) are judged every time rather than kept as a key. */
export const MAX_VERDICT_KEY = 2_000;

export type OperationMemo<V> = (
  request: { document: object; operationName?: string | null; variables?: Record<string, unknown> | null },
  judge: () => V,
) => V;

export function operationMemo<V>(
  perDocument = VERDICTS_PER_DOCUMENT,
  maxKey = MAX_VERDICT_KEY,
): OperationMemo<V> {
  const known = new WeakMap<object, Map<string, V>>();
  return ({ document, operationName, variables }, judge) => {
    const key = JSON.stringify([operationName ?? null, variables ?? {}]);
    if (key.length > maxKey) return judge();
    let verdicts = known.get(document);
    if (!verdicts) known.set(document, (verdicts = new Map()));
    if (verdicts.has(key)) return verdicts.get(key)!;
    const verdict = judge();
    if (verdicts.size >= perDocument) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, verdict);
    return verdict;
  };
}
