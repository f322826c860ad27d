// The one way a form shows the server's field errors (BAD_USER_INPUT `extensions.fieldErrors`): each message under
// the form item it belongs to, the first such item scrolled into view, and the whole message for the banner.
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { fieldErrorsOf } from './field-errors';
import { errorMessage } from './graphql-errors';

/**
 * Where a server field lands in the form: the same name by default; a map sends server names elsewhere (e.g. the
 * server's `startDate` and `endDate` onto one range picker `period`), `null` leaves a field to the banner.
 */
export type ServerFieldMap<Values> = Partial<Record<string, keyof Values | (string | number)[] | null>>;

export interface ServerErrorResult {
  /** The message for the form's banner (always set). */
  message: string;
  /** How many field errors were placed under their items. */
  placed: number;
}

/**
 * Places the error's field errors on the form items of the same name (or where `map` sends them). The banner
 * message always carries the whole error, so a field the form does not show is never lost.
 */
export function applyServerFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  options: { map?: ServerFieldMap<Values>; fallback?: string; scroll?: boolean } = {},
): ServerErrorResult {
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const [serverName, text] of Object.entries(fieldErrorsOf(error))) {
    const mapped = options.map && serverName in options.map ? options.map[serverName] : serverName;
    if (mapped === null || mapped === undefined) continue;
    const name = Array.isArray(mapped) ? mapped : [String(mapped)];
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byName.set(key, entry);
  }
  const fields = [...byName.values()];
  if (fields.length) {
    form.setFields(fields.map(({ name, errors }) => ({ name: name as never, errors })));
    if (options.scroll !== false)
      form.scrollToField(fields[0]!.name as never, { block: 'center', focus: true });
  }
  return { message: errorMessage(error, options.fallback ?? '保存失败，请稍后重试'), placed: fields.length };
}

/** `applyServerFieldErrors` bound to one form. */
export function useServerFieldErrors<Values>(form: FormInstance<Values>, map?: ServerFieldMap<Values>) {
  return useCallback(
    (error: unknown, fallback?: string) => applyServerFieldErrors(form, error, { map, fallback }),
    [form, map],
  );
}
