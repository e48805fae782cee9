/**
 * Tells the background the analysis of the PDF this viewer tab shows, so the side panel
 * (which asks the background for a tab's state) shows its ruling, paragraphs and
 * authorities as for an HTML page. `viewerAnalysis` is the message the viewer needs from
 * lib/ext/messages.ts (extension pages only, lib/ext/callers.ts): until the background
 * serves it, the answer is a refusal, said on the viewer's status line and nothing more.
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../../lib/types';

export interface ViewerAnalysis {
  /** the viewer's own tab (an extension page names its tab; the background trusts its own pages) */
  tabId: number;
  /** the PDF's http(s) address, or null for a local file */
  url: string | null;
  /** the whole analysis, text included: the background keeps no upload for an extension page */
  analysis: Analysis;
}

export async function reportAnalysis(analysis: Analysis, url: string | null): Promise<{ ok: boolean; error?: string }> {
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id == null) return { ok: false, error: 'the viewer is not in a tab' };
    const message: ViewerAnalysis & { channel: 'lens-bg'; type: 'viewerAnalysis' } = { channel: 'lens-bg', type: 'viewerAnalysis', tabId: tab.id, url, analysis };
    const reply = (await browser.runtime.sendMessage(message)) as { ok: boolean; error?: string } | undefined;
    return reply ?? { ok: false, error: 'no reply from the extension background' };
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message ?? e) };
  }
}
