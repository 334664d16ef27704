import nlp from 'compromise';

/** What an anchor pass found, so that no work can be optimised away and runs can be compared. */
export interface AnchorCounts {
  sentences: number;
  words: number;
  people: number;
  places: number;
  organizations: number;
}

const SENTENCE_END = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The floor: a plain regex pass that splits sentences and words and does nothing else. */
export function regexPass(text: string): AnchorCounts {
  let sentences = 0;
  let words = 0;
  for (const sentence of text.matchAll(SENTENCE_END)) {
    sentences += 1;
    for (const _word of sentence[0].matchAll(WORD)) words += 1;
  }
  return { sentences, words, people: 0, places: 0, organizations: 0 };
}

/** An off-the-shelf peer: compromise's people, places and organisations over the text. */
export function compromisePass(text: string): AnchorCounts {
  const doc = nlp(text);
  return {
    sentences: doc.sentences().length,
    words: doc.terms().length,
    people: doc.people().length,
    places: doc.places().length,
    organizations: doc.organizations().length,
  };
}
