/** Pattern `concerns`: OPPOSES from raised or voiced concerns about someone. */
import { flagsFor, subjectBefore, subjectEntity } from '../cues.js';
import { ACTOR_TARGETS, ACTORS } from '../labels.js';
import { countryOfWord, roleCountryOfWord, type ArticleScope, type FactList } from '../scope.js';
import type { SentenceView } from '../view.js';
import type { SentencePattern } from './pattern.js';

const CONCERN_VERBS: ReadonlySet<string> = new Set([
  'raised',
  'raises',
  'raise',
  'raising',
  'voiced',
  'voices',
  'expressed',
  'expresses',
  'express',
]);

/** "X raised concerns about Y", "X voiced concern over Chinese support": X opposes Y (or the country of the demonym). */
function concerns(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 1; c < items.length; c++) {
    const it = items[c];
    if (it.mention || (it.norm !== 'concerns' && it.norm !== 'concern') || !CONCERN_VERBS.has(items[c - 1].norm))
      continue;
    if (items[c + 1]?.norm !== 'about' && items[c + 1]?.norm !== 'over') continue;
    const s = subjectBefore(view, c - 1, ACTORS);
    const source = subjectEntity(scope, view, s);
    let target: string | undefined;
    for (let k = c + 2; k < items.length && k <= c + 6 && !target; k++) {
      const x = items[k];
      if (x.norm === ',' || x.norm === ';') break;
      if (x.mention) target = ACTOR_TARGETS.has(x.mention.label) ? x.mention.entity : undefined;
      else target = countryOfWord(scope, x.norm) ?? roleCountryOfWord(scope, x);
      if (x.mention) break;
    }
    if (source && target && source !== target)
      out.add('OPPOSES', source, target, view, 0.6, flagsFor(items, Math.max(0, s), c));
  }
}

export const concernsPattern: SentencePattern<'concerns'> = {
  name: 'concerns',
  per: 'sentence',
  relations: ['OPPOSES'],
  requires: [],
  provides: [],
  cues: { words: ['concern', 'concerns'] },
  run: ({ scope, out }, view) => concerns(scope, view, out),
};
