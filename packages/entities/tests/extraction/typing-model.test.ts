// The learned name typing (src/extraction/model): its frozen weights load as the extractor reads them.
import { extractBriefing } from '../../src/extraction';
import { readWeights } from '../../src/extraction/model/typing';
import { TYPING_WEIGHTS } from '../../src/extraction/model/typing-weights';

describe('the learned name typing', () => {
  it('reads a feature, a tab and four weights a line', () => {
    const weights = readWeights('\nacronym\t-3.3 2.7 -1.1 1.7\nw=zone\t-1.9 -0.9 3.8 -0.9\n');
    expect([...weights]).toEqual([
      ['acronym', [-3.3, 2.7, -1.1, 1.7]],
      ['w=zone', [-1.9, -0.9, 3.8, -0.9]],
    ]);
  });

  it('ships weights trained on the gold files, four a feature', () => {
    const weights = readWeights(TYPING_WEIGHTS);
    expect(weights.size).toBeGreaterThan(1000);
    for (const row of weights.values()) expect(row.length === 4 && row.every(Number.isFinite)).toBe(true);
  });

  it('leaves a nom de guerre a person: it never makes one of the rules\' people a place', () => {
    // The demo's second article of the seed incident, where it once did.
    const text = [
      "Iraq says Islamic State's number two killed in Anbar air strike",
      'BAGHDAD — Iraqi forces killed Abu Khadija, the second-in-command of the Islamic State group, in an air strike in Anbar province on Thursday, Prime Minister Mohammed Shia al-Sudani said on Friday.',
      'Abu Khadija, whose real name is Abdallah Maki Mosleh al-Rifai, was killed along with another Islamic State member when aircraft struck their hideout in the desert of western Anbar, security officials said.',
      'The operation was carried out by the Iraqi National Intelligence Service in coordination with the US-led coalition, al-Sudani said in a statement.',
      '"Abu Khadija was one of the most dangerous terrorists in Iraq and the world," al-Sudani said.',
      'The Islamic State group has not commented on the strike.',
    ].join('\n\n');
    const draft = extractBriefing(text, { publishedAt: '2025-03-14' });
    expect(draft.places.map((place) => place.name)).not.toContain('Abu Khadija');
    expect(draft.incident.place?.name).toBe('Anbar');
  });
});
