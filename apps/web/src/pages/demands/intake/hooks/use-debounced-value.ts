import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `delay` ms (a query per pause in typing, not per key). */
export function useDebouncedValue<T>(value: T, delay = 500): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
