/**
 * A library of 100,000 notes in a real Chromium with the built extension: a backup file
 * (made here, notes anchored on the real opinions in test/fixtures/texts) restored through
 * the library page's file input, exported again through its Export button, the download
 * read from disk and checked, and restored into a second, fresh profile where the seed
 * opinion's notes are all placed on its words. Over 64 MB, such a file could not pass through
 * one runtime message (Chrome's limit): the pages read and write the database themselves.
 * The library page links only http(s) URLs, even for a row the importer never saw.
 * Waits are liveness limits only (the machine is shared); durations are logged, not judged.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings, SETTINGS_KEY } from '../../lib/ext/settings';
import { FIXTURES, launchWithExtension, serveFixtures, settled, waitForLens, type Lens, type Served } from './harness';

const LIVENESS = 240_000;
const NOTES = 100_000;
const SEED_NOTES = 1_000;
const seed = readFileSync(join(FIXTURES, 'texts/002_962009f5170617b3.txt'), 'utf8');
const others = readdirSync(join(FIXTURES, 'texts')).filter((f) => f.endsWith('.txt') && !f.startsWith('002_'));

const mySettings = {
  ...defaultSettings(),
  autoRun: false,
  sites: { justia: false },
  colours: { ...defaultSettings().colours, harm: '#112233' },
  visible: { ...defaultSettings().visible, bond: false },
};

const COMMENTS = [
  'Compare the Winter standard as applied by the Second Circuit; the court does not cite Nken here.',
  'Key finding on irreparable harm. Check whether the presumption survives eBay in this circuit.',
  'The court balances the equities in one sentence: worth quoting in the reply brief.',
  'Public interest merges with the harm to the government (Nken, 556 U.S. at 435).',
  'Bond waived: cite for the proposition that a nominal bond is within the court’s discretion.',
  'Likelihood of success: only the first claim is reached. Follow up on the remaining counts.',
];
const TAGS = ['harm', 'merits', 'equities', 'public-interest', 'bond', 'standard', 'cite-check', 'follow-up'];

interface Opinion {
  id: string;
  text: string;
  textHash: string;
  title: string;
  notes: number;
}

/** Sentence-like spans of a text (offsets into it), to anchor notes on. */
function spans(text: string): [number, number][] {
  return [...text.matchAll(/[A-Z][^.!?\n]{30,220}[.!?]/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** A backup as a reader's Lens writes it: opinion rows, notes with position + quote selectors, options. */
function makeBackupFile(opinions: Opinion[]): { text: string; ids: string[] } {
  const ids: string[] = [];
  const annotations: string[] = [];
  let n = 0;
  for (const o of opinions) {
    const where = spans(o.text);
    for (let i = 0; i < o.notes; i++, n++) {
      const [start, end] = where[i % where.length];
      const id = `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      ids.push(id);
      const created = new Date(Date.parse('2025-06-01T00:00:00Z') + n * 60_000).toISOString();
      annotations.push(
        JSON.stringify({
          id,
          opinionId: o.id,
          kind: 'highlight',
          selectors: [
            { type: 'TextPositionSelector', start, end },
            { type: 'TextQuoteSelector', exact: o.text.slice(start, end), prefix: o.text.slice(Math.max(0, start - 32), start), suffix: o.text.slice(end, end + 32) },
          ],
          note: `${COMMENTS[n % COMMENTS.length]} (note ${n + 1})`,
          tags: [TAGS[n % TAGS.length], TAGS[(n * 7 + 3) % TAGS.length]].filter((t, k, a) => a.indexOf(t) === k),
          paragraph: null,
          override: null,
          created,
          modified: created,
          deletedAt: null,
        }),
      );
    }
  }
  const rows = opinions.map((o, i) => ({
    id: o.id, url: o.id, site: null, title: o.title, court: null, date: null, docket: null, textHash: o.textHash,
    lastOpened: Date.parse('2025-06-01T00:00:00Z') + i, relief: null, outcome: null, findings: [],
  }));
  const head = { format: 'injunction-lens-backup', formatVersion: 1, exportedAt: new Date().toISOString(), settings: [{ id: SETTINGS_KEY, schema: 2, value: mySettings }], opinions: rows };
  // the same shape JSON.stringify(backup) gives, written without one 100,000-row array
  return { text: `${JSON.stringify(head).slice(0, -1)},"annotations":[\n${annotations.join(',\n')}\n]}\n`, ids };
}

let served: Served;
let lens: Lens | undefined;
let second: Lens | undefined;
const work = mkdtempSync(join(tmpdir(), 'lens-backup-'));

beforeAll(async () => {
  served = await serveFixtures();
  served.routes.set('/smalls.txt', { body: seed, type: 'text/plain; charset=utf-8' });
  lens = await launchWithExtension();
});
afterAll(async () => {
  await lens?.close();
  await second?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

async function libraryPage(l: Lens): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.extensionId}/library.html`);
  await page.waitForSelector('#import');
  return page;
}

/** Chooses `path` in the library page's file input and returns the status once the import is done. */
async function restore(page: Page, path: string): Promise<string> {
  await page.setInputFiles('#import', path);
  await page.waitForFunction(() => /^(Restored|Imported|Nothing imported)/.test(document.getElementById('transfer-status')?.textContent ?? ''), null, { timeout: LIVENESS, polling: 500 });
  return (await page.textContent('#transfer-status')) ?? '';
}

/** The extension APIs this test calls beyond test/browser/chrome.d.ts's. */
type MoreChrome = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  action: { onClicked: { dispatch(tab: unknown): void } };
};

const storedSettings = (l: Lens) => l.worker.evaluate(async (key) => (await (chrome as unknown as MoreChrome).storage.local.get(key))[key], SETTINGS_KEY);

/** The reading text and hash the extension stored for the page at `url` (read from its IndexedDB). */
async function readingOf(l: Lens, url: string): Promise<{ text: string; hash: string }> {
  const page = await libraryPage(l);
  try {
    await page.waitForFunction(
      (u) =>
        new Promise<boolean>((resolve) => {
          const r = indexedDB.open('injunction-lens');
          r.onerror = () => resolve(false);
          r.onsuccess = () => {
            const g = r.result.transaction('analyses').objectStore('analyses').getAll();
            g.onsuccess = () => {
              r.result.close();
              resolve(g.result.some((x: { analysis: { document: { source?: { url?: string } } } }) => x.analysis.document.source?.url === u));
            };
            g.onerror = () => resolve(false);
          };
        }),
      url,
      { timeout: LIVENESS, polling: 500 },
    );
    return await page.evaluate(
      (u) =>
        new Promise<{ text: string; hash: string }>((resolve, reject) => {
          const r = indexedDB.open('injunction-lens');
          r.onerror = () => reject(r.error);
          r.onsuccess = () => {
            const g = r.result.transaction('analyses').objectStore('analyses').getAll();
            g.onsuccess = () => {
              r.result.close();
              const row = g.result.find((x: { analysis: { document: { source?: { url?: string } } } }) => x.analysis.document.source?.url === u);
              resolve({ text: row.analysis.text, hash: row.hash });
            };
          };
        }),
      url,
    );
  } finally {
    await page.close();
  }
}

describe('backups of any size', () => {
  it(
    'restore 100,000 notes through the file input, export them through the UI, restore the download into a fresh profile',
    async () => {
      const l = lens!;
      // the seed opinion as the extension reads it, so its notes sit on its real words
      const seedUrl = `${served.origin}/smalls.txt`;
      const opened = await l.context.newPage();
      await opened.goto(seedUrl);
      await settled(opened, 'ready', LIVENESS);
      const reading = await readingOf(l, seedUrl);
      await opened.close();
      const opinions: Opinion[] = [
        { id: seedUrl, text: reading.text, textHash: reading.hash, title: 'Smalls v. Berrios', notes: SEED_NOTES },
        ...others.map((f, i) => ({
          id: `${served.origin}/texts/${f}`,
          text: readFileSync(join(FIXTURES, 'texts', f), 'utf8'),
          textHash: `fixture-${i}`,
          title: f.replace(/\.txt$/, '').replace(/_/g, ' '),
          notes: Math.floor((NOTES - SEED_NOTES) / others.length) + (i < (NOTES - SEED_NOTES) % others.length ? 1 : 0),
        })),
      ];
      const made = makeBackupFile(opinions);
      expect(made.ids).toHaveLength(NOTES);
      const input = join(work, 'made-backup.json');
      writeFileSync(input, made.text);
      const inputMb = statSync(input).size / 2 ** 20;

      // 1. restore through the library page's file input
      let t0 = Date.now();
      const lib = await libraryPage(l);
      const status = await restore(lib, input);
      const restoreMs = Date.now() - t0;
      // the seed opinion was opened just now: its row here is newer and stays
      expect(status).toBe(`Restored the backup: ${NOTES + opinions.length - 1} new or newer item(s) (opinions, notes, labels); 1 were already here. Your options were restored.`);
      expect(await storedSettings(l)).toEqual(mySettings);
      await lib.waitForFunction((n) => (document.getElementById('count')?.textContent ?? '').startsWith(`${n} opinion(s)`), opinions.length, { timeout: LIVENESS, polling: 500 });

      // 2. export through the UI (a backup is the default format), read the download from disk
      t0 = Date.now();
      expect(await lib.inputValue('#export-format')).toBe('backup');
      const [download] = await Promise.all([lib.waitForEvent('download', { timeout: LIVENESS }), lib.click('#export')]);
      const exported = join(work, download.suggestedFilename());
      await download.saveAs(exported);
      const exportMs = Date.now() - t0;
      expect(download.suggestedFilename()).toMatch(/^injunction-lens-backup-\d{4}-\d\d-\d\d\.json$/);
      await lib.waitForFunction(() => (document.getElementById('transfer-status')?.textContent ?? '').startsWith('Exported'), null, { timeout: LIVENESS });
      const exportedMb = statSync(exported).size / 2 ** 20;
      // more than one runtime message could carry in Chrome
      expect(exportedMb).toBeGreaterThan(64);
      const doc = JSON.parse(readFileSync(exported, 'utf8'));
      expect(doc).toMatchObject({ format: 'injunction-lens-backup', formatVersion: 1 });
      expect(doc.annotations).toHaveLength(NOTES);
      expect(new Set(doc.annotations.map((a: { id: string }) => a.id))).toEqual(new Set(made.ids));
      const firstMade = JSON.parse(made.text).annotations[0];
      expect(doc.annotations.find((a: { id: string }) => a.id === firstMade.id)).toEqual(firstMade);
      expect(doc.settings).toEqual([{ id: SETTINGS_KEY, schema: 2, value: mySettings }]);
      expect(doc.opinions.map((o: { id: string }) => o.id).sort()).toEqual(opinions.map((o) => o.id).sort());
      await lib.close();
      expect(l.offsite).toEqual([]);

      // 3. restore the download into a second, fresh profile
      second = await launchWithExtension();
      t0 = Date.now();
      const lib2 = await libraryPage(second);
      expect(await restore(lib2, exported)).toBe(`Restored the backup: ${NOTES + opinions.length} new or newer item(s) (opinions, notes, labels); 0 were already here. Your options were restored.`);
      const restore2Ms = Date.now() - t0;
      expect(await storedSettings(second)).toEqual(mySettings);
      await lib2.waitForFunction((n) => (document.getElementById('count')?.textContent ?? '').startsWith(`${n} opinion(s)`), opinions.length, { timeout: LIVENESS, polling: 500 });
      // the restored notes are searchable: one note says "(note 54321)"
      await lib2.fill('#q', '54321');
      await lib2.waitForFunction(() => (document.getElementById('count')?.textContent ?? '').startsWith('1 opinion(s), 1 matching note(s)'), null, { timeout: LIVENESS, polling: 500 });
      expect(await lib2.textContent('#hits .note')).toBe(`${COMMENTS[54320 % COMMENTS.length]} (note 54321)`);

      // the seed opinion's notes are placed on its page. Auto-run is off in the restored
      // options, so the reader clicks the toolbar button (the browser's own event, fired
      // into the extension's listener once its script is on the page)
      const page = await second.context.newPage();
      await page.goto(seedUrl);
      await waitForLens(page, 'true', LIVENESS);
      expect(await page.getAttribute('html', 'data-injunction-lens')).toBeNull();
      const tabId = await second.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        (chrome as unknown as MoreChrome).action.onClicked.dispatch(tab);
        return tab.id!;
      }, seedUrl);
      await settled(page, 'ready', LIVENESS);
      // every one of its notes found its words (none listed apart as unplaced)
      const panel = await second.context.newPage();
      await panel.goto(`chrome-extension://${second.extensionId}/sidepanel.html?tab=${tabId}&view=notes`);
      await panel.waitForFunction((n) => document.querySelectorAll('.note').length === n, SEED_NOTES, { timeout: LIVENESS, polling: 500 });
      expect(await panel.$$('.note blockquote.orphan')).toHaveLength(0);
      expect(await panel.textContent('.notes')).not.toContain('Could not be placed');
      expect(second.offsite).toEqual([]);
      console.log(
        `backup.test: made ${inputMb.toFixed(1)} MB; restored in ${(restoreMs / 1000).toFixed(1)} s; exported ${exportedMb.toFixed(1)} MB in ${(exportMs / 1000).toFixed(1)} s; restored into a fresh profile in ${(restore2Ms / 1000).toFixed(1)} s`,
      );
    },
    1_800_000,
  );

  it('a link the library shows is http(s) only, whether the row came from a file or was written some other way', async () => {
    const l = await launchWithExtension();
    try {
      const lib = await libraryPage(l);
      const file = join(work, 'links.json');
      const row = (id: string, url: string, title: string) => ({ id, url, site: null, title, court: null, date: null, docket: null, textHash: id, lastOpened: 1, relief: null, outcome: null, findings: [] });
      writeFileSync(file, JSON.stringify({ format: 'injunction-lens-backup', formatVersion: 1, opinions: [row('a', 'javascript:alert(document.domain)', 'From a file'), row('b', `${served.origin}/smalls.txt`, 'A web page')], annotations: [] }));
      expect(await restore(lib, file)).toMatch(/^Restored the backup: 2 new/);
      // a row written past the importer (an older Lens, another tool): the page checks again
      await lib.evaluate(
        (r) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('injunction-lens');
            open.onsuccess = () => {
              const tx = open.result.transaction('opinions', 'readwrite');
              tx.objectStore('opinions').put(r);
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          }),
        row('c', 'data:text/html,<script>alert(1)</script>', 'Written directly'),
      );
      await lib.reload();
      await lib.waitForFunction(() => (document.getElementById('count')?.textContent ?? '').startsWith('3 opinion(s)'), null, { timeout: LIVENESS });
      const titles = await lib.$$eval('#hits h2', (els) => els.map((e) => [e.textContent, e.querySelector('a')?.getAttribute('href') ?? null]));
      expect(titles.sort()).toEqual([
        ['A web page', `${served.origin}/smalls.txt`],
        ['From a file', null],
        ['Written directly', null],
      ]);
      expect(l.offsite).toEqual([]);
    } finally {
      await l.close();
    }
  }, 600_000);
});
