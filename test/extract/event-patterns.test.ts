import { extractArticle } from '../../src/extract/index.js';

/** Events, and the edges around them as "TYPE source > target" by name, of a text read by the whole extractor. */
function read(text: string, date = '2023-05-10') {
  const g = extractArticle({ text }, { date });
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
  const events = g.entities.filter((e) => e.label === 'Event').map((e) => e.name);
  const rel = g.relations
    .filter((r) => !r.hedged && !r.negated)
    .map((r) => `${r.type} ${name(r.source)} > ${name(r.target)}`);
  return { events, rel };
}

describe('visits told by their end', () => {
  it('"X flew home from C at the end of a state visit" is a visit to C', () => {
    const { events, rel } = read(
      'Chilean President Tomas Arrieta flew home from Madrid on Friday at the end of a three-day state visit that produced two trade deals.',
    );
    const visit = events.find((e) => /visit/.test(e));
    expect(visit).toBe("Tomas Arrieta's visit to Spain");
    expect(rel).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN Tomas Arrieta > ${visit}`,
        `HELD_IN ${visit} > Spain`,
        'VISITED Tomas Arrieta > Spain',
      ]),
    );
  });

  it('"X left C after a visit" is a visit to C', () => {
    const { events } = read(
      'Kenyan President Daniel Mwangi left Berlin on Tuesday after a two-day visit focused on energy.',
    );
    expect(events).toContain("Daniel Mwangi's visit to Germany");
  });
});

describe('the visitor is the subject of the clause of the trip', () => {
  it('"As A spoke in X, B made a trip to Y": B visits Y, A does not', () => {
    const { rel } = read(
      'As Chilean President Tomas Arrieta spoke in Madrid on Tuesday, Peruvian Prime Minister Rosa Quispe made an unannounced trip to Berlin.',
    );
    expect(rel).toContain('VISITED Rosa Quispe > Berlin');
    expect(rel).not.toContain('VISITED Tomas Arrieta > Berlin');
    expect(rel.filter((r) => r.startsWith('PARTICIPATED_IN Tomas Arrieta'))).toEqual([]);
  });
});

describe('meetings that did not happen, and meetings "in person"', () => {
  it('"there was no meeting between A and B" is no event', () => {
    const { events } = read(
      'Chilean President Tomas Arrieta and Peruvian President Rosa Quispe both spoke at the forum. There was no one-on-one meeting between Arrieta and Quispe.',
    );
    expect(events.filter((e) => /Arrieta|Quispe/.test(e))).toEqual([]);
  });

  it('"the two last met in person in May in Lima" places the meeting in Lima', () => {
    const { events } = read(
      'Chilean President Tomas Arrieta received Peruvian President Rosa Quispe on Monday. The two leaders last met in person in May in Lima.',
    );
    expect(events.some((e) => /meeting in Lima/.test(e))).toBe(true);
  });
});

describe('the host of a visit', () => {
  it('the leader of the visited country who welcomed "his guest" takes part in the visit', () => {
    const { events, rel } = read(
      "Chilean President Tomas Arrieta and Peru's President Rosa Quispe signed two agreements on Tuesday. Arrieta welcomed his guest at the palace in Santiago for talks. It was Quispe's first state visit to Chile since she took office.",
    );
    const visit = events.find((e) => /visit/.test(e));
    expect(visit).toBe("Rosa Quispe's visit to Chile");
    expect(rel).toEqual(
      expect.arrayContaining([`PARTICIPATED_IN Rosa Quispe > ${visit}`, `PARTICIPATED_IN Tomas Arrieta > ${visit}`]),
    );
  });
});
