/**
 * Checks what a reader's build asks for: `tsx scripts/check-manifest.ts DIR...` reads each
 * built manifest and fails (exit 1, one line each) if any local or test host is matched or
 * permitted, if CourtListener is matched beyond its opinion pages, or if the content scripts
 * are not the ones lib/ext/sites.ts names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPINION_SITES } from '../lib/ext/sites';

export function manifestProblems(manifest: { host_permissions?: string[]; permissions?: string[]; content_scripts?: { matches?: string[]; js?: string[] }[] }): string[] {
  const out: string[] = [];
  // MV2 keeps host patterns among the permissions
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://'))];
  const matched = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  for (const p of [...hosts, ...matched]) {
    if (/127\.0\.0\.1|localhost|\[::1\]/.test(p)) out.push(`a local host is in the manifest: ${p}`);
    if (/courtlistener\.com\/\*$/.test(p)) out.push(`CourtListener matched site-wide: ${p}`);
    if (p === '<all_urls>' || /^\*:\/\/\*\//.test(p)) out.push(`every site is matched: ${p}`);
  }
  for (const c of manifest.content_scripts ?? []) {
    const extra = (c.matches ?? []).filter((m) => !OPINION_SITES.includes(m));
    if (extra.length) out.push(`content script ${c.js?.join(',')} matches beyond the opinion sites: ${extra.join(' ')}`);
  }
  if (!(manifest.content_scripts ?? []).some((c) => c.js?.includes('guest.js'))) out.push('the content script guest.js is not registered');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let bad = 0;
  for (const dir of process.argv.slice(2)) {
    const problems = manifestProblems(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    for (const p of problems) console.error(`${dir}: ${p}`);
    if (problems.length) bad++;
    else console.log(`${dir}: no test hosts, opinion pages only`);
  }
  process.exit(bad ? 1 : 0);
}
