/**
 * The names district courts give their local rules, each with real examples: "Local Rule 7.1(a)",
 * "D. Mass. Local Rule 7.1", "L.R. 7.1", "D. Conn. L. Civ. R. 7", Nevada's "LR IA 7-1(b)" and
 * "LR 7-2(d)" (Kelly v. FINRA, D. Nev. 2026), the District of Columbia's "LCvR 7(m)", Northern
 * California's "Civil L.R. 7-3". A court's abbreviation before the name ("D. Mass.", "S.D.N.Y.")
 * is part of the cite (rule.ts reads it).
 */
export const LOCAL_RULE_NAMES: readonly { pattern: string; examples: readonly string[] }[] = [
  { pattern: String.raw`Local\s+(?:Civil\s+|Criminal\s+|Bankruptcy\s+|Admiralty\s+)?Rules?`, examples: ['Local Rule 7.1(a)', 'D. Mass. Local Rule 7.1', 'Local Civil Rule 56.1', 'S.D.N.Y. Local Civil Rule 6.3'] },
  // never New York's "C.P.L.R." (a statute, statute.ts)
  { pattern: String.raw`(?<!C\.\s?P\.\s?)L\.\s?(?:Civ\.\s?|Cr\.\s?|Crim\.\s?)?R\.`, examples: ['L.R. 7.1', 'D. Conn. L. Civ. R. 7', 'L. Cr. R. 57.1'] },
  // the District of Nevada's parts: "LR IA" (civil practice), "LR IB" (magistrate judges), "LR IC" (electronic filing)
  { pattern: String.raw`LR(?:\s+(?:I[ABC]|Part\s+I[ABC]?))?`, examples: ['LR IA 7-1(b)', 'LR 7-2(d)', 'LR IC 2-2(a)'] },
  { pattern: String.raw`(?:LCvR|LCrR|LCivR|LCrimR|LRCiv|LRCrim|CivLR|CrimLR|LBR)`, examples: ['LCvR 7(m)', 'LCivR 7.1', 'LRCiv 7.2', 'CivLR 7.1', 'LBR 4001-1'] },
  { pattern: String.raw`(?:Civil|Civ\.|Criminal|Crim\.)\s?L\.\s?R\.`, examples: ['Civil L.R. 7-3', 'Civ. L.R. 7-11', 'Crim. L.R. 47-2'] },
];

/** Any local rule's name. */
export const LOCAL_RULE = LOCAL_RULE_NAMES.map((n) => `(?:${n.pattern})`).join('|');
