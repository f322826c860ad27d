import { useCallback, useState } from 'react';
import type { DemandListItem } from '../../../../graphql/operations';

/** Which demand's similar cases the inbox shows in its drawer (none: closed). */
export function useSimilarDrawer() {
  const [demand, setDemand] = useState<DemandListItem | null>(null);
  const open = useCallback((d: DemandListItem) => setDemand(d), []);
  const close = useCallback(() => setDemand(null), []);
  return { demand, open, close };
}
