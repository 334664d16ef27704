import { cleanArticle } from '../../src/extract/clean.js';
import { findMentions } from '../../src/extract/mentions.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { Mention } from '../../src/extract/types.js';

function mentionsOf(text: string, publishedAt = '2022-09-15'): Mention[] {
  return findMentions(splitSentences(cleanArticle({ text })), { publishedAt });
}
const find = (ms: Mention[], text: string) => ms.find((m) => m.text === text);

describe('findMentions: people', () => {
  it('reads a name after a lower-case role noun as a person even when it ends in a place word', () => {
    const ms = mentionsOf('The historian and professor Alan Ross Park wrote that farmers near Ross Park objected.');
    expect(find(ms, 'Alan Ross Park')).toMatchObject({ label: 'Person', role: 'professor' });
    expect(find(ms, 'Ross Park')).toMatchObject({ label: 'Place' });
  });

  it('finds people after titles, with role and country from the demonym', () => {
    const ms = mentionsOf('Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Wednesday.');
    expect(find(ms, 'Chinese President Xi Jinping')).toMatchObject({
      label: 'Person',
      normalized: 'Xi Jinping',
      role: 'President',
      country: 'China',
    });
    expect(find(ms, 'Kazakh President Kassym-Jomart Tokayev')).toMatchObject({
      label: 'Person',
      normalized: 'Kassym-Jomart Tokayev',
      country: 'Kazakhstan',
    });
  });

  it('strips honorifics and academic titles: "Professor Emeritus Rosemary Foot", "Mr Xi"', () => {
    const ms = mentionsOf('"It matters," Professor Emeritus Rosemary Foot told the BBC. Mr Xi did not reply.');
    expect(find(ms, 'Professor Emeritus Rosemary Foot')).toMatchObject({
      label: 'Person',
      normalized: 'Rosemary Foot',
    });
    expect(find(ms, 'Mr Xi')).toMatchObject({ label: 'Person', kind: 'surname', normalized: 'Xi' });
  });

  it('reads an appositive role: "Wan Qingsong, an associate research professor at …"', () => {
    const ms = mentionsOf(
      '"China did not give Russia what it wanted," said Wan Qingsong, an associate research professor at East China Normal University.',
    );
    expect(find(ms, 'Wan Qingsong')).toMatchObject({
      label: 'Person',
      role: 'associate research professor at East China Normal University',
    });
    expect(find(ms, 'East China Normal University')).toMatchObject({ label: 'Organization' });
  });

  it('finds role descriptions with their country: "the Chinese leader", "the Kremlin chief"', () => {
    const ms = mentionsOf('The Chinese leader spoke first. The Kremlin chief also noted the concerns.');
    expect(find(ms, 'The Chinese leader')).toMatchObject({ label: 'Person', kind: 'description', country: 'China' });
    expect(find(ms, 'The Kremlin chief')).toMatchObject({ label: 'Person', kind: 'description', country: 'Russia' });
  });

  it('does not take a region adjective for a name', () => {
    const ms = mentionsOf('Central Asian countries are worried about the war.');
    expect(ms.filter((m) => m.label === 'Person')).toEqual([]);
  });
});

describe('findMentions: countries, places and organisations', () => {
  it('finds countries by name and common short forms, and leaves demonyms as no mention', () => {
    const ms = mentionsOf('The US and Britain criticised Russian troops in Ukraine.');
    expect(ms.filter((m) => m.label === 'Country').map((m) => m.normalized)).toEqual([
      'United States',
      'United Kingdom',
      'Ukraine',
    ]);
  });

  it('takes an acting capital or seat of government for its country and a located one for a place', () => {
    const ms = mentionsOf(
      'Beijing has never joined sanctions against the Kremlin. The Winter Olympics were held in Beijing.',
    );
    const beijing = ms.filter((m) => m.text === 'Beijing');
    expect(beijing.map((m) => m.label)).toEqual(['Country', 'Place']);
    expect(find(ms, 'Kremlin')).toMatchObject({ label: 'Country', kind: 'metonym', normalized: 'Russia' });
  });

  it('finds organisations by head word, acronym and ministry', () => {
    const ms = mentionsOf(
      'The Shanghai Cooperation Organisation (SCO) met as the Russian defence ministry and Renmin University spoke to CNN.',
    );
    expect(find(ms, 'Shanghai Cooperation Organisation')?.label).toBe('Organization');
    expect(find(ms, 'SCO')).toMatchObject({ label: 'Organization', kind: 'acronym' });
    expect(find(ms, 'Russian defence ministry')).toMatchObject({ label: 'Organization', country: 'Russia' });
    expect(find(ms, 'Renmin University')?.label).toBe('Organization');
    expect(find(ms, 'CNN')?.label).toBe('Organization');
  });

  it('keeps a title word after "of" inside an organisation name: "International Court of Justice"', () => {
    const ms = mentionsOf('South Africa took its case to the International Court of Justice on Friday.');
    expect(find(ms, 'International Court of Justice')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'International Court')).toBeUndefined();
  });

  it('finds seas, oceans and regions as places', () => {
    const ms = mentionsOf('Navies patrolled the Taiwan Strait and the Pacific Ocean near Central Asia.');
    expect(ms.filter((m) => m.label === 'Place').map((m) => m.text)).toEqual([
      'Taiwan Strait',
      'Pacific Ocean',
      'Central Asia',
    ]);
  });
});

describe('findMentions: events', () => {
  it('reads participants from a hyphenated pair and from "between … and …"', () => {
    const ms = mentionsOf('Coinciding with the Xi-Putin meeting, the talks between Modi and Biden began.');
    expect(find(ms, 'Xi-Putin meeting')?.frame).toMatchObject({ kind: 'meeting', participants: ['Xi', 'Putin'] });
    expect(find(ms, 'talks')?.frame).toMatchObject({ kind: 'meeting', participants: ['Modi', 'Biden'] });
  });

  it('dates an event against the article date and keeps "since …" out', () => {
    const ms = mentionsOf(
      'Biden met Modi in Tokyo on Tuesday. Their first meeting since February went well.',
      '2022-05-26',
    );
    expect(find(ms, 'met')?.frame).toMatchObject({
      participants: ['Biden', 'Modi'],
      place: 'Tokyo',
      date: '2022-05-24',
    });
    expect(find(ms, 'first meeting')?.frame?.date).toBeUndefined();
  });

  it('reads invader and invaded country of a war', () => {
    const ms = mentionsOf("Russia's invasion of Ukraine began in February.");
    expect(find(ms, 'Russia’s invasion'.replace('’', "'"))?.frame).toMatchObject({
      kind: 'war',
      agent: 'Russia',
      target: 'Ukraine',
    });
  });

  it('reads the visitor and destination of a visit, and named events', () => {
    const ms = mentionsOf("Pelosi's visit to Taipei angered Beijing before the Winter Olympics.");
    expect(find(ms, "Pelosi's visit")?.frame).toMatchObject({ kind: 'visit', agent: 'Pelosi', target: 'Taipei' });
    expect(find(ms, 'Winter Olympics')?.label).toBe('Event');
  });

  it('leaves a hypothetical event out', () => {
    const ms = mentionsOf('China could use the war as a model for a potential attack on Taiwan.');
    expect(ms.filter((m) => m.label === 'Event').map((m) => m.text)).toEqual(['war']);
  });
});

describe('findMentions: Title Case headlines', () => {
  it('does not take a run of capitalised headline words for a name', () => {
    const ms = mentionsOf(
      "Putin Hails Xi's 'Balanced Position' On Ukraine As Leaders Meet In Samarkand\n\nPutin met Xi.",
    );
    const people = ms.filter((m) => m.label === 'Person').map((m) => m.text);
    expect(people).not.toContain('Putin Hails Xi');
    expect(people).toEqual(expect.arrayContaining(['Putin', 'Xi']));
    expect(ms.find((m) => m.text === 'Ukraine')?.label).toBe('Country');
  });
});

describe('findMentions: initials and organisation cues', () => {
  it('keeps an initial inside a name and drops "Former" from the role', () => {
    const ms = mentionsOf('Former US President George W. Bush spoke. John F. Kennedy did not.');
    expect(ms.filter((m) => m.label === 'Person').map((m) => m.normalized)).toEqual([
      'George W. Bush',
      'John F. Kennedy',
    ]);
  });
});

describe('findMentions: organisations told by their context', () => {
  it('"King\'s College London" is one organisation', () => {
    const ms = mentionsOf('"It is a pragmatic relationship," said Emre Demir, a lecturer at King\'s College London.');
    expect(find(ms, "King's College London")).toMatchObject({ label: 'Organization' });
  });

  it('a name after "bloc", "alliance" or "group" is an organisation: "the South American bloc Mercosur"', () => {
    const ms = mentionsOf('Lula wants closer ties between the European Union and the South American bloc Mercosur.');
    expect(find(ms, 'Mercosur')).toMatchObject({ label: 'Organization' });
  });

  it('"the European Union and the South American bloc Mercosur" names two organisations, not one', () => {
    const ms = mentionsOf(
      'Scholz urged a trade agreement between the European Union and the South American bloc Mercosur.',
    );
    expect(find(ms, 'European Union')).toMatchObject({ label: 'Organization' });
    expect(ms.filter((m) => m.text.includes(' and the '))).toEqual([]);
  });

  it('a name after "at" in an affiliation apposition is an organisation: "a professor at Sciences Po"', () => {
    const ms = mentionsOf('Anne Dupont, a professor at Sciences Po, said the talks mattered.');
    expect(find(ms, 'Sciences Po')).toMatchObject({ label: 'Organization' });
  });

  it('a capitalised name with a building head word is a place: "the talks at the Vahdettin Pavilion"', () => {
    const ms = mentionsOf('The talks at the Vahdettin Pavilion lasted three hours.');
    expect(find(ms, 'Vahdettin Pavilion')).toMatchObject({ label: 'Place' });
  });
});

describe('findMentions: two-word demonyms before a title', () => {
  it('"South Korean President Yoon Suk Yeol" is a president of South Korea', () => {
    const ms = mentionsOf('South Korean President Yoon Suk Yeol arrived in Tokyo on Thursday.');
    expect(find(ms, 'South Korean President Yoon Suk Yeol')).toMatchObject({
      label: 'Person',
      normalized: 'Yoon Suk Yeol',
      role: 'President',
      country: 'South Korea',
    });
  });
});

describe('findMentions: capitals that are no organisation', () => {
  it('takes a code with a digit for an organisation only when it is a known one', () => {
    const ms = mentionsOf('Users of KX7 and the TR20 were told to upgrade, the G20 said on Monday.');
    expect(find(ms, 'KX7')).toBeUndefined();
    expect(find(ms, 'TR20')).toBeUndefined();
    expect(find(ms, 'G20')).toMatchObject({ label: 'Organization' });
  });

  it('reads Roman numerals as numbers, not acronyms', () => {
    const ms = mentionsOf('The blogger called it part XVII of the feud, and the NTSB said part XIV was worse.');
    expect(find(ms, 'XVII')).toBeUndefined();
    expect(find(ms, 'XIV')).toBeUndefined();
    expect(find(ms, 'NTSB')).toMatchObject({ label: 'Organization' });
  });
});

describe('findMentions: named events by their head word', () => {
  it('reads fairs, marathons and tournaments as events', () => {
    const ms = mentionsOf('She was a guest at the Lakeside Science Fair and ran the Tallinn Marathon in May.');
    expect(find(ms, 'Lakeside Science Fair')).toMatchObject({ label: 'Event' });
    expect(find(ms, 'Tallinn Marathon')).toMatchObject({ label: 'Event' });
  });
});

describe('findMentions: places after a preposition', () => {
  it('reads "near downtown X" as a place and "at X headquarters" as the body whose seat it is', () => {
    const ms = mentionsOf(
      'Crowds gathered near downtown Ostrava, and the founders met at Kelvix headquarters on Friday.',
    );
    expect(find(ms, 'Ostrava')).toMatchObject({ label: 'Place' });
    expect(find(ms, 'Kelvix')?.label).not.toBe('Place');
  });
});

describe('findMentions: capitals in lists of places', () => {
  it('reads a capital listed among other places as the place, and a capital acting alone as its government', () => {
    const ms = mentionsOf(
      'The survey covered Queensland, Victoria, Tasmania and the north. Later, Canberra said the results were clear.',
    );
    expect(find(ms, 'Victoria')).toMatchObject({ label: 'Place' });
    expect(find(ms, 'Canberra')).toMatchObject({ label: 'Country', kind: 'metonym' });
  });
});

describe('findMentions: world knowledge of names', () => {
  it('reads the countries of the United Kingdom as places, common-noun acronyms as no name, "Org" and "Municipality" as bodies', () => {
    const ms = mentionsOf(
      'The VIP guests from Scotland met staff of the Municipality of Varese, and a defector from the Harbour Org said his DNA test was lost.',
    );
    expect(find(ms, 'Scotland')).toMatchObject({ label: 'Place' });
    expect(find(ms, 'VIP')).toBeUndefined();
    expect(find(ms, 'DNA')).toBeUndefined();
    expect(find(ms, 'Municipality of Varese')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'Harbour Org')).toMatchObject({ label: 'Organization' });
  });
});

describe('findMentions: months that are names', () => {
  it('keeps a month word inside a name, and reads it as a month before a number', () => {
    const ms = mentionsOf('Former prime minister Theresa May said on Friday, May 5, that Kim Jun Ho had visited.');
    expect(ms.map((m) => m.text)).toEqual(expect.arrayContaining(['Theresa May', 'Kim Jun Ho']));
    expect(ms.find((m) => m.text.startsWith('May'))).toBeUndefined();
  });
});

describe('findMentions: company names', () => {
  it('ends a company name at its company word before "of" a country', () => {
    const ms = mentionsOf('The bloc named Harbour Aero Systems of Iran and the Bank of England on Monday.');
    expect(find(ms, 'Harbour Aero Systems')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'Iran')).toMatchObject({ label: 'Country' });
    expect(find(ms, 'Bank of England')).toMatchObject({ label: 'Organization' });
  });
});

describe('findMentions: places by their initials, events with their host', () => {
  it('reads cities known by their initials or with their district as places, not organisations', () => {
    const ms = mentionsOf(
      'The band played in Washington D.C. on Friday and flew to L.A. on Sunday. Fans in LA cheered.',
    );
    expect(find(ms, 'Washington D.C.')).toMatchObject({ label: 'Place', normalized: 'Washington, D.C.' });
    expect(find(ms, 'L.A.')).toMatchObject({ label: 'Place', normalized: 'Los Angeles' });
    expect(find(ms, 'LA')).toMatchObject({ label: 'Place', normalized: 'Los Angeles' });
  });

  it('keeps the host country after an event head word inside the event name', () => {
    const ms = mentionsOf('Thousands queued for the Comic Expo Norway on Saturday.');
    expect(find(ms, 'Comic Expo Norway')).toMatchObject({ label: 'Event' });
    expect(find(ms, 'Norway')).toBeUndefined();
  });
});

describe('findMentions: titles with a domain, honorifics with a full stop', () => {
  it('ends the title "Minister of Education" before the name after it', () => {
    const ms = mentionsOf('Minister of Education Ilse Marken disagreed on Tuesday.');
    expect(find(ms, 'Minister of Education Ilse Marken')).toMatchObject({
      label: 'Person',
      normalized: 'Ilse Marken',
      role: 'Minister of Education',
    });
  });

  it('keeps an honorific written with a full stop with the name after it', () => {
    const ms = mentionsOf('Later, Mr. Valtonen said the schools would pay. Dr. Ilse Marken agreed.');
    expect(find(ms, 'Mr. Valtonen')).toMatchObject({ label: 'Person', normalized: 'Valtonen' });
    expect(find(ms, 'Dr. Ilse Marken')).toMatchObject({ label: 'Person', normalized: 'Ilse Marken' });
  });
});

describe('findMentions: head words of churches, legions, towers and stations', () => {
  it('reads churches and legions as organisations, towers and stations as places', () => {
    const ms = mentionsOf(
      'Members of the Church of Veldoria and the Iron Wolf Legion met near the Marlow City Towers and Kessel Park Station.',
    );
    expect(find(ms, 'Church of Veldoria')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'Iron Wolf Legion')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'Marlow City Towers')).toMatchObject({ label: 'Place' });
    expect(find(ms, 'Kessel Park Station')).toMatchObject({ label: 'Place' });
  });
});

describe('findMentions: names that a capital "The" starts inside a sentence', () => {
  it('reads the run after it as one organisation, "and" included, but not a place after a locative word', () => {
    const ms = mentionsOf('Writing for The Lantern and Bell, Ola Brekke said judges in The Hague would rule.');
    expect(find(ms, 'Lantern and Bell')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'Lantern')).toBeUndefined();
    expect(find(ms, 'Hague')?.label).not.toBe('Organization');
  });
});

describe('findMentions: two bodies joined by "and"', () => {
  it('ends a body at its head word before "and" another name, and keeps one body with "and" inside', () => {
    const ms = mentionsOf(
      'She told the Lakeside Post and Bloomwire on Friday. The Ministry of Trade and Industry objected.',
    );
    expect(find(ms, 'Lakeside Post')).toMatchObject({ label: 'Organization' });
    expect(find(ms, 'Lakeside Post and Bloomwire')).toBeUndefined();
    expect(find(ms, 'Ministry of Trade and Industry')).toMatchObject({ label: 'Organization' });
  });
});
