/**
 * The manifest a reader installs (wxt.config.ts): opinion pages only, no local hosts;
 * `LENS_TEST_HOSTS=1` adds 127.0.0.1 and localhost for the tests, the demo and the bench.
 * scripts/check-manifest.ts runs the same check on the built files in `npm test`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manifestProblems } from '../../../scripts/check-manifest';

type Manifest = Parameters<typeof manifestProblems>[0];

async function manifestFor(browser: 'chrome' | 'firefox', testHosts: string | undefined): Promise<Manifest> {
  vi.resetModules();
  if (testHosts === undefined) delete process.env.LENS_TEST_HOSTS;
  else process.env.LENS_TEST_HOSTS = testHosts;
  const config = (await import('../../../wxt.config')).default as { manifest: (env: { browser: string }) => Manifest };
  return config.manifest({ browser });
}

afterEach(() => {
  delete process.env.LENS_TEST_HOSTS;
});

describe('the manifest', () => {
  it.each(['chrome', 'firefox'] as const)('a plain %s build has no test hosts and matches CourtListener opinions only', async (browser) => {
    const m = await manifestFor(browser, undefined);
    expect(manifestProblems(m)).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(m.content_scripts?.map((c) => c.js)).toEqual([['guest-styles.js'], ['guest.js']]);
    expect(m.host_permissions).toContain('*://www.courtlistener.com/opinion/*');
  });
  it('LENS_TEST_HOSTS=1 adds 127.0.0.1 and localhost, and the check says so', async () => {
    const m = await manifestFor('chrome', '1');
    expect(m.host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    expect(manifestProblems(m)).toContain('a local host is in the manifest: http://127.0.0.1/*');
  });
  it('the check finds a site-wide CourtListener pattern and a missing content script', () => {
    expect(manifestProblems({ host_permissions: ['*://www.courtlistener.com/*'], content_scripts: [] })).toEqual([
      'CourtListener matched site-wide: *://www.courtlistener.com/*',
      'the content script guest.js is not registered',
    ]);
  });
});
