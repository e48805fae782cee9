/**
 * Gives short forms, Id. and supra the id of the citation they refer to:
 * - Id./Ibid. -> the immediately preceding citation (followed through to its own antecedent
 *   when that one is itself a short form), so an intervening citation breaks the chain;
 * - "804 F.3d at 622" -> the latest earlier full cite with the same volume and reporter whose
 *   first page is at or below the pin; the same for "44 Fed. Reg. at 71,418";
 * - a repeated full cite ("Johnson, 2003 WL 169797, *1" after the full one) -> short_case;
 * - supra -> the latest earlier case whose name contains the supra's name.
 * A short form with no matching full cite keeps a null antecedent: never guessed.
 */
import type { Citation } from '../types';

export function resolve(cites: Citation[]): void {
  const full: Citation[] = [];
  let prev: Citation | null = null;
  for (const c of cites) {
    if (c.antecedent) { prev = c; continue; }
    switch (c.kind) {
      case 'id':
        c.antecedent = prev ? rootOf(prev, cites) : null;
        break;
      case 'short_case':
        c.antecedent = byVolume(full, c)?.id ?? byName(full, c.caseName)?.id ?? null;
        break;
      case 'supra':
        c.antecedent = byName(full, c.caseName)?.id ?? null;
        break;
      case 'case': {
        const same = c.page ? full.find((f) => f.kind === 'case' && f.volume === c.volume && f.reporter === c.reporter && f.page === c.page && f.fullStart !== c.fullStart) : undefined;
        // A repeat with its own name or date parenthetical is cited in full again (e.g. as
        // subsequent history); one with a bare short name ("Johnson, 2003 WL 169797, *1") is a short form.
        if (same && c.year == null && !/\sv\.?\s/.test(c.caseName ?? '')) {
          c.kind = 'short_case';
          c.antecedent = same.id;
        } else full.push(c);
        break;
      }
      default:
        if (c.pin && !c.section && c.volume && c.reporter) c.antecedent = byVolume(full, c)?.id ?? null;
        else full.push(c);
    }
    // A parallel cite is not an intervening authority for the Id. that follows the group.
    prev = c;
  }
}

/** What an Id. after `c` refers to: a case short form's full cite, or `c` itself (a record named by its short title is its own authority). */
function rootOf(c: Citation, all: Citation[]): string {
  if (!c.antecedent || c.kind === 'record') return c.id;
  const target = all.find((x) => x.id === c.antecedent);
  return target ? target.id : c.id;
}

function pageNumber(s: string | null): number {
  if (!s) return NaN;
  const m = /\d[\d,]*/.exec(s);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}

/** The earlier full cite with this volume and reporter whose first page is closest at or below the pin. */
function byVolume(full: Citation[], c: Citation): Citation | null {
  const pin = pageNumber(c.pin);
  const star = c.pin?.startsWith('*') ?? false;
  let best: Citation | null = null;
  let bestPage = -Infinity;
  for (const f of full) {
    if (f.volume !== c.volume || f.reporter !== c.reporter) continue;
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

function byName(full: Citation[], name: string | null): Citation | null {
  if (!name) return null;
  const key = name.toLowerCase().replace(/[,.]+$/, '');
  for (let i = full.length - 1; i >= 0; i--) {
    const n = full[i].caseName?.toLowerCase();
    if (n && (n.startsWith(key) || n.includes(` ${key}`) || n.includes(`v. ${key}`))) return full[i];
  }
  return null;
}
