/**
 * Gives short forms, Id. and supra the id of the citation they refer to:
 * - Id./Ibid. -> the immediately preceding citation (for a case short form, the full cite it
 *   refers to), so an intervening citation breaks the chain; cites inside a "(citing …)" or
 *   "(quoting …)" parenthetical (`nested`) do not intervene: Id. refers to the cite holding them;
 * - "804 F.3d at 622" -> the earlier full cite with the same volume and reporter whose first
 *   page is closest at or below the pin; the same for "44 Fed. Reg. at 71,418";
 * - a repeated full cite with only a short name ("Johnson, 2003 WL 169797, *1") -> short_case;
 * - supra and name-only short forms -> the latest earlier case whose name contains the name; a supra
 *   naming authors ("5A Wright & Miller, supra note 1") -> failing a case, the latest earlier treatise
 *   or other authority whose cite holds every one of those names.
 * A short form with no matching full cite keeps a null antecedent: never guessed.
 * Lookups go through maps, so resolution is linear in the number of citations.
 */
import { hasReporter, hasSection, type Citation, type CitationKind, type ReporterCitation } from '../types';

/** How many same-volume candidates a short form compares; more only on hostile input. */
const MAX_CANDIDATES = 64;

export function resolve(cites: Citation[], nested: ReadonlySet<string> = new Set()): void {
  const byId = new Map<string, Citation>();
  const byCore = new Map<string, ReporterCitation>();
  const byVolumeKey = new Map<string, ReporterCitation[]>();
  const byWord = new Map<string, Citation[]>();
  const bySection = new Map<string, Citation>();
  const others: Citation[] = [];
  let prev: Citation | null = null;
  // Names are indexed only when a supra or name-only short form needs them.
  const unindexed: Citation[] = [];
  const names = () => {
    for (const c of unindexed) for (const w of new Set(words(c.caseName!))) push(byWord, w, c);
    unindexed.length = 0;
    return byWord;
  };
  const addFull = (c: ReporterCitation) => {
    push(byVolumeKey, `${c.volume}|${c.reporter}`, c);
    if (c.kind === 'case' && c.page) byCore.set(`${c.volume}|${c.reporter}|${c.page}`, byCore.get(`${c.volume}|${c.reporter}|${c.page}`) ?? c);
    if (c.caseName) unindexed.push(c);
  };
  for (const c of cites) {
    byId.set(c.id, c);
    if (c.antecedent) { if (!nested.has(c.id)) prev = c; continue; }
    switch (c.kind) {
      case 'id':
        c.antecedent = prev ? rootOf(prev, byId) : null;
        break;
      case 'short_case':
        c.antecedent = (byVolume(byVolumeKey, c) ?? byName(names(), c.caseName))?.id ?? null;
        break;
      case 'supra':
        c.antecedent = (byName(names(), c.caseName) ?? byAuthors(others, c.caseName))?.id ?? null;
        break;
      case 'case': {
        const same = c.page ? byCore.get(`${c.volume}|${c.reporter}|${c.page}`) : undefined;
        // A repeat with its own name or date parenthetical is cited in full again (e.g. as
        // subsequent history); one with a bare short name ("Johnson, 2003 WL 169797, *1") is a short form.
        if (same && same.fullStart !== c.fullStart && c.year == null && !/\sv\.?\s/.test(c.caseName ?? '')) {
          // the same object, now a short form (its fields are a short form's too)
          (c as { kind: CitationKind }).kind = 'short_case';
          c.antecedent = same.id;
        } else addFull(c);
        break;
      }
      case 'statute': {
        // "§ 1983" after "42 U.S.C. § 1983": a bare section refers to the code that last cited it.
        const base = sectionBase(c.section);
        if (!c.reporter && base) c.antecedent = bySection.get(base)?.id ?? null;
        else if (c.reporter && base) for (const b of sectionBases(c.section)) bySection.set(b, c);
        break;
      }
      default:
        if (c.kind === 'other') others.push(c);
        if (!hasReporter(c)) break;
        if (c.pin && !(hasSection(c) && c.section) && c.volume && c.reporter) c.antecedent = byVolume(byVolumeKey, c)?.id ?? null;
        else if (c.volume && c.reporter) addFull(c);
    }
    if (!nested.has(c.id)) prev = c;
  }
}

/** "1252" for "1252(e)(3)", "2948.1" for "2948.1". */
function sectionBase(section: string | null | undefined): string | null {
  const m = section ? /^\d[\w.:-]*?(?=\(|$|\s|,|–|—)/.exec(section) : null;
  return m ? m[0].replace(/[.-]$/, '') : null;
}

/** Every base a listed section names: "702, 701(a)(1)" -> 702, 701. */
function sectionBases(section: string | null | undefined): string[] {
  return (section ?? '').split(/,\s*|\s+(?:and|&)\s+/).map(sectionBase).filter((b): b is string => !!b);
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function words(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9'’&]+/).filter((w) => w.length > 1 && w !== 'v');
}

/** What an Id. after `c` refers to: a short form's full cite, or `c` itself (a record named by its short title is its own authority). */
function rootOf(c: Citation, byId: Map<string, Citation>): string {
  if (!c.antecedent || c.kind === 'record') return c.id;
  return byId.get(c.antecedent)?.id ?? c.id;
}

function pageNumber(s: string | null): number {
  if (!s) return NaN;
  const m = /\d[\d,]*/.exec(s);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}

/** The earlier full cite with this volume and reporter whose first page is closest at or below the pin. */
function byVolume(index: Map<string, ReporterCitation[]>, c: ReporterCitation): ReporterCitation | null {
  const list = index.get(`${c.volume}|${c.reporter}`);
  if (!list) return null;
  const pin = pageNumber(c.pin);
  const star = c.pin?.startsWith('*') ?? false;
  let best: ReporterCitation | null = null;
  let bestPage = -Infinity;
  for (let i = Math.max(0, list.length - MAX_CANDIDATES); i < list.length; i++) {
    const f = list[i];
    const page = pageNumber(f.page);
    const usable = Number.isNaN(pin) || Number.isNaN(page) || star;
    if (!usable && page > pin) continue;
    const p = usable ? 0 : page;
    // A case cited in full again (say in subsequent history) is still the authority its first
    // full cite introduced; a code cited in full again starts over from there.
    if (best && p === bestPage && f.kind === 'case') continue;
    if (p < bestPage) continue;
    best = f;
    bestPage = p;
  }
  return best;
}

/** The latest earlier authority of kind other whose cite names every author a supra names ("Wright & Miller"). */
function byAuthors(others: Citation[], name: string | null): Citation | null {
  const want = name ? words(name).filter((w) => /^[a-z]/.test(w) && w !== 'and' && w !== '&') : [];
  if (!want.length) return null;
  for (let i = others.length - 1; i >= Math.max(0, others.length - MAX_CANDIDATES); i--) {
    const have = new Set(words(others[i].text));
    if (want.every((w) => have.has(w))) return others[i];
  }
  return null;
}

/** The latest earlier case whose name contains `name` ("Winter" in "Winter v. NRDC"). */
function byName(index: Map<string, Citation[]>, name: string | null): Citation | null {
  if (!name) return null;
  const key = name.toLowerCase().replace(/[,.]+$/, '');
  const first = words(key)[0];
  const list = first ? index.get(first) : undefined;
  if (!list) return null;
  for (let i = list.length - 1; i >= Math.max(0, list.length - MAX_CANDIDATES); i--) {
    const n = list[i].caseName!.toLowerCase();
    if (n.startsWith(key) || n.includes(` ${key}`)) return list[i];
  }
  return null;
}
