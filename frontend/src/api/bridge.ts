// The only module that touches the Go bindings. In the Wails window the
// runtime defines window.go.<package>.<Struct>.<Method>; under `tiepdan serve`
// the bridge script defines the same functions over HTTP. Either way a call
// returns a Promise that rejects with the payload of app.Present.

/** The kinds of error the Go side returns (app/domain.Kind). */
export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'unauthorized' | 'forbidden' | 'unavailable' | 'internal';

/** An error from Go, with the Vietnamese message to show. */
export class ApiError extends Error {
  readonly kind: ErrorKind;
  /** Message per field name, for Invalid. */
  readonly fields: Record<string, string>;

  constructor(kind: ErrorKind, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.fields = fields;
  }
}

const systemError = 'Lỗi hệ thống. Chi tiết đã được ghi vào nhật ký của ứng dụng.';

/** Turns whatever a binding rejected with into an ApiError. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (reason && typeof reason === 'object' && 'message' in reason) {
    const r = reason as { kind?: string; message?: unknown; fields?: Record<string, string> };
    const kinds: ErrorKind[] = ['invalid', 'not_found', 'conflict', 'unauthorized', 'forbidden', 'unavailable', 'internal'];
    const kind = kinds.includes(r.kind as ErrorKind) ? (r.kind as ErrorKind) : 'internal';
    const message = kind === 'internal' || typeof r.message !== 'string' ? systemError : r.message;
    return new ApiError(kind, message, r.fields ?? {});
  }
  // A plain string is an error of the Wails runtime itself, not of our code.
  return new ApiError('internal', systemError);
}

type Binding = (...args: unknown[]) => Promise<unknown>;

declare global {
  interface Window {
    go?: Record<string, Record<string, Record<string, Binding>>>;
  }
}

let onUnauthorized: ((err: ApiError) => void) | undefined;

/**
 * Sets what happens when a call finds the session logged out or locked
 * (the app shows the login screen). Calls of app.Auth itself are exempt.
 */
export function setUnauthorizedHandler(handler: ((err: ApiError) => void) | undefined) {
  onUnauthorized = handler;
}

/** Calls the bound Go method name ("app.Settings.SaveUnit") with args. */
export async function call<T>(name: string, ...args: unknown[]): Promise<T> {
  const [pkg, svc, method] = name.split('.');
  const fn = window.go?.[pkg]?.[svc]?.[method];
  if (!fn) {
    throw new ApiError('internal', `Không tìm thấy chức năng ${name}: hãy mở ứng dụng TiếpDân thay vì mở tệp trực tiếp.`);
  }
  try {
    return (await fn(...args)) as T;
  } catch (reason) {
    const err = toApiError(reason);
    if (err.kind === 'unauthorized' && svc !== 'Auth') onUnauthorized?.(err);
    throw err;
  }
}
