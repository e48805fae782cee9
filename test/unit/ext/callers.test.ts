/**
 * Who may send what (lib/ext/callers.ts): a content script runs in a court site's renderer,
 * so it may ask only about its own tab and never for library-wide data.
 */
import { describe, expect, it } from 'vitest';
import { BROADCASTERS, CALLERS, callerOf, mayBroadcast, mayCall, type Caller } from '../../../lib/ext/callers';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('callerOf', () => {
  const cases: [string, Parameters<typeof callerOf>[0], Caller | null][] = [
    ['a content script on a court site', { id: ID, url: 'https://www.courtlistener.com/opinion/1/x/', tab: { id: 7 } }, 'content'],
    ['the side panel (no tab)', { id: ID, url: `${ORIGIN}sidepanel.html` }, 'extension'],
    ['the library page open in a tab', { id: ID, url: `${ORIGIN}library.html`, tab: { id: 9 } }, 'extension'],
    ['the background service worker', { id: ID }, 'extension'],
    ['Firefox sidebar', { id: 'injunction-lens@lens.local', url: 'moz-extension://1234-5678/sidepanel.html' }, null],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }, null],
    ['a page whose URL imitates ours', { id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 3 } }, 'content'],
    ['a content script in a tab without id', { id: ID, url: 'https://law.justia.com/cases/x', tab: {} }, null],
    ['no tab, a web URL', { id: ID, url: 'https://example.com/' }, null],
  ];
  it.each(cases)('%s', (_label, sender, want) => {
    expect(callerOf(sender, ID, ORIGIN)).toBe(want);
  });
  it('a Firefox sidebar of our own id is an extension page', () => {
    expect(callerOf({ id: 'injunction-lens@lens.local', url: 'moz-extension://1234-5678/sidepanel.html' }, 'injunction-lens@lens.local', 'moz-extension://1234-5678/')).toBe('extension');
  });
});

describe('mayCall', () => {
  const content: [string, boolean][] = [
    ['uploadChunk', true],
    ['analyze', true],
    ['cachedAnalysis', true],
    ['analysisPart', true],
    ['reportStatus', true],
    ['behaviourFailed', true],
    ['listNotes', true],
    ['getTabState', false],
    ['addNote', false],
    ['updateNote', false],
    ['deleteNote', false],
    ['restoreNote', false],
    ['setOverride', false],
    ['exportData', false],
    ['importData', false],
    ['libraryChanged', false],
    ['viewerAnalysis', false],
    ['toString', false],
    ['__proto__', false],
    ['noSuchMessage', false],
  ];
  it.each(content)('a content script may send %s: %s', (type, ok) => {
    expect(mayCall(type, 'content')).toBe(ok);
  });
  it('extension pages may send every library and panel call, not the page-reading ones', () => {
    const allowed = Object.keys(CALLERS).filter((t) => mayCall(t, 'extension'));
    expect(allowed.sort()).toEqual(['addNote', 'deleteNote', 'exportData', 'getTabState', 'libraryChanged', 'listNotes', 'restoreNote', 'setOverride', 'updateNote', 'viewerAnalysis']);
  });
  it('nobody unknown may send anything', () => {
    for (const t of Object.keys(CALLERS)) expect(mayCall(t, null)).toBe(false);
  });
});

describe('mayBroadcast', () => {
  const cases: [string, Caller | null, boolean][] = [
    ['viewport', 'content', true],
    ['viewport', 'extension', true],
    // a court site's renderer cannot make the panel believe a tab's state or notes changed
    ['tabStateChanged', 'content', false],
    ['notesChanged', 'content', false],
    ['tabStateChanged', 'extension', true],
    ['notesChanged', 'extension', true],
    ['toString', 'extension', false],
    ['__proto__', 'content', false],
    ['viewport', null, false],
  ];
  it.each(cases)('%s from %s: %s', (type, caller, ok) => {
    expect(mayBroadcast(type, caller)).toBe(ok);
  });
  it('lists every broadcast of the protocol', () => {
    expect(Object.keys(BROADCASTERS).sort()).toEqual(['notesChanged', 'tabStateChanged', 'viewport']);
  });
});
