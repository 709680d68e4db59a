import type { FormInstance } from 'antd';
import type { ApiError } from '../../api';

/**
 * Shows the messages of an Invalid error from Go beside the fields of form
 * (in the order of fields) and moves the focus to the first bad one. Returns
 * false when err carries no message for any of fields, so the caller shows
 * err.message elsewhere.
 */
export function showFieldErrors<T>(form: FormInstance<T>, err: ApiError, fields: string[]): boolean {
  if (err.kind !== 'invalid') return false;
  const bad = fields.filter((f) => f in err.fields);
  if (bad.length === 0) return false;
  form.setFields(bad.map((f) => ({ name: f as never, errors: [err.fields[f]] })));
  form.focusField(bad[0] as never);
  return true;
}
