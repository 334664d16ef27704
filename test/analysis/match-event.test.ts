import type { EntityRecord } from '../../src/graph/model.js';
import { EventMatcher, eventMatchScore, type EventCandidate } from '../../src/analysis/match-event.js';

const record = (id: string, name: string, aliases: string[] = [], count = 1): EntityRecord => ({
  id,
  label: 'Event',
  name,
  aliases,
  mentions: [],
  count,
});
const person = (name: string, aliases: string[] = []) => ({ name, aliases });
const bestMatchingEvent = (text: string, candidates: EventCandidate[]) => new EventMatcher(candidates).best(text);

const meeting: EventCandidate = {
  event: record('event:m', 'Xi–Putin meeting in Samarkand'),
  participants: [person('Xi Jinping', ['Xi']), person('Vladimir Putin', ['Putin'])],
  statementCount: 3,
};
const summit: EventCandidate = {
  event: record('event:s', 'SCO summit in Samarkand', ['summit'], 5),
  participants: [person('Xi Jinping', ['Xi']), person('Vladimir Putin', ['Putin']), person('Narendra Modi')],
  statementCount: 1,
};
const talks: EventCandidate = {
  event: record('event:t', 'talks in Beijing'),
  participants: [person('Xi Jinping', ['Xi']), person('Olaf Scholz', ['Scholz'])],
  statementCount: 0,
};

test('words in the event name count more than words in its participants names', () => {
  expect(eventMatchScore('Xi–Putin', meeting)).toBe(1);
  expect(eventMatchScore('Xi–Putin', summit)).toBe(0.75);
  expect(eventMatchScore('the meeting between Xi and Putin', meeting)).toBe(1);
});

test('"Xi–Putin", "Xi Putin meeting" and "SCO summit" resolve to the event they name', () => {
  expect(bestMatchingEvent('Xi–Putin', [summit, talks, meeting])?.id).toBe('event:m');
  expect(bestMatchingEvent('Xi Putin meeting', [summit, talks, meeting])?.id).toBe('event:m');
  expect(bestMatchingEvent('SCO summit', [meeting, summit, talks])?.id).toBe('event:s');
  expect(bestMatchingEvent('Xi Scholz', [meeting, summit, talks])?.id).toBe('event:t');
});

test('no event when fewer than half the words fit', () => {
  expect(bestMatchingEvent('Biden Trudeau summit Ottawa', [meeting, summit, talks])).toBeNull();
  expect(bestMatchingEvent('', [meeting])).toBeNull();
});

test('ties go to the event with more commentary', () => {
  const twin: EventCandidate = {
    ...meeting,
    event: record('event:m2', 'Xi–Putin meeting in Moscow'),
    statementCount: 7,
  };
  expect(bestMatchingEvent('Xi–Putin meeting', [meeting, twin])?.id).toBe('event:m2');
});

test('without commentary, the event whose name the text covers best wins', () => {
  const quiet = (id: string, name: string): EventCandidate => ({
    event: record(id, name, [], 4),
    participants: [],
    statementCount: 0,
  });
  const wide = quiet('event:w', 'Xi–Putin–Mirziyoyev meeting in Beijing');
  const narrow = quiet('event:n', 'Xi–Putin meeting');
  expect(bestMatchingEvent('Xi–Putin', [wide, narrow])?.id).toBe('event:n');
});

test('one EventMatcher answers many texts, whatever the order of its events', () => {
  const forward = new EventMatcher([meeting, summit, talks]);
  const backward = new EventMatcher([talks, summit, meeting]);
  for (const text of ['Xi–Putin', 'Xi Putin meeting', 'SCO summit', 'Xi Scholz', 'talks in Beijing', 'Biden Ottawa']) {
    expect(forward.best(text)?.id ?? null).toBe(backward.best(text)?.id ?? null);
  }
  expect(forward.best('talks in Beijing')?.id).toBe('event:t');
  expect(forward.best('Biden Ottawa')).toBeNull();
});
