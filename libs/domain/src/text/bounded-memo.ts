/**
 * Answers remembered by key, up to `max` of them (past it the memory starts again), and forgotten whenever the
 * generation given changes (a vocabulary's fingerprint: what was computed with the old words is wrong with the new).
 * For the text work the matcher and the search engine redo for the same experts and words request after request.
 * Answers are shared: callers must not change them.
 */
export class BoundedMemo<K, V> {
  private readonly answers = new Map<K, V>();
  private generation: string | undefined;

  constructor(private readonly max: number) {}

  get(key: K, compute: () => V, generation?: string): V {
    if (generation !== this.generation) {
      this.answers.clear();
      this.generation = generation;
    }
    if (this.answers.has(key)) return this.answers.get(key)!;
    const value = compute();
    if (this.answers.size >= this.max) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}
