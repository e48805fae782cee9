/** Regulations: "34 C.F.R. 106.41(c)", "44 Fed. Reg. 71,413", "44 Fed. Reg. at 71,418"; read by `readTitledCode` in statute.ts, which takes the kind from laws.json. */

/** Bluebook names for codes laws.json files under other keys. */
const NAMES: Record<string, string> = { FR: 'Fed. Reg.' };

/** The name a code is reported under ("FR" -> "Fed. Reg."). */
export function canonicalCode(name: string): string {
  return NAMES[name] ?? name;
}
