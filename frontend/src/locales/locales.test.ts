import { describe, expect, it } from 'vitest';
import { has, t } from '.';

describe('t', () => {
  it('finds nested texts and fills parameters', () => {
    expect(t('nav.petitions')).toBe('Đơn thư');
    expect(t('unit.docSymbolHelp', { symbol: 'UBND' })).toBe('Ví dụ: Số: 12/TB-UBND');
  });

  it('returns the key for a missing text, so the gap is visible', () => {
    expect(t('nav.nothing')).toBe('nav.nothing');
  });

  it('has tells a text from a group or a gap', () => {
    expect(has('audit.actions.update')).toBe(true);
    expect(has('audit.actions')).toBe(false);
    expect(has('audit.actions.nothing')).toBe(false);
  });
});
