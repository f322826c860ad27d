// Search highlights arrive as text with <em>…</em> around the matched words. They are rendered by splitting on
// those two tags only: everything else, markup included, stays plain text (never inserted as HTML).
import type { ReactNode } from 'react';

export interface HighlightPart {
  text: string;
  hit: boolean;
}

export function highlightParts(fragment: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let hit = false;
  for (const piece of fragment.split(/(<\/?em>)/i)) {
    if (/^<em>$/i.test(piece)) hit = true;
    else if (/^<\/em>$/i.test(piece)) hit = false;
    else if (piece) parts.push({ text: piece, hit });
  }
  return parts;
}

export function Highlight({ fragment }: { fragment: string }): ReactNode {
  return highlightParts(fragment).map((part, i) =>
    part.hit ? (
      <mark key={i} className="search-hit">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
