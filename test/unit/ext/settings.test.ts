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

describe('migrateSettings reads only what the stored value holds itself', () => {
  // Payloads as a restored backup or a broken write could leave them. JSON.parse makes
  // "__proto__" an own key, as it arrives from a file.
  const defaults = defaultSettings();
  it.each([
    ['an inherited key in visible', '{"visible": {"toString": false}}', defaults],
    ['inherited keys in colours', '{"colours": {"constructor": "#000000", "hasOwnProperty": "#111111"}}', defaults],
    ['a __proto__ at the top', '{"__proto__": {"autoRun": false, "visible": {"harm": false}}}', defaults],
    ['a __proto__ in visible', '{"visible": {"__proto__": {"harm": false}}}', defaults],
    ['a __proto__ in sites', '{"sites": {"__proto__": false, "justia": false}}', { ...defaults, sites: { justia: false } }],
    ['a __proto__ in colours', '{"colours": {"__proto__": "#000000", "harm": "#123456"}}', { ...defaults, colours: { ...defaults.colours, harm: '#123456' } }],
    ['inherited names in a version-1 hidden list', '{"hidden": ["toString", "__proto__", "valueOf", "bond"]}', { ...defaults, visible: { ...defaults.visible, bond: false } }],
    ['sites as a list', '{"sites": [true, false]}', defaults],
    ['visible as a list', '{"visible": [false]}', defaults],
    ['null everywhere', '{"autoRun": null, "sites": null, "colours": null, "visible": null, "hidden": null}', defaults],
    ['autoRun as text', '{"autoRun": "false"}', defaults],
  ])('%s', (_name, json, want) => {
    const got = migrateSettings(JSON.parse(json));
    expect(got).toEqual(want);
    // nothing reached Object.prototype or the settings' own prototypes
    expect(Object.getPrototypeOf(got.sites)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(got.visible)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).autoRun).toBeUndefined();
    expect(typeof got.visible.toString).toBe('function');
    expect(String(got.visible)).toBe('[object Object]');
  });

  it('an inherited object does not count: only its own keys', () => {
    const raw = Object.create({ autoRun: false, visible: { harm: false } });
    expect(migrateSettings(raw)).toEqual(defaults);
  });

  it('a site named like an inherited key is on unless switched off', () => {
    const s = migrateSettings(JSON.parse('{"sites": {"justia": false}}'));
    expect(['constructor', 'toString', '__proto__', 'justia'].map((site) => shouldAutoRun(s, site))).toEqual([true, true, true, false]);
  });

  it('keeps the paragraph wash the reader chose, and findings first otherwise', () => {
    expect(defaults.paragraphWash).toBe(false);
    expect(migrateSettings({ paragraphWash: true }).paragraphWash).toBe(true);
    expect(migrateSettings({ paragraphWash: 'yes' }).paragraphWash).toBe(false);
    expect(migrateSettings(JSON.parse('{"__proto__": {"paragraphWash": true}}')).paragraphWash).toBe(false);
  });
});
