// Field-level problems the server may attach to a BAD_USER_INPUT error (`extensions.fieldErrors`).
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    const fieldErrors = e.extensions?.fieldErrors;
    if (!fieldErrors || typeof fieldErrors !== 'object') continue;
    for (const [field, message] of Object.entries(fieldErrors as Record<string, unknown>)) {
      if (typeof message === 'string' && !(field in result)) result[field] = message;
    }
  }
  return result;
}
