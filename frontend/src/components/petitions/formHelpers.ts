// Small helpers of the Đơn thư forms: ISO dates in Ant Design pickers, and
// Go's field messages on nested fields ("petitioners.0.idNumber").
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ApiError } from '../../api';

/** Form.Item props that keep a date as an ISO string, as Go does, while the picker shows dd/mm/yyyy. */
export const isoDate = {
  getValueProps: (v: string) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : ''),
};

/** "petitioners.0.idNumber" → ['petitioners', 0, 'idNumber'], the form's name path. */
export const namePath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Shows the messages of an Invalid error from Go beside the fields of form
 * that shown names (a name ending in "." stands for every name it starts:
 * "petitioners." for "petitioners.0.idNumber"), focuses the first, and
 * returns the messages of the other fields, for the caller to show with
 * err.message.
 */
export function showPathErrors<T>(form: FormInstance<T>, err: ApiError, shown: string[]): string[] {
  if (err.kind !== 'invalid') return [];
  const isShown = (n: string) => shown.some((s) => (s.endsWith('.') ? n.startsWith(s) : n === s));
  const names = Object.keys(err.fields);
  const here = names.filter(isShown);
  form.setFields(here.map((n) => ({ name: namePath(n) as never, errors: [err.fields[n]] })));
  if (here.length > 0) form.focusField(namePath(here[0]) as never);
  return names.filter((n) => !isShown(n)).map((n) => err.fields[n]);
}
