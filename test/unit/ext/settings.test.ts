import { describe, expect, it } from 'vitest';
import { defaultSettings, migrateSettings, shouldAutoRun } from '../../../lib/ext/settings';

describe('migrateSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['garbage', 'not an object'],
    ['a number', 42],
  ])('gives the defaults for %s', (_, raw) => {
    expect(migrateSettings(raw)).toEqual(defaultSettings());
  });

  it('carries a version-1 hidden list over to visible flags', () => {
    const s = migrateSettings({ version: 1, autoRun: false, hidden: ['bond', 'nonsense'] });
    expect(s.version).toBe(2);
    expect(s.autoRun).toBe(false);
    expect(s.visible.bond).toBe(false);
    expect(s.visible.harm).toBe(true);
  });

  it('keeps valid colours and drops invalid ones', () => {
    const s = migrateSettings({ colours: { harm: '#112233', success: 'red', bogus: '#000000' } });
    expect(s.colours.harm).toBe('#112233');
    expect(s.colours.success).toBe(defaultSettings().colours.success);
    expect('bogus' in s.colours).toBe(false);
  });

  it('switches sites off one by one', () => {
    const s = migrateSettings({ sites: { justia: false } });
    expect(shouldAutoRun(s, 'justia')).toBe(false);
    expect(shouldAutoRun(s, 'courtlistener')).toBe(true);
    expect(shouldAutoRun({ ...s, autoRun: false }, 'courtlistener')).toBe(false);
  });
});
