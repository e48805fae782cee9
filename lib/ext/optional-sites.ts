/**
 * The lens on the sites the reader opted into (./sites.ts OPTIONAL_SITES: Westlaw). Their
 * hosts are optional permissions: the toolbar button on one of their pages asks for them
 * (`askFor`, called within the click's user gesture), and while a site's permission is
 * granted its content scripts are registered at run time, the same two the manifest
 * registers for the opinion sites (guest-styles.js at document_start, guest.js at
 * document_end); when the reader takes the permission back they are unregistered.
 *
 * Chrome (MV3) registers with `scripting.registerContentScripts`, which persists across
 * restarts; Firefox (MV2) with `contentScripts.register`, which lasts while the background
 * page lives, so `syncOptionalSites` runs at every background start.
 */
import { OPTIONAL_SITES, type OpinionSite } from './sites';

/** What the registration needs of the browser: the browser's APIs or a test's fakes. */
export interface ScriptRegistry {
  /** is `origins` granted now? */
  granted(origins: string[]): Promise<boolean>;
  /** ids of the scripts this module registered that are registered now */
  registered(): Promise<string[]>;
  register(scripts: RegisteredScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start' | 'document_end';
}

/** The two scripts for `site`, as the manifest declares them for the opinion sites. */
export function scriptsFor(site: OpinionSite): RegisteredScript[] {
  return [
    { id: `lens-${site.key}-styles`, matches: [...site.patterns], js: ['guest-styles.js'], runAt: 'document_start' },
    { id: `lens-${site.key}`, matches: [...site.patterns], js: ['guest.js'], runAt: 'document_end' },
  ];
}

/**
 * Registers the scripts of every optional site whose permission is granted and that are not
 * registered yet, and unregisters those whose permission is gone. Returns the keys of the
 * sites the lens runs on by itself now.
 */
export async function syncOptionalSites(reg: ScriptRegistry, sites: readonly OpinionSite[] = OPTIONAL_SITES): Promise<string[]> {
  const now = new Set(await reg.registered());
  const on: string[] = [];
  for (const site of sites) {
    const scripts = scriptsFor(site);
    const granted = await reg.granted([...site.patterns]);
    const missing = scripts.filter((s) => !now.has(s.id));
    const present = scripts.filter((s) => now.has(s.id)).map((s) => s.id);
    if (granted) {
      if (missing.length) await reg.register(missing);
      on.push(site.key);
    } else if (present.length) await reg.unregister(present);
  }
  return on;
}

/** The browser's own registry: `scripting` in Chrome, `contentScripts` in Firefox. */
export function browserRegistry(api: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting?: {
    getRegisteredContentScripts?(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts?(scripts: { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions?: boolean }[]): Promise<void>;
    unregisterContentScripts?(filter: { ids: string[] }): Promise<void>;
  };
  contentScripts?: { register(o: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }> };
}): ScriptRegistry {
  const ours = new Set(OPTIONAL_SITES.flatMap((s) => scriptsFor(s).map((x) => x.id)));
  const s = api.scripting;
  if (s?.registerContentScripts && s.getRegisteredContentScripts && s.unregisterContentScripts) {
    return {
      granted: (origins) => api.permissions.contains({ origins }),
      registered: async () => (await s.getRegisteredContentScripts!()).map((x) => x.id).filter((id) => ours.has(id)),
      register: (scripts) => s.registerContentScripts!(scripts.map((x) => ({ ...x, persistAcrossSessions: true }))),
      unregister: (ids) => s.unregisterContentScripts!({ ids }),
    };
  }
  // Firefox: a handle per script, for this background page's life
  const handles = new Map<string, { unregister(): Promise<void> }>();
  return {
    granted: (origins) => api.permissions.contains({ origins }),
    registered: async () => [...handles.keys()],
    register: async (scripts) => {
      for (const x of scripts) handles.set(x.id, await api.contentScripts!.register({ matches: x.matches, js: x.js.map((file) => ({ file: `/${file}` })), runAt: x.runAt }));
    },
    unregister: async (ids) => {
      for (const id of ids) {
        await handles.get(id)?.unregister();
        handles.delete(id);
      }
    },
  };
}
