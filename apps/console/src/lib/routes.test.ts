import { describe, expect, it } from 'vitest';
import { resolve } from '$app/paths';
import { isConsolePath, rememberReturnTo, takeReturnTo } from './routes';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

describe('routes', () => {
  it('resolves paths under the /console base with ids only', () => {
    expect(resolve('/')).toBe('/console/');
    expect(resolve('/(staff)/cases/[id]', { id: 'c0ffee' })).toBe('/console/cases/c0ffee');
    expect(resolve('/admin/audit')).toBe('/console/admin/audit');
  });

  it('only returns to paths inside the console after signing in', () => {
    const s = memoryStorage();
    rememberReturnTo('/console/cases/abc', s);
    expect(takeReturnTo(s)).toBe('/console/cases/abc');
    expect(takeReturnTo(s)).toBe('/console/');
    for (const bad of [
      'https://evil.example/',
      '//evil.example/console',
      '/consolex',
      '/console/\\x',
    ]) {
      rememberReturnTo(bad, s);
      expect(takeReturnTo(s)).toBe('/console/');
    }
    expect(isConsolePath('/console')).toBe(true);
  });
});
