import { describe, expect, it } from 'vitest';
import { areaOf } from './AppShell';

describe('areaOf', () => {
  it.each([
    ['/', 'dashboard'],
    ['/cai-dat', 'settings'],
    ['/cai-dat/lich-lam-viec', 'settings'],
    ['/cong-cu/tinh-thoi-han', 'tools'],
    ['/don-thu', 'petitions'],
    ['/khong-co', 'dashboard'],
  ])('%s is in %s', (path, key) => {
    expect(areaOf(path).key).toBe(key);
  });
});
