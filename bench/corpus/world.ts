import worldCountriesModule, { type Countries } from 'world-countries';
import { Random } from '../random.js';
import {
  CULTURE_NAMES,
  INTERNATIONAL_BODIES,
  NAME_CULTURES,
  NEWS_AGENCIES,
  ORG_WORDS,
  type CultureName,
} from './names.js';

/** A country of the generated world, from world-countries. */
export interface WorldCountry {
  name: string;
  demonym: string;
  capital: string;
  code: string;
  culture: CultureName;
}

type OrgKind = 'grouping' | 'ministry' | 'party' | 'outlet' | 'university' | 'thinkTank' | 'company';

export interface WorldOrganization {
  name: string;
  acronym?: string;
  kind: OrgKind;
  /** Home country, for national bodies. */
  country?: WorldCountry;
}

export type PersonKind = 'leader' | 'minister' | 'spokesperson' | 'ambassador' | 'analyst' | 'executive' | 'orgHead';

export interface WorldPerson {
  given: string;
  family: string;
  /** Full name as written in running text. */
  full: string;
  /** Name after a title: "Mr Wang", "Ms Lindgren". */
  short: string;
  honorific: 'Mr' | 'Ms';
  kind: PersonKind;
  /** Role title as written before the name ("Foreign Minister") or after it ("a senior fellow"). */
  role: string;
  country: WorldCountry;
  organization?: WorldOrganization;
}

/** The recurring cast of a generated corpus: countries, people, organisations and places. */
export interface World {
  countries: WorldCountry[];
  people: WorldPerson[];
  /** People who speak for a country, grouped by country code. */
  officials: Map<string, WorldPerson[]>;
  analysts: WorldPerson[];
  groupings: WorldOrganization[];
  outlets: WorldOrganization[];
  institutions: WorldOrganization[];
  companies: WorldOrganization[];
  /** Places that are not countries: provinces, seas, cities other than capitals. */
  places: string[];
}

const FEMALE_GIVEN = new Set([
  'Sarah',
  'Emily',
  'Laura',
  'Rachel',
  'Helen',
  'Claire',
  'Fiona',
  'Grace',
  'Alice',
  'Megan',
  'Kate',
  'Camille',
  'Élodie',
  'Sophie',
  'Chloé',
  'Margaux',
  'Amélie',
  'Céline',
  'Hélène',
  'Katrin',
  'Annika',
  'Sabine',
  'Ute',
  'Heike',
  'Birgit',
  'Franziska',
  'Jana',
  'Ingrid',
  'Sigrid',
  'Astrid',
  'Freya',
  'Liv',
  'Solveig',
  'Maja',
  'Giulia',
  'Lucía',
  'Francesca',
  'Carmen',
  'Ines',
  'Elena',
  'Sofia',
  'Beatriz',
  'Olena',
  'Katarzyna',
  'Irina',
  'Marta',
  'Natalia',
  'Svetlana',
  'Milena',
  'Agnieszka',
  'Fang',
  'Min',
  'Jing',
  'Yan',
  'Lihua',
  'Yuqing',
  'Haiyan',
  'Meiling',
  'Seo-yeon',
  'Ha-eun',
  'Soo-jin',
  'Eun-ji',
  'Hye-jin',
  'Yui',
  'Aiko',
  'Sakura',
  'Naoko',
  'Emi',
  'Mariko',
  'Layla',
  'Fatima',
  'Noura',
  'Rania',
  'Amira',
  'Salma',
  'Huda',
  'Dina',
  'Zeynep',
  'Elif',
  'Aigerim',
  'Dilnoza',
  'Aruzhan',
  'Gulnara',
  'Shirin',
  'Maryam',
  'Nasrin',
  'Parisa',
  'Leila',
  'Priya',
  'Ananya',
  'Meera',
  'Kavita',
  'Ayesha',
  'Deepa',
  'Farah',
  'Lakshmi',
  'Siti',
  'Maria',
  'Dewi',
  'Kanya',
  'Ayu',
  'Amara',
  'Ngozi',
  'Fatou',
  'Zanele',
  'Wanjiru',
  'Nia',
  'Aminata',
  'Adaeze',
  'Valentina',
  'Camila',
  'Gabriela',
  'Renata',
  'Daniela',
  'Ximena',
  'Luiza',
]);

function cultureOf(code: string, region: string, subregion: string): CultureName {
  if (code === 'CHN' || code === 'TWN' || code === 'SGP') return 'chinese';
  if (code === 'KOR' || code === 'PRK') return 'korean';
  if (code === 'JPN') return 'japanese';
  if (code === 'IRN' || code === 'AFG' || code === 'TJK') return 'persian';
  if (code === 'TUR' || code === 'AZE' || subregion === 'Central Asia') return 'turkic';
  if (code === 'BRA' || code === 'PRT') return 'southern';
  if (subregion === 'Northern Africa' || subregion === 'Western Asia') return 'arabic';
  if (region === 'Africa') return 'african';
  if (subregion === 'Southern Asia') return 'southAsian';
  if (subregion === 'South-Eastern Asia' || subregion === 'Eastern Asia') return 'southeastAsian';
  if (subregion === 'Eastern Europe') return 'slavic';
  if (subregion === 'Northern Europe') return code === 'GBR' || code === 'IRL' ? 'english' : 'nordic';
  if (subregion === 'Southern Europe')
    return code === 'SRB' || code === 'HRV' || code === 'SVN' || code === 'BIH' || code === 'MNE' || code === 'MKD'
      ? 'slavic'
      : 'southern';
  if (subregion === 'Western Europe') return code === 'FRA' || code === 'BEL' || code === 'MCO' ? 'french' : 'german';
  if (subregion === 'Southeast Europe') return code === 'GRC' || code === 'CYP' ? 'southern' : 'slavic';
  if (subregion === 'Central Europe') return ['DEU', 'AUT', 'CHE', 'LIE'].includes(code) ? 'german' : 'slavic';
  if (region === 'Americas') return code === 'USA' || code === 'CAN' || subregion === 'Caribbean' ? 'english' : 'latin';
  return 'english';
}

/** world-countries is CommonJS (`module.exports = [...]`) but its types declare an ES default export. */
const countries = worldCountriesModule as unknown as Countries;

/** The countries of the generated world: UN members and Taiwan with a demonym and a capital, shuffled by the seed. */
function worldCountries(random: Random): WorldCountry[] {
  const list = countries
    .filter((c) => (c.unMember || c.cca3 === 'TWN') && c.capital.length > 0 && c.demonyms?.eng?.m)
    .map((c) => ({
      name: c.name.common,
      demonym: c.demonyms.eng!.m,
      capital: c.capital[0]!,
      code: c.cca3,
      culture: cultureOf(c.cca3, c.region, c.subregion ?? ''),
    }));
  return random.sample(list, list.length);
}

function personName(
  random: Random,
  culture: CultureName,
): Pick<WorldPerson, 'given' | 'family' | 'full' | 'short' | 'honorific'> {
  const names = NAME_CULTURES[culture];
  const given = random.pick(names.given);
  const family = random.pick(names.family);
  const familyFirst = 'familyFirst' in names && names.familyFirst;
  const honorific = FEMALE_GIVEN.has(given) ? 'Ms' : 'Mr';
  return {
    given,
    family,
    full: familyFirst ? `${family} ${given}` : `${given} ${family}`,
    short: `${honorific} ${family}`,
    honorific,
  };
}

/** Draws a person no other part of the corpus knows about (a local official, a witness, a new analyst). */
export function freshPerson(
  random: Random,
  world: World,
  kind: PersonKind,
  role: string,
  organization?: WorldOrganization,
): WorldPerson {
  const country = organization?.country ?? random.pick(world.countries);
  const culture = random.chance(0.8) ? country.culture : random.pick(CULTURE_NAMES);
  return { ...personName(random, culture), kind, role, country, organization };
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w) && !['Of', 'The', 'And', 'For'].includes(w))
    .map((w) => w[0])
    .join('');
}

/** Builds the recurring cast of a corpus from a seed. */
export function buildWorld(seed: number): World {
  const random = Random.derive(seed, 'world');
  const list = worldCountries(random);
  const people: WorldPerson[] = [];
  const officials = new Map<string, WorldPerson[]>();
  const institutions: WorldOrganization[] = [];
  const companies: WorldOrganization[] = [];
  const places: string[] = [];
  const usedGroupings = new Set<string>();
  const groupings: WorldOrganization[] = INTERNATIONAL_BODIES.map((b) => ({ ...b, kind: 'grouping' as const }));
  while (groupings.length < INTERNATIONAL_BODIES.length + 24) {
    const name = `${random.pick(ORG_WORDS.groupingPrefix)} ${random.pick(ORG_WORDS.groupingRegion)} ${random.pick(ORG_WORDS.groupingKind)}`;
    if (usedGroupings.has(name)) continue;
    usedGroupings.add(name);
    groupings.push({ name, acronym: acronymOf(name), kind: 'grouping' });
  }
  const outlets: WorldOrganization[] = NEWS_AGENCIES.map((name) => ({ name, kind: 'outlet' as const }));
  for (const country of list) {
    const culture = country.culture;
    const head = random.chance(0.55) ? 'President' : 'Prime Minister';
    const ministry: WorldOrganization = {
      name: `Ministry of Foreign Affairs of ${country.name}`,
      kind: 'ministry',
      country,
    };
    const party: WorldOrganization = {
      name: `${country.demonym} ${random.pick(ORG_WORDS.partyKind)}`,
      kind: 'party',
      country,
    };
    const roles: { kind: PersonKind; role: string; organization?: WorldOrganization }[] = [
      { kind: 'leader', role: head, organization: party },
      { kind: 'minister', role: 'Foreign Minister', organization: ministry },
      {
        kind: 'minister',
        role: random.pick(['Defence Minister', 'Trade Minister', 'Finance Minister', 'Energy Minister']),
      },
      { kind: 'spokesperson', role: 'foreign ministry spokesperson', organization: ministry },
      { kind: 'ambassador', role: 'ambassador to the United Nations' },
    ];
    const cast = roles.map((r) => ({ ...personName(random, culture), ...r, country }));
    officials.set(country.code, cast);
    people.push(...cast);
    institutions.push(
      {
        name: random.chance(0.5) ? `University of ${country.capital}` : `${country.capital} State University`,
        kind: 'university',
        country,
      },
      {
        name: `${random.pick(ORG_WORDS.thinkTankWord)} Institute for ${random.pick(ORG_WORDS.thinkTankTopic)}`,
        kind: 'thinkTank',
        country,
      },
      ministry,
      party,
    );
    if (random.chance(0.4))
      outlets.push({ name: `${country.capital} ${random.pick(ORG_WORDS.outletWord)}`, kind: 'outlet', country });
    if (random.chance(0.3)) outlets.push({ name: `${country.demonym} News Agency`, kind: 'outlet', country });
    if (random.chance(0.5)) {
      const family = random.pick(NAME_CULTURES[culture].family);
      companies.push({ name: `${family} ${random.pick(ORG_WORDS.companyKind)}`, kind: 'company', country });
    }
    places.push(
      `${random.pick(ORG_WORDS.provinceWord)} ${random.pick(NAME_CULTURES[culture].family)} ${random.pick(ORG_WORDS.provinceKind)}`,
    );
  }
  for (const grouping of groupings) {
    const country = random.pick(list);
    people.push({
      ...personName(random, country.culture),
      kind: 'orgHead',
      role: 'Secretary-General',
      country,
      organization: grouping,
    });
  }
  const analysts: WorldPerson[] = [];
  const thinkers = institutions.filter((o) => o.kind === 'university' || o.kind === 'thinkTank');
  for (let i = 0; i < 400; i += 1) {
    const organization = random.pick(thinkers);
    const role =
      organization.kind === 'university'
        ? random.pick([
            'professor of international relations',
            'associate professor of political science',
            'lecturer in security studies',
          ])
        : random.pick(['senior fellow', 'research director', 'analyst', 'visiting scholar']);
    analysts.push({
      ...personName(random, organization.country!.culture),
      kind: 'analyst',
      role,
      country: organization.country!,
      organization,
    });
  }
  for (const company of companies) {
    people.push({
      ...personName(random, company.country!.culture),
      kind: 'executive',
      role: 'chief executive',
      country: company.country!,
      organization: company,
    });
  }
  people.push(...analysts);
  for (let i = 0; i < 30; i += 1) {
    places.push(
      `${random.pick(['South', 'East', 'West', 'North'])} ${random.pick(ORG_WORDS.groupingRegion)} ${random.pick(ORG_WORDS.sea)}`,
    );
  }
  return {
    countries: list,
    people,
    officials,
    analysts,
    groupings,
    outlets,
    institutions,
    companies,
    places: [...new Set(places)],
  };
}
