import { COURTS, type CourtRow } from '../data/courts';

export interface CourtMatch {
  id: string;
  name: string;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
const STATES = [...new Set(COURTS.filter((c) => c[1] === 'district').map((c) => c[4]))].sort((a, b) => b.length - a.length);
const STATE_RE = STATES.map((s) => s.replace(/\s+/g, '\\s+')).join('|');
const DIRECTION: Record<string, string> = { northern: 'N', southern: 'S', eastern: 'E', western: 'W', central: 'C', middle: 'M' };
const LETTER_DIRECTION: Record<string, string> = Object.fromEntries(Object.entries(DIRECTION).map(([w, l]) => [l, w]));

/** The court with courts-db id `id`, with its name, or null. */
export const courtById = (id: string): CourtMatch | null => row(id);

const row = (id: string): CourtMatch | null => {
  const r = COURTS.find((c) => c[0] === id);
  return r ? { id: r[0], name: r[2] } : null;
};

/** The federal district court for a state and an optional direction ("Central", "Southern"). */
function district(state: string, direction: string | null): CourtMatch | null {
  const inState = COURTS.filter((c) => c[1] === 'district' && c[4].toLowerCase() === state.toLowerCase().replace(/\s+/g, ' '));
  const letter = direction ? DIRECTION[direction.toLowerCase()] : null;
  const hit: CourtRow | undefined = letter
    ? inState.find((c) => c[3].startsWith(`${letter}.D.`))
    : inState.length === 1
      ? inState[0]
      : inState.find((c) => /^D\./.test(c[3]));
  return hit ? { id: hit[0], name: hit[2] } : null;
}

/** A state's court of the kind; `named` prefers the row whose name fits ("Supreme" over Texas's criminal court of last resort). */
function stateCourt(state: string, kind: 'state_high' | 'state_app', named?: RegExp): CourtMatch | null {
  const inState = COURTS.filter((c) => c[1] === kind && c[4].toLowerCase() === state.toLowerCase().replace(/\s+/g, ' '));
  const hit = (named && inState.find((c) => named.test(c[2]))) ?? inState[0];
  return hit ? { id: hit[0], name: hit[2] } : null;
}

/**
 * A state appellate court named in a caption: "IN THE SUPREME COURT OF TEXAS", "Ohio Supreme
 * Court", "Court of Criminal Appeals of Texas", "Court of Appeals of Maryland" (its high court
 * until 2022), "In The Court of Appeals Fifth District of Texas at Dallas", "Court of Appeals of
 * Georgia".
 */
const APPELLATE_DISTRICTS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

const STATE_CAPTIONS: readonly { pattern: RegExp; kind: 'state_high' | 'state_app'; named?: RegExp | ((m: RegExpExecArray) => RegExp) }[] = [
  // California's districts have rows of their own: "COURT OF APPEAL OF THE STATE OF CALIFORNIA ⏎ SECOND APPELLATE DISTRICT"
  {
    pattern: new RegExp(`\\bcourt\\s+of\\s+appeal\\s+of\\s+the\\s+state\\s+of\\s+(california)\\W+(${APPELLATE_DISTRICTS.join('|')})\\s+appellate\\s+district`, 'i'),
    kind: 'state_app',
    named: (m) => new RegExp(`\\b${m[2]}\\s+Appellate\\s+District`, 'i'),
  },
  // "Commonwealth of Kentucky ⏎ Court of Appeals", "Court of Civil Appeals of Texas, Houston (14th Dist.)"
  { pattern: new RegExp(`\\b(?:commonwealth|state)\\s+of\\s+(${STATE_RE})\\W+court\\s+of\\s+appeals?\\b`, 'i'), kind: 'state_app' },
  { pattern: new RegExp(`\\bsupreme\\s+(?:judicial\\s+)?court\\s+of\\s+(?:the\\s+state\\s+of\\s+)?(${STATE_RE})\\b|\\b(${STATE_RE})\\s+supreme\\s+(?:judicial\\s+)?court\\b`, 'i'), kind: 'state_high', named: /Supreme/ },
  { pattern: new RegExp(`\\bcourt\\s+of\\s+criminal\\s+appeals\\s+of\\s+(texas|oklahoma)\\b`, 'i'), kind: 'state_high', named: /Criminal/ },
  { pattern: /\bcourt\s+of\s+appeals\s+of\s+(maryland|new\s+york)\b/i, kind: 'state_high' },
  { pattern: new RegExp(`\\bcourt\\s+of\\s+appeals?\\s+(?:for\\s+the\\s+|of\\s+the\\s+)?(?:\\w+\\s+){0,2}district\\s+of\\s+(${STATE_RE})\\b|\\bcourt\\s+of\\s+(?:civil\\s+)?appeals?\\s+of\\s+(?:the\\s+state\\s+of\\s+)?(${STATE_RE})\\b`, 'i'), kind: 'state_app' },
];

function stateCaption(h: string): CourtMatch | null {
  for (const { pattern, kind, named } of STATE_CAPTIONS) {
    const m = pattern.exec(h);
    if (m) return stateCourt(m[1] ?? m[2], kind, typeof named === 'function' ? named(m) : named);
  }
  return null;
}

/**
 * Finds the deciding court from the caption (`head`) or the signature block (`tail`):
 * "UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT", "UNITED STATES DISTRICT COURT /
 * CENTRAL DISTRICT OF CALIFORNIA", "IN THE SUPREME COURT OF NORTH CAROLINA"; failing those,
 * "United States District Judge" with a place ("New Haven, Connecticut": Smalls v. Scruggs),
 * a Justice's name (Supreme Court per curiam orders), or "Circuit Judge" with the circuit the
 * opinion cites most.
 */
export function findCourt(head: string, tail: string, text: string): CourtMatch | null {
  const h = head.replace(/\s+/g, ' ');
  // a state high court's caption outranks a Justice's name: state high courts have Justices too
  // ("IN THE SUPREME COURT OF TEXAS ... JUSTICE BLACKLOCK delivered the opinion of the Court")
  // (the caption only: an opinion's first lines may cite "the Supreme Court of Ohio")
  // a federal court's caption that comes first wins ("UNITED STATES COURT OF APPEALS ... We follow the Supreme Court of Texas")
  const federal = /\bUnited\s+States\s+(?:Court\s+of\s+Appeals|District\s+Court)\b|\bCourt\s+of\s+Appeals\s+for\s+the\s+\w+\s+Circuit\b/i.exec(h)?.index ?? Infinity;
  const state = !/\bCERTIORARI\s+TO\b|\(Slip\s+Opinion\)|\bSUPREME\s+COURT\s+OF\s+THE\s+UNITED\s+STATES\b/i.test(h) && stateCaption(h.slice(0, Math.min(600, federal)));
  if (state) return state;
  // an application "presented to Justice Breyer" is decided by the Supreme Court, whatever lower court it names
  if (/\b(?:presented|referred)\s+to\s+(?:THE\s+CHIEF\s+JUSTICE|(?:the\s+Circuit\s+)?(?:JUSTICE|Justice))\b|\bJUSTICE\s+[A-Z]{3,}\b|\bPER\s+CURIAM\b.{0,2000}\bJustice\s+[A-Z][a-z]+/.test(h) || /\b(?:presented|referred)\s+to\s+(?:THE\s+CHIEF\s+JUSTICE|JUSTICE\s+[A-Z]{3,})\b/.test(text)) return row('scotus');
  // "CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE FIFTH CIRCUIT" names the court below
  if (/\bSUPREME\s+COURT\s+OF\s+THE\s+UNITED\s+STATES\b|\bCERTIORARI\s+TO\b|\(Slip\s+Opinion\)/i.test(h)) return row('scotus');
  // a reporter's or a research site's caption line: "United States Supreme Court" standing alone
  if (/(?:^|\n)[ \t]*United\s+States\s+Supreme\s+Court\.?[ \t]*(?:\n|$)/i.test(head.slice(0, 1500))) return row('scotus');
  let m = new RegExp(`court\\s+of\\s+appeals\\s+(?:for\\s+the\\s+)?(${ORDINALS.join('|')}|district\\s+of\\s+columbia|federal|d\\.c\\.)\\s+circuit`, 'i').exec(h);
  if (m) {
    const k = m[1].toLowerCase();
    const i = ORDINALS.indexOf(k);
    return row(i >= 0 ? `ca${i + 1}` : k.startsWith('fed') ? 'cafc' : 'cadc');
  }
  // "United States District Court for the District of Columbia", a reporter's "United States District Court, District of Columbia."
  if (/\bdistrict\s+court,?\s+(?:for\s+the\s+)?district\s+of\s+columbia\b/i.test(h)) return row('dcd');
  m = new RegExp(`district\\s+court\\s+(?:for\\s+the\\s+)?(?:(northern|southern|eastern|western|central|middle)\\s+)?district\\s+of\\s+(${STATE_RE})`, 'i').exec(h);
  if (m) return district(m[2], m[1] ?? null);
  m = new RegExp(`\\bdistrict\\s+court\\b.{0,40}?\\b(?:(northern|southern|eastern|western|central|middle)\\s+)?district\\s+of\\s+(${STATE_RE})`, 'i').exec(h);
  if (m) return district(m[2], m[1] ?? null);
  // a reporter's caption: "United States District Court, E.D. Virginia, Richmond Division.", "United States District Court, D. Minnesota"
  m = new RegExp(`\\bUnited\\s+States\\s+District\\s+Court,?\\s+(?:([NSEWCM])\\.\\s?)?D\\.\\s+(${STATE_RE})\\b`, 'i').exec(h);
  if (m) return district(m[2], m[1] ? LETTER_DIRECTION[m[1].toUpperCase()] : null);
  const named = stateCaption(h);
  if (named) return named;
  const t = tail.replace(/\s+/g, ' ');
  if (/United\s+States\s+(?:District|Magistrate)\s+Judge/i.test(t)) {
    m = new RegExp(`\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,\\s+(${STATE_RE})\\b`).exec(t);
    if (m) return district(m[1], null);
  }
  if (/\bCircuit\s+Judges?\b/.test(h)) {
    // an appellate panel without a caption: the circuit whose own precedent it cites most
    const counts = new Map<string, number>();
    for (const c of text.matchAll(/\((?:\d+)(?:st|d|nd|rd|th)\s+Cir\./g)) {
      const n = /\d+/.exec(c[0])![0];
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 3) return row(`ca${best[0]}`);
  }
  return null;
}
