/**
 * The names our highlights are registered under on the page. `CSS.highlights` belongs to
 * the page as much as to us: any page script can list its names and ranges. Registered
 * as `lens-harm-movant`, the registry would spell the analysis out to the page. So each
 * page load gets a random salt and each name an alias, `lens-` and a hash of salt and
 * name, that says nothing. The salt and the table live in the content scripts' isolated
 * world (shared by our scripts on the page, invisible to the page's own).
 */
import { textKey } from '../text-key';

export type Alias = (name: string) => string;

const KEY = '__injunctionLensNames';
type Held = { salt: string; table: Map<string, string> };

/** An alias function for `salt`; `table` records semantic name → registered name. */
export function aliasesFor(salt: string, table = new Map<string, string>()): Alias {
  const taken = new Set(table.values());
  return (name) => {
    let alias = table.get(name);
    if (alias) return alias;
    const [, a, b] = textKey(`${salt}\u0000${name}`).split('-');
    alias = `lens-${a}${b}`;
    while (taken.has(alias)) alias += 'x'; // two names, one hash: keep both apart
    taken.add(alias);
    table.set(name, alias);
    return alias;
  };
}

/** This page's aliases: made by whichever of our scripts runs first, shared after. */
export function pageAliases(): Alias {
  const g = globalThis as { [KEY]?: Held };
  if (!g[KEY]) {
    const bytes = new Uint32Array(2);
    crypto.getRandomValues(bytes);
    g[KEY] = { salt: `${bytes[0].toString(36)}${bytes[1].toString(36)}`, table: new Map() };
  }
  return aliasesFor(g[KEY].salt, g[KEY].table);
}

export const identity: Alias = (name) => name;
