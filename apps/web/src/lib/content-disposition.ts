// Reads a download's file name from its header; no DOM, so the Node tests use it too.

/** The name in `Content-Disposition: attachment; filename*=UTF-8''…`, if the server gave one. */
export function dispositionFileName(header: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded.trim());
  } catch {
    return null;
  }
}
