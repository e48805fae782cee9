/**
 * Regex source matching any of a list of names as a text may write them: a character trie
 * over their tokens ("Hoff." "Land" "Cas."), so a position that starts none of them fails on
 * its first character (a token-level trie with a hundred first tokens was measurably slower
 * in the scanner's anchor), with up to two spaces or line breaks between tokens and either
 * apostrophe. No quantifier is nested, so matching stays linear.
 */
const NAME_TOKEN = /[A-Za-z][A-Za-z'’-]*\.?|\d+|&|[([][^)\]]*[)\]]|,/g;
/** Stands for the optional space between two tokens while the trie is built. */
const GAP = '\u0001';

interface Node {
  end: boolean;
  kids: Map<string, Node>;
}

export function namesPattern(names: readonly string[]): string {
  const root: Node = { end: false, kids: new Map() };
  for (const name of names) {
    let node = root;
    for (const ch of (name.replace(/’/g, "'").match(NAME_TOKEN) ?? []).join(GAP)) {
      let next = node.kids.get(ch);
      if (!next) node.kids.set(ch, (next = { end: false, kids: new Map() }));
      node = next;
    }
    node.end = true;
  }
  return source(root);
}

function source(node: Node): string {
  const alts = [...node.kids.entries()].map(([ch, kid]) => {
    // A chain of single children is one literal run.
    let run = escape(ch);
    while (kid.kids.size === 1 && !kid.end) {
      const [[c, k]] = kid.kids.entries();
      run += escape(c);
      kid = k;
    }
    return kid.kids.size ? `${run}(?:${source(kid)})${kid.end ? '?' : ''}` : run;
  });
  return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
}

function escape(ch: string): string {
  if (ch === GAP) return String.raw`\s{0,2}`;
  if (ch === "'") return "['’]";
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
