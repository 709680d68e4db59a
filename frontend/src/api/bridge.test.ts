import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, call, toApiError } from './bridge';

afterEach(() => {
  delete window.go;
});

describe('toApiError', () => {
  it('keeps the kind, message and field messages of app.Present', () => {
    const e = toApiError({ kind: 'invalid', message: 'Thông tin chưa hợp lệ', fields: { name: 'Vui lòng nhập tên đơn vị' } });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.kind).toBe('invalid');
    expect(e.message).toBe('Thông tin chưa hợp lệ');
    expect(e.fields.name).toBe('Vui lòng nhập tên đơn vị');
  });

  it('never shows the text of an internal error or of the runtime', () => {
    expect(toApiError({ kind: 'internal', message: 'sql: database is locked' }).message).toMatch(/^Lỗi hệ thống/);
    expect(toApiError('Call to app.X timed out').message).toMatch(/^Lỗi hệ thống/);
    expect(toApiError({ kind: 'weird', message: 'x' }).kind).toBe('internal');
  });
});

describe('call', () => {
  it('calls window.go.<pkg>.<Struct>.<Method> with the arguments', async () => {
    window.go = { app: { Settings: { DateLine: async (...args: unknown[]) => `line for ${String(args[0])}` } } };
    await expect(call<string>('app.Settings.DateLine', 'Hà Tĩnh')).resolves.toBe('line for Hà Tĩnh');
  });

  it('turns a rejection into an ApiError', async () => {
    window.go = {
      app: { Settings: { SaveUnit: () => Promise.reject({ kind: 'conflict', message: 'Vừa được người khác cập nhật' }) } },
    };
    await expect(call('app.Settings.SaveUnit', {})).rejects.toMatchObject({ kind: 'conflict', message: 'Vừa được người khác cập nhật' });
  });

  it('says so when the bindings are missing', async () => {
    await expect(call('app.System.Info')).rejects.toMatchObject({ kind: 'internal', message: expect.stringContaining('app.System.Info') });
  });
});
