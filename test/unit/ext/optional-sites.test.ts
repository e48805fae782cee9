/**
 * The sites the reader opts into (Westlaw): their scripts are registered while their
 * optional host permission is granted, once, and unregistered when it is taken back
 * (lib/ext/optional-sites.ts). Granting cannot be automated in a real browser (Chromium
 * shows its prompt), so the registration is tested here against a registry whose
 * permission is present or not; test/browser/westlaw-permission.test.ts checks the manifest
 * and the not-granted state in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { syncOptionalSites, scriptsFor, type RegisteredScript, type ScriptRegistry } from '../../../lib/ext/optional-sites';
import { matchesPattern, OPTIONAL_PATTERNS, OPTIONAL_SITES, optionalSiteFor, siteMatches } from '../../../lib/ext/sites';

function fakeRegistry(granted: boolean) {
  const scripts = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const reg: ScriptRegistry & { grant(v: boolean): void } = {
    grant: (v) => void (granted = v),
    granted: async (origins) => granted && origins.every((o) => OPTIONAL_PATTERNS.includes(o)),
    registered: async () => [...scripts.keys()],
    register: async (list) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
        calls.push(`+${s.id}`);
      }
    },
    unregister: async (ids) => {
      for (const id of ids) scripts.delete(id);
      calls.push(...ids.map((id) => `-${id}`));
    },
  };
  return { reg, scripts, calls };
}

describe('optional sites', () => {
  it.each([
    ['https://next.westlaw.com/Document/I0b6b9d3e9c1f11d993e6d35cc61aab4a/View/FullText.html', 'westlaw'],
    ['https://1.next.westlaw.com/Document/Ia1b2/View/FullText.html?transitionType=Default', 'westlaw'],
    ['https://next.westlaw.com/Search/Results.html', null],
    ['http://next.westlaw.com/Document/I0b6b', null],
    ['https://westlaw.com.example.org/Document/x', null],
  ])('%s is %s', (url, key) => {
    expect(optionalSiteFor(url)?.key ?? null).toBe(key);
  });

  it('are never among the sites a build matches by itself', () => {
    for (const p of [...siteMatches(false), ...siteMatches(true)]) expect(OPTIONAL_PATTERNS).not.toContain(p);
    expect(siteMatches(true).some((p) => matchesPattern(p, 'https://next.westlaw.com/Document/I0b6b/View/FullText.html'))).toBe(false);
  });

  it('registers nothing while the permission is not granted', async () => {
    const { reg, scripts } = fakeRegistry(false);
    expect(await syncOptionalSites(reg)).toEqual([]);
    expect(scripts.size).toBe(0);
  });

  it('registers the lens’s two scripts once granted, once only, and removes them when taken back', async () => {
    const { reg, scripts, calls } = fakeRegistry(true);
    expect(await syncOptionalSites(reg)).toEqual(['westlaw']);
    const westlaw = OPTIONAL_SITES.find((s) => s.key === 'westlaw')!;
    expect([...scripts.values()]).toEqual(scriptsFor(westlaw));
    expect([...scripts.values()].map((s) => [s.js, s.runAt])).toEqual([[['guest-styles.js'], 'document_start'], [['guest.js'], 'document_end']]);
    expect([...scripts.values()].every((s) => s.matches.join() === westlaw.patterns.join())).toBe(true);
    // a second start (or a second grant event) registers nothing again
    await syncOptionalSites(reg);
    expect(calls.filter((c) => c.startsWith('+'))).toHaveLength(2);
    reg.grant(false);
    expect(await syncOptionalSites(reg)).toEqual([]);
    expect(scripts.size).toBe(0);
  });
});
