/** Page furniture in pasted text (issue #15): the same rules as for HTML pages, in clean.ts. */
import { cleanArticle } from '../../src/extract/clean.js';

const BODY = [
  'Hackers broke into the control systems of a water utility in Toledo, Ohio, last week and changed the settings of a chemical pump, the agency said on Tuesday.',
  'Plant manager Robert Ellison said the intruders had used a password that had not been changed since 2015, and that the plant would now replace it.',
];

function reasons(lines: readonly string[]): Map<string, string> {
  const text = lines.join('\n\n');
  const cleaned = cleanArticle({ text });
  return new Map(cleaned.removed.map((r) => [text.slice(r.start, r.end), r.reason]));
}

describe('clean: furniture in text', () => {
  it.each([
    ['12:05 GMT', 'time stamp'],
    ['2 hours ago', 'time stamp'],
    [
      'A version of this article appears in print on Sept. 16, 2022, Section A, Page 6 of the New York edition with the headline: Cost of Repairs Will Soon Exceed Cost of Defence.',
      'print edition',
    ],
    ['Printed in the Daily Herald, Section B2, Page 14, on Monday.', 'print edition'],
    ['JOE HILDEBRAND: Why the water bill will keep rising.', 'headline or teaser'],
    ['Recommended stories: Floods in the north', 'related link'],
  ])('removes "%s" as %s', (line, reason) => {
    expect(reasons([BODY[0], line, BODY[1]]).get(line)).toBe(reason);
  });

  it('reads a print page note only where "section" is a word of its own', () => {
    const line = 'Printed in the Daily Herald, Subsection B2, Page 14, on Monday.';
    expect(reasons([BODY[0], line, BODY[1]]).has(line)).toBe(false);
  });

  it('removes a column of capitalised teasers after the body, whatever their punctuation', () => {
    const teasers = [
      'HOW Toledo lost its water plant to the lowest bidder.',
      'THE Worst Tax You Never Heard Of.',
      'WHY the Left Keeps Losing the Suburbs.',
    ];
    const removed = reasons([BODY[0], ...teasers, BODY[1]]);
    for (const t of teasers) expect(removed.get(t)).toBe('teaser column');
  });

  it("removes the author's biography at the end, not a sentence about a reporter in the body", () => {
    const bio =
      'Dan Goodin is a Senior Security Editor at Tech Daily, where he oversees coverage of malware, computer espionage and encryption.';
    expect(reasons([...BODY, bio]).get(bio)).toBe('author bio');
    const inBody =
      'Maria Lopez is a reporter at the Toledo Blade who first wrote about the breach on Friday, before the agency confirmed it.';
    expect(
      reasons([BODY[0], inBody, BODY[1], BODY[0].replace('last week', 'in May'), BODY[1].replace('2015', '2016')]).has(
        inBody,
      ),
    ).toBe(false);
  });

  it('lets a date given with the article win over a date read in its text', () => {
    const text = ['Updated: 1 March 2021', ...BODY].join('\n\n');
    expect(cleanArticle({ text }).publishedAt).toBe('2021-03-01');
    expect(cleanArticle({ text, publishedAt: '2023-08-14' }).publishedAt).toBe('2023-08-14');
  });
});
