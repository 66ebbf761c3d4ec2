import { briefingChecklist, isLinked, publicationProblems } from '../src';

const complete = {
  title: 'Air strike in Anbar',
  marking: 'clear',
  incident: { date: '2025-03-13', datePrecision: 'day', place: 'place-doc' },
  quotes: [{ text: 'We will continue.', speaker: 'actor-doc' }],
  sources: [{ kind: 'official', name: 'Prime Minister' }],
};

describe('briefingChecklist', () => {
  it('marks every item done for a complete briefing', () => {
    const items = briefingChecklist(complete);
    expect(items.map((i) => i.key)).toEqual(['marking', 'incident-date', 'place', 'quotes-attributed', 'source']);
    expect(items.every((i) => i.done)).toBe(true);
    expect(publicationProblems(complete)).toEqual([]);
  });

  it('names the field of each missing item, with a sentence an editor understands', () => {
    const items = briefingChecklist({ title: 'Clash', quotes: [{ text: 'a', speaker: 'x' }, { text: 'b' }] });
    const missing = items.filter((i) => !i.done).map((i) => [i.key, i.field]);
    expect(missing).toEqual([
      ['marking', 'marking'],
      ['incident-date', 'incident.date'],
      ['place', 'incident.place'],
      ['quotes-attributed', 'quotes.1.speaker'],
      ['source', 'sources'],
    ]);
    expect(items.find((i) => i.key === 'source')!.message).toBe('Add at least one source.');
  });

  it('asks for the precision once the date is there', () => {
    const [, date] = briefingChecklist({ incident: { date: '2025-03' } });
    expect(date).toMatchObject({ done: false, field: 'incident.datePrecision' });
  });

  it('gives one problem per unattributed quote', () => {
    const problems = publicationProblems({ ...complete, quotes: [{ text: 'a' }, { text: 'b', speaker: 'x' }, { text: 'c', speaker: null }] });
    expect(problems.map((p) => p.field)).toEqual(['quotes.0.speaker', 'quotes.2.speaker']);
  });
});

describe('isLinked', () => {
  it.each([
    ['doc-1', true],
    [7, true],
    [{ documentId: 'abc' }, true],
    [{ connect: [{ id: 1 }], disconnect: [] }, true],
    [{ connect: [], disconnect: [{ id: 1 }] }, false],
    [{ count: 1 }, true],
    [{ count: 0 }, false],
    [null, false],
    ['', false],
    [{}, false],
  ])('%j -> %s', (value, expected) => {
    expect(isLinked(value)).toBe(expected);
  });
});
