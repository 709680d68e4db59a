// All UI text lives in vi.json, even with one language, so wording is
// reviewed in one place and stays consistent with the official terms.
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

/** Reports whether vi.json has a text at key, for labels of values that may have none. */
export function has(key: string): boolean {
  let node: string | Tree | undefined = vi as Tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string';
}

/** Returns the text at key ("unit.name"), with {param} filled from params. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = vi as Tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') {
    if (import.meta.env.DEV) console.warn(`missing text: ${key}`);
    return key;
  }
  return node.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m));
}
