import { extractBriefing, offeredChanges, type BriefingToCompare } from '../src';

/** A briefing of a strike in Anbar, as the record has it. */
const briefing: BriefingToCompare = {
  incident: { fatalitiesMin: 1, fatalitiesMax: 1 },
  actorRoles: [
    { actor: { name: 'Islamic State', aliases: [{ value: 'ISIS' }] } },
    { actor: { name: 'Abdallah Maki Mosleh al-Rifai', aliases: [{ value: 'Abu Khadija' }] } },
  ],
  quotes: [{ text: 'The Iraqis continue their impressive victories', speaker: { name: 'Mohammed Shia al-Sudani', aliases: [{ value: 'al-Sudani' }] } }],
  sources: [{ kind: 'official', anonymous: true, descriptor: 'security officials' }],
};

/** The next day's article: two dead, a new quote, the coalition named, the outlet as a source. */
const article = [
  'Iraq says Islamic State number two killed in Anbar air strike',
  'Iraqi forces killed Abu Khadija, a leader of the Islamic State group, and another militant in an air strike in Anbar province on Thursday, Prime Minister Mohammed Shia al-Sudani said on Friday.',
  'The operation was carried out in coordination with the US-led coalition, security officials said.',
  '"Abu Khadija was one of the most dangerous terrorists in Iraq and the world," al-Sudani said.',
].join('\n');

describe('offeredChanges', () => {
  const draft = extractBriefing(article, { publishedAt: '2025-03-14', outlet: { name: 'Tigris Wire', url: null } });

  it('offers the actors, quotes and sources the briefing does not have, by name, alias and words', () => {
    // The article names what the briefing has too: what is left out below is left out for being known.
    expect(draft.actorRoles.map(({ actor }) => actor.name)).toEqual(expect.arrayContaining(['Islamic State', 'Abu Khadija', 'Mohammed Shia al-Sudani']));
    expect(draft.sources.some((source) => source.descriptor === 'security officials')).toBe(true);
    const offer = offeredChanges(briefing, draft);
    const actorNames = offer.actors.map(({ actor }) => actor.name);
    expect(actorNames).toContain('US-led coalition');
    // Known by name, alias (Abu Khadija) or as a quote's speaker (al-Sudani): not offered again.
    expect(actorNames.filter((name) => /Islamic State|Khadija|Rifai|Sudani/.test(name))).toEqual([]);
    expect(offer.quotes.map((quote) => quote.text)).toEqual(['Abu Khadija was one of the most dangerous terrorists in Iraq and the world,']);
    // A quote the briefing carries is known whatever its case and punctuation.
    const quoted = { ...briefing, quotes: [{ text: 'abu khadija was one of the most dangerous terrorists in Iraq and the world.' }] };
    expect(offeredChanges(quoted, draft).quotes).toEqual([]);
    // The anonymous security officials are counted already; the outlet is new.
    expect(offer.sources.map((source) => source.name ?? source.descriptor)).toContain('Tigris Wire');
    expect(offer.sources.some((source) => source.descriptor === 'security officials')).toBe(false);
  });

  it('offers a higher toll, a lower one, and nothing when the article’s figure fits the range', () => {
    expect(offeredChanges(briefing, draft).toll).toMatchObject({ direction: 'higher', briefing: { min: 1, max: 1 }, article: 2 });
    expect(offeredChanges({ ...briefing, incident: { fatalitiesMin: 3, fatalitiesMax: 5 } }, draft).toll).toMatchObject({ direction: 'lower', article: 2 });
    expect(offeredChanges({ ...briefing, incident: { fatalitiesMin: 1, fatalitiesMax: 3 } }, draft).toll).toBeNull();
    expect(offeredChanges({ ...briefing, incident: null }, draft).toll).toMatchObject({ direction: 'higher', briefing: { min: null, max: null } });
  });

  it('offers nothing for the article the briefing was written from', () => {
    const same = offeredChanges(
      {
        incident: { fatalitiesMin: draft.incident.fatalitiesMin },
        actorRoles: draft.actorRoles.map(({ actor }) => ({ actor: { name: actor.name, aliases: actor.aliases } })),
        quotes: draft.quotes.map((quote) => ({ text: quote.text })),
        sources: draft.sources,
      },
      draft,
    );
    expect(same).toEqual({ actors: [], quotes: [], sources: [], toll: null });
  });
});
