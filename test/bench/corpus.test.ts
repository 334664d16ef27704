import { generateCorpus } from '../../bench/corpus.js';

describe('benchmark corpus generator', () => {
  const corpus = generateCorpus({ seed: 7, count: 60 });

  it('gives the same articles for the same seed', () => {
    const again = generateCorpus({ seed: 7, count: 60 });
    expect(again.map((a) => a.input.text)).toEqual(corpus.map((a) => a.input.text));
  });

  it('gives different articles for another seed', () => {
    const other = generateCorpus({ seed: 8, count: 5 });
    expect(other[0]!.input.text).not.toEqual(corpus[0]!.input.text);
  });

  it('writes article i the same way whatever the corpus size or offset', () => {
    const tail = generateCorpus({ seed: 7, count: 3, offset: 57 });
    expect(tail.map((a) => a.input.text)).toEqual(corpus.slice(57).map((a) => a.input.text));
  });

  it('varies the length of articles', () => {
    const lengths = corpus.map((a) => a.input.text.length);
    expect(Math.min(...lengths)).toBeLessThan(3000);
    expect(Math.max(...lengths)).toBeGreaterThan(9000);
  });

  it('names many different people, organisations and countries, and quotes them', () => {
    const people = new Set(corpus.flatMap((a) => a.facts.people));
    const organizations = new Set(corpus.flatMap((a) => a.facts.organizations));
    const countries = new Set(corpus.flatMap((a) => a.facts.countries));
    expect(people.size).toBeGreaterThan(150);
    expect(organizations.size).toBeGreaterThan(60);
    expect(countries.size).toBeGreaterThan(80);
    expect(corpus.every((a) => a.facts.quotes > 0 || a.input.text.length < 2500)).toBe(true);
    expect(corpus.some((a) => a.facts.meetings.length > 0)).toBe(true);
  });

  it('writes every named person into the text, with a dated, titled article', () => {
    for (const { input, facts } of corpus) {
      for (const person of facts.people) expect(input.text).toContain(person);
      expect(input.title).toBeTruthy();
      expect(input.text).toContain(input.title!);
      expect(input.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('writes news sentences with speech, meetings, and sanctions, and page furniture', () => {
    const text = corpus.map((a) => a.input.text).join('\n');
    expect(text).toMatch(/[”"] (?:said|[A-Z][\w’'-]+ (?:said|told|added|stressed|warned|noted))/);
    expect(text).toMatch(/\b(met|held talks)\b/);
    expect(text).toMatch(/\bsanctions on\b/);
    expect(text).toMatch(/\bhas (never joined|refused to join|not taken part in) the sanctions\b/);
    expect(text).toMatch(/^[A-Z .'-]+, [A-Z][a-z]+ \d{1,2} \([^)]+\) – /m);
    expect(corpus.filter((a) => a.facts.furniture > 0).length).toBeGreaterThan(30);
    expect(text).toContain('Recommended stories');
  });

  it('is not a copy of the seed articles', () => {
    const text = corpus.map((a) => a.input.text).join('\n');
    expect(text).not.toMatch(/Samarkand|Jinping|Putin/);
  });
});
