// The few extension APIs the browser tests call inside the extension's service worker
// (functions passed to `worker.evaluate` run there, where `chrome` exists).
declare const chrome: {
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
  tabs: {
    query(q: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { onMessage: { addListener(f: (message: unknown) => void): void }; sendMessage(message: unknown): Promise<unknown> };
  /** the events' own dispatch (present in Chromium's bindings) runs the extension's real listeners */
  commands: { getAll(): Promise<{ name: string; shortcut?: string }[]>; onCommand: { dispatch(command: string): void } };
  contextMenus: {
    update(id: string, props: object): Promise<void>;
    onClicked: { dispatch(info: { menuItemId: string; selectionText?: string }, tab: { id: number; url: string; windowId: number }): void };
  };
};
