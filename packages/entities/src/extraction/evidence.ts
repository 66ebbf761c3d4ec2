/**
 * Where a suggestion comes from: its span and the sentence the article reader found it in. Every
 * suggestion of the draft points into the input text this way, so that nothing downstream has to
 * split sentences or search the text again.
 */
import type { Sentence } from './article';
import type { Evidence, SentenceSpan } from './types';

export class SentenceIndex {
  private readonly sentences: readonly Sentence[];

  /** `story`: the article's sentences; `bylines`: lines outside the story that still name someone (a reporter). */
  constructor(
    private readonly story: readonly Sentence[],
    bylines: readonly Sentence[] = [],
  ) {
    // A byline the story also reads as a sentence ("From Aminu Garba, Gusau" is no chrome) is in it once.
    const outside = bylines.filter((line) => !story.some((s) => s.start === line.start));
    this.sentences = outside.length ? [...story, ...outside].sort((a, b) => a.start - b.start) : story;
  }

  /** The sentence holding an offset: the last one starting at or before it (blank lines between belong to the one above). */
  at(offset: number): Sentence | undefined {
    let low = 0;
    let high = this.sentences.length - 1;
    let found: Sentence | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = this.sentences[middle]!;
      if (sentence.start <= offset) {
        found = sentence;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found ?? this.sentences[0];
  }

  /** The first sentence of the story after the headline (the lead), or the headline when there is no other. */
  lead(): Sentence | undefined {
    return this.story.find((s) => !s.isHeadline) ?? this.story[0];
  }

  span(sentence: Sentence | undefined): SentenceSpan {
    return sentence ? { text: sentence.text, start: sentence.start, end: sentence.end } : { text: '', start: 0, end: 0 };
  }

  evidence(start: number, end: number): Evidence {
    return { start, end, sentence: this.span(this.at(start)) };
  }
}
