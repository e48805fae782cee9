/**
 * The three labelled sets, as eval and training both read them:
 *   shared  the shared gold (../shared/corpus/gold), tuned on
 *   tune    our own tuning split (test/gold, test/corpus/gold marked tune in split.tsv)
 *   test    our locked test split (test/corpus/gold marked test): nothing is tuned or trained on it
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CORPUS, readSplit } from './corpus-split';

const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '..', 'shared');

export interface GoldRef {
  gold: string; // path of the gold file
  text: string; // path of the text it labels
}

function goldIn(dir: string, textDirs: string[]): GoldRef[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = join(dir, f);
      const name = JSON.parse(readFileSync(gold, 'utf8')).text as string;
      const text = textDirs.map((d) => join(d, name)).find(existsSync);
      return { gold, text: text ?? join(textDirs[0], name) };
    });
}

export function corpusSets(): Record<'shared' | 'tune' | 'test', GoldRef[]> {
  const sharedTexts = join(SHARED, 'corpus', 'texts');
  const ownTexts = join(CORPUS, 'texts');
  const split = readSplit();
  const own = goldIn(join(CORPUS, 'gold'), [ownTexts]);
  return {
    shared: goldIn(join(SHARED, 'corpus', 'gold'), [sharedTexts]),
    tune: [...goldIn(join(ROOT, 'test', 'gold'), [sharedTexts, ownTexts]), ...own.filter((g) => split.get(basename(g.text)) !== 'test')],
    test: own.filter((g) => split.get(basename(g.text)) === 'test'),
  };
}
