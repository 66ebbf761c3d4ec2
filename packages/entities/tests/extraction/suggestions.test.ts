// The draft in the briefing's own fields: spans and sentences, actor roles and source suggestions,
// on short texts written for these tests.
import { extractBriefing, sourceSchema, type BriefingDraft } from '../../src';

const draftOf = (text: string, options: { outlet?: { name?: string; url?: string } } = {}) => extractBriefing(text, { publishedAt: '2025-06-12', ...options });
const sourcesOf = (draft: BriefingDraft) => draft.sources.map(({ kind, name, anonymous, descriptor }) => ({ kind, name, anonymous, descriptor }));
const roleOf = (draft: BriefingDraft, name: string) => {
  const suggestion = draft.actorRoles.find((r) => r.actor.name === name);
  return suggestion && [suggestion.role, suggestion.certainty];
};

describe('spans and sentences', () => {
  const text = [
    'Rebels attack army post',
    'Fighters of the Popular Liberation Front attacked an army post near Gulu, Uganda, on Tuesday, killing three soldiers.',
    '"We will not rest until they are found and punished," Defence Minister Jane Okello said. Security sources said the attackers fled north.',
  ].join('\n');
  const draft = draftOf(text);

  it('gives every suggestion a span into the text and the sentence the reader found it in', () => {
    const withSpans = [draft.incident, ...draft.actorRoles, ...draft.places, ...draft.quotes, ...draft.dates, ...draft.sources];
    for (const suggestion of withSpans) {
      const { start, end, sentence } = suggestion as { start: number; end: number; sentence: { text: string; start: number; end: number } };
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(start).toBeGreaterThanOrEqual(sentence.start);
      expect(end).toBeLessThanOrEqual(sentence.end);
    }
  });

  it('spans what it names: a quote its words, a place its name, the incident its date as written', () => {
    expect(draft.quotes.map((q) => text.slice(q.start, q.end))).toEqual([draft.quotes[0]!.text]);
    const gulu = draft.places.find((p) => p.name === 'Gulu')!;
    expect(text.slice(gulu.start, gulu.end)).toBe('Gulu');
    expect(draft.incident).toMatchObject({ date: '2025-06-10', dateAsWritten: expect.stringMatching(/Tuesday/), place: { key: gulu.key, name: 'Gulu' }, fatalitiesMin: 3 });
    expect(text.slice(draft.incident.start, draft.incident.end)).toBe(draft.incident.dateAsWritten);
  });

  it('links a quote to its speaker by the key of the speaker’s actor suggestion', () => {
    const okello = draft.actorRoles.find((r) => r.actor.name === 'Jane Okello')!;
    expect(draft.quotes[0]!.speaker).toEqual({ key: okello.key, name: 'Jane Okello' });
    expect(okello.actor).toMatchObject({ kind: 'person', title: 'Defence Minister' });
  });
});

describe('actor roles', () => {
  it('reads who did it from the clause: the subject of an attack, "by" after a passive or an operation', () => {
    expect(roleOf(draftOf('Fighters of the Northern Liberation Army attacked a convoy near Gao, Mali.'), 'Northern Liberation Army')).toEqual(['perpetrator', null]);
    expect(roleOf(draftOf('Two officers were killed in an ambush by the Northern Liberation Army near Gao, Mali.'), 'Northern Liberation Army')).toEqual(['perpetrator', null]);
  });

  it('says claimed and suspected where the text does', () => {
    expect(roleOf(draftOf('The Northern Liberation Army said it killed 20 soldiers near Gao, Mali.'), 'Northern Liberation Army')).toEqual(['perpetrator', 'claimed']);
    expect(roleOf(draftOf('The bombing in Gao, Mali, was blamed on the Northern Liberation Army.'), 'Northern Liberation Army')).toEqual(['perpetrator', 'suspected']);
    expect(roleOf(draftOf('The Northern Liberation Army claimed responsibility for the bombing in Gao, Mali.'), 'Northern Liberation Army')).toEqual(['claimant', null]);
  });

  it('tells victims, targets, helpers and announcers apart', () => {
    const draft = draftOf(
      [
        'Mali strike kills rebel commander',
        'The killing of Amadou Diallo in a drone strike near Gao was announced by Defence Minister Jane Okello on Monday.',
        'The Malian army carried out the strike in coordination with the Sahel Joint Force.',
        'Separately, gunmen attacked the Northern Liberation Army near Kidal.',
      ].join('\n'),
    );
    expect(roleOf(draft, 'Amadou Diallo')).toEqual(['victim', null]);
    expect(roleOf(draft, 'Jane Okello')).toEqual(['announcer', null]);
    expect(roleOf(draft, 'Malian army')).toEqual(['perpetrator', null]);
    expect(roleOf(draft, 'Sahel Joint Force')).toEqual(['associated', null]);
    expect(roleOf(draft, 'Northern Liberation Army')).toEqual(['target', null]);
  });

  it('makes a speaker outside the lead a commentator, and gives no role where the text gives none', () => {
    const draft = draftOf(
      [
        'Clashes in Mali',
        'Fighting broke out near Gao, Mali, on Monday.',
        '"This violence must stop at once before it spreads further," UN envoy Maria Lopez said.',
        'President Assimi Goita was abroad.',
      ].join('\n'),
    );
    expect(roleOf(draft, 'Maria Lopez')).toEqual(['commentator', null]);
    // An outlet that reports is a source, not a party: no role.
    const reported = draftOf('Fighting broke out near Gao, Mali, on Monday, the Kibaru newspaper reported.');
    expect(reported.actorRoles.find((r) => r.actor.name === 'Kibaru')).toMatchObject({ actor: { kind: 'media' }, role: null });
    expect(reported.sources).toMatchObject([{ kind: 'media', name: 'Kibaru' }]);
    expect(roleOf(draft, 'Assimi Goita')).toEqual([null, null]);
  });
});

describe('source suggestions', () => {
  it('suggests the outlet given with the article first, with no span when the text does not name it', () => {
    const draft = draftOf('Gunmen killed four people in Gao, Mali, on Monday.', { outlet: { name: 'Sahel Times', url: 'https://saheltimes.example/gao' } });
    expect(draft.sources[0]).toMatchObject({ key: 'source-1', kind: 'media', name: 'Sahel Times', url: 'https://saheltimes.example/gao', anonymous: false, start: null, sentence: null });
  });

  it('names the outlet by its web address when the CMS gives no name, and ignores an address that is not one', () => {
    expect(draftOf('Gunmen killed four people in Gao, Mali.', { outlet: { url: 'https://www.saheltimes.example/a' } }).sources[0]).toMatchObject({ name: 'saheltimes.example' });
    expect(draftOf('Gunmen killed four people in Gao, Mali.', { outlet: { url: 'javascript:alert(1)' } }).sources).toEqual([]);
  });

  it('finds the wire agencies the copy cites, short forms only where cited', () => {
    const draft = draftOf('GAO, Mali (Reuters) - Gunmen killed four people, a police source told AFP. The AP count was higher. Residents of AP Road fled.');
    expect(draft.sources.filter((s) => s.kind === 'media').map((s) => s.name)).toEqual(['Reuters', 'Agence France-Presse', 'Associated Press']);
  });

  it('suggests officials, bodies and armed groups who speak, by the kind of actor they are', () => {
    const draft = draftOf(
      [
        'Attack in Mali',
        'Gunmen killed four soldiers near Gao on Monday, the Malian Defence Ministry said in a statement.',
        '"Our fighters will go on," the Northern Liberation Army said.',
        'Human Rights Watch said civilians were at risk. Interior Minister Jane Okello told reporters the area was secure.',
      ].join('\n'),
    );
    expect(sourcesOf(draft)).toEqual(
      expect.arrayContaining([
        { kind: 'official', name: 'Malian Defence Ministry', anonymous: false, descriptor: null },
        { kind: 'armed-group', name: 'Northern Liberation Army', anonymous: false, descriptor: null },
        { kind: 'ngo', name: 'Human Rights Watch', anonymous: false, descriptor: null },
        { kind: 'official', name: 'Interior Minister Jane Okello', anonymous: false, descriptor: null },
      ]),
    );
    const okello = draft.sources.find((s) => s.name === 'Interior Minister Jane Okello')!;
    expect(okello.actor).toEqual({ key: draft.actorRoles.find((r) => r.actor.name === 'Jane Okello')!.key, name: 'Jane Okello' });
  });

  it('suggests unnamed sources as anonymous, with the words that describe them', () => {
    const draft = draftOf(
      [
        'Blast in Gao',
        'Security officials said a car bomb exploded in Gao, Mali, on Monday.',
        'According to hospital sources, nine people died. A police source, who asked not to be named, told reporters the driver fled.',
        'Residents said they heard two blasts. The officials spoke on condition of anonymity.',
      ].join('\n'),
    );
    expect(sourcesOf(draft)).toEqual([
      { kind: 'official', name: null, anonymous: true, descriptor: 'security officials' },
      { kind: 'other', name: null, anonymous: true, descriptor: 'hospital sources' },
      { kind: 'official', name: null, anonymous: true, descriptor: 'police source' },
      { kind: 'witness', name: null, anonymous: true, descriptor: 'residents' },
    ]);
  });

  it('reads local officials as officials, and a title given after a name', () => {
    const draft = draftOf('Gunmen killed six traders near Gao, Mali, local officials said. "They shot at everyone," said Awa Traore, the mayor of the town.');
    expect(sourcesOf(draft)).toEqual([
      { kind: 'official', name: null, anonymous: true, descriptor: 'local officials' },
      { kind: 'official', name: 'Awa Traore', anonymous: false, descriptor: null },
    ]);
  });

  it('does not take a named official or a clause for an anonymous source', () => {
    const draft = draftOf('Police official John Moyo said two men were held in Gao, Mali. He said the officials were arrested on Monday. The Malian army denied it, and its commander said nothing.');
    expect(draft.sources.filter((s) => s.anonymous)).toEqual([]);
  });

  it('suggests sources the briefing accepts as they are', () => {
    const draft = draftOf(
      'GAO, Mali (AFP) - Security officials said a car bomb killed nine people. "We will respond," the Malian army said. Witnesses said the blast shook the town.',
      { outlet: { name: 'Sahel Times', url: 'https://saheltimes.example/gao' } },
    );
    expect(draft.sources.length).toBeGreaterThanOrEqual(4);
    for (const { kind, name, url, anonymous, descriptor } of draft.sources) {
      expect(sourceSchema.safeParse({ kind, name, url, anonymous, descriptor }).error).toBeUndefined();
    }
  });
});
