/**
 * A wire dateline ("VILNIUS, July 12 (Reuters) –") and the happening it places: the resolve stage puts
 * the article's news of the day in the dateline's city when its own sentences name no place.
 */
import type { EntityLabel } from '../graph/model.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME } from './gazetteer.js';
import type { Mention } from './types.js';

/** Kinds of happening a reporter goes to: the article's meeting, summit or visit is where its dateline is. */
const DATELINED_KINDS: ReadonlySet<string> = new Set(['meeting', 'summit', 'visit']);

/** The city a wire dateline opens with ("VILNIUS, July 12 (Reuters) –" → Vilnius) and the country it adds ("SAMARKAND, Uzbekistan, Sept 16 –"). */
function datelinePlace(dateline: string): { city: string; country?: string } | undefined {
  const [head, second] = dateline.split(/,|\(|\s[–—-]/).map((x) => x.trim());
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w)))
    return undefined;
  const city = words
    .map((w) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()))
    .join(' ');
  const country = second && COUNTRY_BY_NAME.has(second) ? COUNTRY_BY_NAME.get(second)?.name : undefined;
  return { city, country };
}

/**
 * The article's news of the day that its dateline places: the meeting, summit or visit named first
 * (headline or lead), not dated to another month or to after the article, and not placed in a
 * country other than the dateline's.
 */
export function datelinedCluster<
  K extends { mention: Mention; kind: string; date?: string; place?: { label: EntityLabel; name: string } },
>(
  clusters: ReadonlyMap<string, K[]>,
  anchored: ReadonlySet<K>,
  dateline: string | undefined,
  articleDate: string | undefined,
): { list: K[]; city: string } | undefined {
  if (!dateline) return undefined;
  // The cluster named first (the earliest sentence of an anchored mention; the first of a tie), found before
  // the dateline is parsed: most articles have none in their first three sentences.
  let list: K[] | undefined;
  let from = Infinity;
  for (const [key, l] of clusters) {
    if (key.includes('@') || !DATELINED_KINDS.has(l[0].kind)) continue;
    const first = Math.min(...l.filter((k) => anchored.has(k)).map((k) => k.mention.sentence));
    if (first < from) {
      list = l;
      from = first;
    }
  }
  if (!list || from > 2) return undefined;
  const at = datelinePlace(dateline);
  if (!at) return undefined;
  const date = list.map((k) => k.date).find((d) => !!d);
  if (date && articleDate && (date.slice(0, 7) !== articleDate.slice(0, 7) || date > articleDate.slice(0, date.length)))
    return undefined;
  const countries = new Set(
    list
      .map((k) =>
        k.place?.label === 'Country' ? k.place.name : k.place ? COUNTRY_BY_CAPITAL.get(k.place.name)?.name : undefined,
      )
      .filter((c) => !!c),
  );
  const cityCountry = at.country ?? COUNTRY_BY_CAPITAL.get(at.city)?.name;
  if (countries.size > 0 && (!cityCountry || !countries.has(cityCountry))) return undefined;
  return { list, city: at.city };
}
