/**
 * Typed calls over the message protocol of ./messages.ts. The only module besides the
 * entrypoints that touches `browser.runtime` / `browser.tabs` messaging. Every message is
 * checked against who sent it (./callers.ts) before any handler sees it.
 */
import browser from 'webextension-polyfill';
import type { BackgroundCalls, Broadcast, ContentCalls, Reply, ReplyOf } from './messages';
import { callerOf, mayBroadcast, mayCall, type Caller } from './callers';

type Args<C, K extends keyof C> = C[K] extends { args: infer A } ? A : never;

/** What a handler knows of its caller: the kind, and for a content script its own tab. */
export interface CallContext {
  caller: Caller;
  /** the tab the browser says sent the message (a content script's own tab), or null */
  senderTab: number | null;
}

type Handlers<C> = { [K in keyof C]?: (args: Args<C, K>, from: CallContext) => Promise<ReplyOf<C, K>> | ReplyOf<C, K> };

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

export const REFUSED = 'not allowed from this context';

function serve<C>(channel: string, handlers: Handlers<C>, allowed: (type: string, caller: Caller | null) => boolean): () => void {
  const origin = browser.runtime.getURL('/');
  const listener = (msg: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const m = msg as { channel?: string; type?: string } | null;
    if (!m || m.channel !== channel || typeof m.type !== 'string') return undefined;
    const caller = callerOf(sender, browser.runtime.id, origin);
    // refused in words (the caller learns nothing else); a handler never sees the message
    if (!allowed(m.type, caller)) return Promise.resolve({ ok: false, error: REFUSED });
    const h = Object.hasOwn(handlers, m.type) ? (handlers as Record<string, ((a: unknown, f: CallContext) => unknown) | undefined>)[m.type] : undefined;
    if (!h) return undefined;
    const from: CallContext = { caller: caller!, senderTab: caller === 'content' ? sender.tab!.id! : null };
    return (async () => {
      try {
        return { ok: true, value: await h(m, from) };
      } catch (e) {
        return { ok: false, error: String((e as Error)?.message ?? e) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export const serveBackground = (h: Handlers<BackgroundCalls>) => serve<BackgroundCalls>('lens-bg', h, mayCall);
/** The content script answers only the extension itself (the background, the side panel). */
export const serveContent = (h: Handlers<ContentCalls>) => serve<ContentCalls>('lens-content', h, (_t, caller) => caller === 'extension');

/** Sends a broadcast to every extension page listening (none listening is not an error). */
export function broadcast(msg: Broadcast): Promise<void> {
  return browser.runtime.sendMessage(msg).then(
    () => {},
    () => {},
  );
}

/**
 * Calls `cb` with each broadcast the sender may send (./callers.ts): a content script's is
 * about its own tab, the tab the browser says sent it, whatever the message says.
 */
export function onBroadcast(cb: (m: Broadcast) => void): () => void {
  const origin = browser.runtime.getURL('/');
  const listener = (msg: unknown, sender: browser.Runtime.MessageSender): undefined => {
    const m = msg as Broadcast | null;
    if (!m || m.channel !== 'lens-broadcast' || typeof m.type !== 'string') return undefined;
    const caller = callerOf(sender, browser.runtime.id, origin);
    if (!mayBroadcast(m.type, caller)) return undefined;
    cb(caller === 'content' ? ({ ...m, tabId: sender.tab!.id! } as Broadcast) : m);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
