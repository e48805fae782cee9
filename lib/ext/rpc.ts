/**
 * Typed calls over the message protocol of ./messages.ts. The only module besides the
 * entrypoints that touches `browser.runtime` / `browser.tabs` messaging.
 */
import browser from 'webextension-polyfill';
import type { BackgroundCalls, ContentCalls, Reply, ReplyOf } from './messages';

type Args<C, K extends keyof C> = C[K] extends { args: infer A } ? A : never;
type Handlers<C> = { [K in keyof C]?: (args: Args<C, K>, sender: browser.Runtime.MessageSender) => Promise<ReplyOf<C, K>> | ReplyOf<C, K> };

export async function callBackground<K extends keyof BackgroundCalls & string>(type: K, args: Args<BackgroundCalls, K>): Promise<Reply<ReplyOf<BackgroundCalls, K>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ channel: 'lens-bg', type, ...(args as object) })) as Reply<ReplyOf<BackgroundCalls, K>> | undefined;
    return reply ?? { ok: false, error: 'no reply from the extension background' };
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message ?? e) };
  }
}

export async function callTab<K extends keyof ContentCalls & string>(tabId: number, type: K, args: Args<ContentCalls, K>): Promise<Reply<ReplyOf<ContentCalls, K>>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { channel: 'lens-content', type, ...(args as object) })) as Reply<ReplyOf<ContentCalls, K>> | undefined;
    return reply ?? { ok: false, error: 'the page did not answer (reload it?)' };
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message ?? e) };
  }
}

function serve<C>(channel: string, handlers: Handlers<C>): () => void {
  const listener = (msg: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const m = msg as { channel?: string; type?: string } | null;
    if (!m || m.channel !== channel || typeof m.type !== 'string') return undefined;
    const h = (handlers as Record<string, ((a: unknown, s: browser.Runtime.MessageSender) => unknown) | undefined>)[m.type];
    if (!h) return undefined;
    return (async () => {
      try {
        return { ok: true, value: await h(m, sender) };
      } catch (e) {
        return { ok: false, error: String((e as Error)?.message ?? e) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export const serveBackground = (h: Handlers<BackgroundCalls>) => serve<BackgroundCalls>('lens-bg', h);
export const serveContent = (h: Handlers<ContentCalls>) => serve<ContentCalls>('lens-content', h);
