// What a notification says: its kind (clients pick an icon by it), a title that names the matter, and a body a
// clerk would write. Built by pure functions per feature (demand-notices, dispatch-notices, service-notices), so
// every text is in one place and tested as a sentence.

export interface Notice {
  kind: string;
  title: string;
  body: string;
}

/** The demand a notice names. */
export interface NoticeDemand {
  code: string;
  title: string;
}

/** What a person wrote, trimmed and without a closing full stop (the sentence around it adds its own). */
export function plainReason(reason: string | null | undefined): string {
  return (reason ?? '').trim().replace(/[。.！!]+$/u, '');
}

/** A person's reason as a sentence of its own: "原因：…。", or nothing without one. */
export function reasonClause(reason: string | null | undefined, label = '原因'): string {
  const text = plainReason(reason);
  return text ? `${label}：${text}。` : '';
}
