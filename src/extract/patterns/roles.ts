/**
 * Pattern `roles`: LEADER_OF and AFFILIATED_WITH from the titles around person mentions ("Kyrgyzstan's
 * President X", "X, a professor at Y"). Runs over the whole article first: the meetings pattern reads
 * the leaders it finds ("the presidents of A and B").
 */
import {
  AFFILIATION_PREPOSITIONS,
  HEAD_VERBS,
  LEADER_TITLES,
  MEETING_WORDS,
  MEMBER_TITLES,
  SKIPPED_DETERMINERS,
  SPEECH_VERBS,
  WORK_VERBS,
} from '../lexicon.js';
import { isLowerWord } from '../cues.js';
import { ORGS } from '../labels.js';
import { countryOfWord, roleCountry, type ArticleScope, type FactList } from '../scope.js';
import { afterPreposition, isMentionOf, lowerWords, type Item } from '../view.js';
import type { ArticlePattern } from './pattern.js';

/** The title words of a role, with the entity they attach to: "Kyrgyzstan's President", "a professor at Y". */
interface Role {
  leader: boolean;
  member: boolean;
  anchor?: string;
}

function titleKind(items: readonly Item[], k: number): 'leader' | 'member' | undefined {
  const n = items[k].norm;
  const prev = items[k - 1]?.norm;
  const demoted =
    prev === 'vice' || prev === 'deputy' || prev === 'co' || prev === 'former' || prev === '-' || prev === 'ex';
  if (n.startsWith('vice-') || n.startsWith('deputy-') || n.startsWith('co-') || n.startsWith('ex-')) return 'member';
  if (LEADER_TITLES.has(n) || n === 'counterpart') return demoted ? 'member' : 'leader';
  if (MEMBER_TITLES.has(n)) return 'member';
  return undefined;
}

/** Whether the person before a "counterpart" at item k (the one met) is a head of state or government by their title. */
function counterpartOfLeader(scope: ArticleScope, items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const m = items[j].mention;
    if (!m || m.label !== 'Person') continue;
    const words = m.role ? lowerWords(m.role) : [];
    if (
      words.some((w) => w === 'minister' || w === 'secretary' || w === 'ambassador' || w === 'envoy') &&
      !words.includes('prime') &&
      !words.includes('general')
    )
      return false;
    if (words.some((w) => LEADER_TITLES.has(w))) return true;
    const before = roleBefore(scope, items, j);
    return before.leader;
  }
  return true;
}

/** Role words before a person: "Chinese head of state Xi", "National Security Council coordinator … Kirby", "his Turkmenistan counterpart, X". */
function roleBefore(scope: ArticleScope, items: readonly Item[], p: number): Role {
  const role: Role = { leader: false, member: false };
  // "the president of Y, X" / "a professor at Y, X"
  const body = items[p - 2];
  if (
    items[p - 1]?.norm === ',' &&
    (body?.mention?.label === 'Country' || body?.mention?.label === 'Organization') &&
    (items[p - 3]?.norm === 'of' || items[p - 3]?.norm === 'at')
  ) {
    const kind = items[p - 4] ? titleKind(items, p - 4) : undefined;
    if (kind) return { leader: kind === 'leader', member: kind === 'member', anchor: body.mention.entity };
  }
  let commaAllowed = true;
  for (let k = p - 1; k >= 0 && k >= p - 8; k--) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Country' || it.mention.label === 'Organization') {
        if (role.leader || role.member) role.anchor = it.mention.entity;
      }
      break;
    }
    if (it.norm === ',') {
      if (commaAllowed && k === p - 1 && items[k - 1] && titleKind(items, k - 1)) {
        commaAllowed = false;
        continue;
      }
      break;
    }
    if (
      it.norm === '.' ||
      it.norm === ':' ||
      it.norm === ';' ||
      SPEECH_VERBS.has(it.norm) ||
      MEETING_WORDS.has(it.norm) ||
      (it.norm === 'and' && !(role.leader || role.member))
    )
      break;
    let kind = titleKind(items, k);
    // "his Turkish counterpart X" leads Turkey only when the one whose counterpart X is leads too.
    if (kind === 'leader' && it.norm === 'counterpart' && !counterpartOfLeader(scope, items, k)) kind = 'member';
    // "EU foreign policy chief X" heads a portfolio of the body, not the body.
    const portfolio = items[k - 1];
    if (
      kind === 'leader' &&
      (it.norm === 'chief' || it.norm === 'head') &&
      portfolio &&
      !portfolio.mention &&
      isLowerWord(portfolio.norm) &&
      !SKIPPED_DETERMINERS.has(portfolio.norm) &&
      !countryOfWord(scope, portfolio.norm)
    )
      kind = 'member';
    if (kind === 'leader') role.leader = true;
    else if (kind === 'member') role.member = true;
    else {
      const country = countryOfWord(scope, it.norm);
      if (country && (role.leader || role.member)) {
        role.anchor = country;
        break;
      }
    }
  }
  return role;
}

/** Parts of an organisation that a title may head without heading the organisation. */
const UNIT_WORDS = new Set([
  'office',
  'bureau',
  'branch',
  'department',
  'programme',
  'program',
  'desk',
  'unit',
  'division',
  'team',
  'section',
  'chapter',
]);

/** Role words after a person: "X, a professor at Y,", "X, President of the Y", "X from Y". */
/** The word before the mention at k, over determiners and a possessive owner ("in India's Ministry of …"). */
function prepositionBefore(items: readonly Item[], k: number): string {
  let j = k - 1;
  if (items[j]?.norm === "'s" || items[j]?.norm === '’s') j -= 2;
  while (items[j] && SKIPPED_DETERMINERS.has(items[j].norm)) j--;
  return items[j]?.norm ?? '';
}

function roleAfter(items: readonly Item[], p: number): Role {
  const role: Role = { leader: false, member: false };
  let k = p + 1;
  if (items[k]?.norm === 'from' || items[k]?.norm === 'of') {
    let j = k + 1;
    while (items[j] && SKIPPED_DETERMINERS.has(items[j].norm)) j++;
    if (isMentionOf(items[j], ORGS)) return { leader: false, member: true, anchor: items[j].mention?.entity };
    return role;
  }
  if (items[k]?.norm !== ',') return role;
  // ", a political scientist at Y", ", who studies … at Y", ", who heads Y": the appositive's kind.
  const opener = items[p + 2]?.norm;
  const verb = opener === 'who' ? items[p + 3]?.norm : undefined;
  const described =
    opener === 'a' || opener === 'an' || opener === 'the' || (verb !== undefined && WORK_VERBS.has(verb));
  const heads = verb !== undefined && HEAD_VERBS.has(verb);
  for (k = p + 2; k < items.length && k <= p + 14; k++) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Person') break;
      if (it.mention.label === 'Organization' && !role.leader && !role.member) {
        // A role noun no list holds, tied to the body by its preposition, or a clause saying what they do.
        if (heads && k <= p + 5) return { leader: true, member: false, anchor: it.mention.entity };
        if (described && AFFILIATION_PREPOSITIONS.has(prepositionBefore(items, k)))
          return { leader: false, member: true, anchor: it.mention.entity };
      }
      const based =
        items[k + 1]?.norm === 'based' ||
        items[k + 1]?.norm === '-based' ||
        (items[k + 1]?.norm === '-' && items[k + 2]?.norm === 'based');
      if ((role.leader || role.member) && !based) {
        if (it.mention.label === 'Organization') role.anchor = it.mention.entity;
        else if (it.mention.label === 'Country' && afterPreposition(items, k) && !role.anchor)
          role.anchor = it.mention.entity;
      }
      if (role.anchor && it.mention.label === 'Organization') break;
      continue;
    }
    if (it.norm === ',' || it.norm === '.' || it.norm === ';' || SPEECH_VERBS.has(it.norm)) break;
    if (UNIT_WORDS.has(it.norm) && role.leader) {
      // "head of the Berlin office of X" leads a unit of X and works for X.
      role.leader = false;
      role.member = true;
    }
    const kind = titleKind(items, k);
    if (kind === 'leader' && !role.member) role.leader = true;
    else if (kind === 'member') role.member = true;
  }
  return role;
}

/** LEADER_OF and AFFILIATED_WITH from titles around person mentions; notes the leader of each country in `leaders`. */
function roles(scope: ArticleScope, out: FactList, leaders: Map<string, string>): void {
  for (const view of scope.views) {
    const { items } = view;
    for (let p = 0; p < items.length; p++) {
      const m = items[p].mention;
      if (!m || m.label !== 'Person') continue;
      const found: Role[] = [roleBefore(scope, items, p), roleAfter(items, p)];
      // "European Commission President Ursula von der Leyen": the organisation inside the mention, before its title.
      const body = items[p].inner.find((x) => x.label === 'Organization');
      if (body && m.role) {
        // "Secretary General" is the "secretary-general" of LEADER_TITLES, written in two words.
        const written = m.role.toLowerCase().replace(/\b(secretary|director) general\b/g, '$1-general');
        const title = [...lowerWords(m.role), ...written.split(/\s+/)];
        const demoted = title.some(
          (w) => w === 'vice' || w === 'deputy' || w === 'former' || w.startsWith('vice-') || w.startsWith('deputy-'),
        );
        const leads = !demoted && title.some((w) => LEADER_TITLES.has(w));
        found.push({ leader: leads, member: !leads, anchor: body.entity });
      }
      if (m.country) {
        const role = m.role ? lowerWords(m.role) : [];
        const c = role.some((w) => LEADER_TITLES.has(w)) ? roleCountry(scope, m.country, m) : undefined;
        if (
          c &&
          role.some((w) => LEADER_TITLES.has(w) || w === 'counterpart') &&
          !role.some((w) => w === 'vice' || w === 'deputy' || w === 'former')
        ) {
          found.push({ leader: true, member: false, anchor: c });
        }
      }
      for (const r of found) {
        if (!r.anchor) continue;
        const anchorLabel = scope.labelOf.get(r.anchor);
        const hedge = {
          hedged: items.slice(Math.max(0, p - 3), p).some((x) => x.norm === 'former' || x.norm === 'ex'),
        };
        if (r.leader) {
          out.add('LEADER_OF', m.entity, r.anchor, view, 0.85, hedge);
          if (anchorLabel === 'Country' && !hedge.hedged && !leaders.has(r.anchor)) leaders.set(r.anchor, m.entity);
        } else if (r.member && anchorLabel === 'Organization') {
          out.add('AFFILIATED_WITH', m.entity, r.anchor, view, 0.8, hedge);
        }
      }
    }
  }
}

export const rolesPattern: ArticlePattern<'roles'> = {
  name: 'roles',
  per: 'article',
  relations: ['LEADER_OF', 'AFFILIATED_WITH'],
  requires: [],
  provides: ['leaders'],
  run: ({ scope, out, annotations }) => roles(scope, out, annotations.leaders),
};
