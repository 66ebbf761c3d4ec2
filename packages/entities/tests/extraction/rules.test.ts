// One test per general rule added after the blind articles (tests/extraction/fixtures/blind), each on
// sentences of its own rather than the articles' text.
import path from 'node:path';
import { extractBriefing, type BriefingDraft } from '../../src/extraction';
import { loadArticles, scoreAll, scoreDraft } from './scorer';

const draftOf = (text: string, publishedAt = '2025-05-07') => extractBriefing(text, { publishedAt });
/** The actors of a draft (one per actor role suggested), their aliases as written. */
const actorsOf = (draft: BriefingDraft) => draft.actorRoles.map(({ actor }) => ({ ...actor, aliases: actor.aliases.map((a) => a.value) }));
const names = (text: string) => actorsOf(draftOf(text)).map((a) => a.name);

describe('names at the head of a sentence, a quote or a clause', () => {
  it('does not take a capitalised common word that only opens sentences for a name', () => {
    expect(names('Suspected rebel fighters burned a village in the north. Family members said the army did nothing. Rights group Amnesty International condemned it.')).toEqual([
      'Amnesty International',
    ]);
  });

  it('drops a common word before a name at the head of a sentence', () => {
    const draft = draftOf('Suspected Boko Haram fighters attacked a camp. The army said suspected militants fled.');
    expect(actorsOf(draft).map((a) => a.name)).toContain('Boko Haram');
    expect(actorsOf(draft).map((a) => a.name)).not.toContain('Suspected Boko Haram');
  });

  it('drops "The" at the head of a quotation, keeps a group the text names mid-sentence', () => {
    const draft = draftOf('The rebels of the PDF attacked. A spokesman wrote: "The PDF and its allies are hiding behind civilians in the town."');
    expect(actorsOf(draft).map((a) => a.name)).toEqual(['PDF']);
  });
});

describe('organisations', () => {
  it('joins a bracketed acronym to the whole name, even across "and" and with other letters', () => {
    const draft = draftOf('Gunmen attacked a market. The Group for the Support of Islam and Muslims (JNIM) is active there. JNIM did not comment.');
    const group = actorsOf(draft).find((a) => a.name === 'Group for the Support of Islam and Muslims');
    expect(group?.aliases).toContain('JNIM');
    expect(actorsOf(draft)).toHaveLength(1);
  });

  it('joins names given after "known as", "known by its acronym" and "which calls itself"', () => {
    const draft = draftOf(
      [
        'Tehrik-e-Jihad Pakistan, known as the Jihadi Front or TJP, claimed the attack.',
        'The Malian army, known by its French acronym FAMa, said it repelled them.',
        'The Yemeni group, which calls itself Ansar Allah, denied it. The Houthi rebels were blamed.',
      ].join(' '),
    );
    const aliasesOf = (name: string) => actorsOf(draft).find((a) => a.name === name)?.aliases ?? [];
    expect(aliasesOf('Tehrik-e-Jihad Pakistan')).toEqual(expect.arrayContaining(['Jihadi Front', 'TJP']));
    expect(aliasesOf('Malian army')).toContain('FAMa');
    expect(actorsOf(draft).filter((a) => a.name === 'TJP' || a.name === 'FAMa')).toHaveLength(0);
  });

  it('reads the parts of a hyphenated name: its initials and its organisation words', () => {
    const draft = draftOf('Fighters of Tehreek-e-Taliban Pakistan attacked a post. The TTP said it would go on.');
    expect(actorsOf(draft)).toMatchObject([{ name: 'Tehreek-e-Taliban Pakistan', kind: 'armed-group', aliases: ['TTP'] }]);
  });

  it('joins a group word alone to the group it heads, the one named last', () => {
    const draft = draftOf('The Afghan Taliban took Kabul in 2021. The Taliban government denies it.');
    expect(actorsOf(draft).filter((a) => a.kind !== 'person')).toHaveLength(1);
  });

  it('reads a name opening with an article as a group or a place, never a person', () => {
    const draft = draftOf('Police arrested members of the Los Choneros gang and took them to the prison known as La Roca. Los Choneros denied it.');
    expect(actorsOf(draft)).toMatchObject([{ name: 'Los Choneros', kind: 'armed-group' }]);
    expect(actorsOf(draft).filter((a) => a.kind === 'person')).toHaveLength(0);
  });

  it('keeps a quoted nickname with an article as a person', () => {
    expect(actorsOf(draftOf('The arrest of Joaquín "El Chapo" Guzmán shook the cartel.')).filter((a) => a.kind === 'person').map((a) => a.name)).toContain('El Chapo');
  });

  it('reads a single name before "news agency" as a news outlet', () => {
    expect(actorsOf(draftOf('The group claimed the attack through its Amaq news agency.'))).toMatchObject([{ name: 'Amaq', kind: 'media' }]);
  });

  it('makes a person of a name after a lower-case title, even with an organisation word inside', () => {
    expect(actorsOf(draftOf('Regional police chief Ahmad Hayat Malik said three men were held.'))).toMatchObject([
      { name: 'Ahmad Hayat Malik', kind: 'person', title: 'police chief' },
    ]);
  });

  it('does not take the start of a longer name for a person', () => {
    expect(names('Central African officials met. The Central African Republic signed.')).toEqual([]);
  });

  it('knows organisations by words like "Sans Frontières" and "Archive"', () => {
    const draft = draftOf('Médecins Sans Frontières treated the wounded, and the Archive of Public Gatherings counted the crowd.');
    expect(actorsOf(draft).map((a) => [a.name, a.kind === 'person'])).toEqual([
      ['Médecins Sans Frontières', false],
      ['Archive of Public Gatherings', false],
    ]);
  });

  it('gives the speaker as the person in "Houthi spokesman Ali Saleh said", not the group', () => {
    const draft = draftOf('“We will answer every attack on our country with force,” Hamas spokesman Ali Saleh said on Monday.');
    expect(draft.quotes[0]?.speaker?.name).toBe('Ali Saleh');
  });

  it('gives "the mission said" to the mission named before', () => {
    const draft = draftOf('The UN peacekeeping mission, MONUSCO, will watch the truce. “Words must now be followed by deeds on the ground,” the mission said.');
    expect(draft.quotes[0]?.speaker?.name).toBe('MONUSCO');
  });
});

describe('places', () => {
  it('keeps a country name with "of" or "and" whole', () => {
    const draft = draftOf('Fighting in the Democratic Republic of Congo and in Bosnia and Herzegovina.');
    expect(draft.places.map((p) => p.countryCode)).toEqual(['CD', 'BA']);
    expect(actorsOf(draft)).toEqual([]);
  });

  it('puts "the <Demonym> city of X" in that country, and X again in the same place', () => {
    const draft = draftOf('Riots hit the Peruvian city of Cochabamba on Monday. Police said 12 people were held in Cochabamba.');
    expect(draft.places.map((p) => [p.name, p.countryCode])).toEqual([['Cochabamba', 'PE']]);
    expect(draft.places[0]!.mentions).toHaveLength(2);
  });

  it('reads demonyms in -ean and particles like "ez-" in names', () => {
    const draft = draftOf('Ecuadorean police arrested two men in Deir ez-Zor, Syria.');
    expect(actorsOf(draft).map((a) => a.name)).toEqual(['Ecuadorean police']);
    expect(draft.places.map((p) => p.name)).toContain('Deir ez-Zor');
  });

  it('finds transliterations that end in -a, -ah or -eh', () => {
    const draft = draftOf('Fighting near Raqqa and Hasakeh in Syria.');
    expect(draft.places.map((p) => [p.name, p.countryCode])).toEqual([
      ['Raqqa', 'SY'],
      ['Hasakeh', 'SY'],
      ['Syria', 'SY'],
    ]);
  });
});

describe('dates', () => {
  const read = (sentence: string, publishedAt = '2025-03-15') =>
    extractBriefing(sentence, { publishedAt }).dates.map(({ text, date, precision }) => ({ text, date, precision }));

  it('gives "last week" a week, skips "now", and keeps a month the clause looks ahead to', () => {
    expect(read('Last week, the talks failed.')).toEqual([{ text: 'Last week', date: '2025-03-03', precision: 'week' }]);
    expect(read('Now the bombs follow us.')).toEqual([]);
    expect(read('A committee will meet in May.')).toEqual([{ text: 'May', date: '2025-05', precision: 'month' }]);
  });
});

describe('incident', () => {
  const incident = (text: string, publishedAt = '2025-05-08') => extractBriefing(text, { publishedAt }).incident;

  it('does not date the incident by the dateline or by the day a statement was made', () => {
    expect(incident('LIMA, May 8 (Reuters) - Rioters torched a bank in Lima on Tuesday, police said.').date).toBe('2025-05-06');
    expect(incident('Rebels ambushed a patrol on Monday, killing four soldiers. The army said in a statement on Wednesday that it pursued them.').date).toBe(
      '2025-05-05',
    );
  });

  it('does not read rocket-propelled grenades as shelling or a grenade attack', () => {
    expect(incident('Militants ambushed an army convoy with machine guns and rocket-propelled grenades, killing three soldiers.').subEventType).toBe('armed-clash');
  });

  it('reads people seized by armed men as an abduction, not arrests', () => {
    expect(incident('Rebels detained and abducted six aid workers in a wave of arrests; the detentions drew protests.').subEventType).toBe('abduction-forced-disappearance');
    expect(incident('Police arrested 30 suspects in raids on Thursday.').subEventType).toBe('arrests');
  });

  it('leaves out deaths dated before the incident, and counts a man beaten to death', () => {
    expect(incident('Thousands marched on Saturday against the collapse of a roof that killed 15 people in November.').fatalitiesMin).toBeNull();
    expect(incident('Police arrested four men on Monday over the 2023 assassination of a mayor.').fatalitiesMin).toBeNull();
    expect(incident('A mob beat a trader to death in the village on Monday.').fatalitiesMin).toBe(1);
  });
});

describe('articles written blind (scored before the rules above were written)', () => {
  // Blind: 0.820 before the first rules were written from them; 0.993 after issue 13's first round, 0.990 after
  // its second (2026-12-02: 'called the killing "a shameful act"' is now read as a quote, which this set's gold
  // leaves out and the issue-13 sets' gold keeps): the floor sits two points under it.
  it('keeps macro-F1 over the blind articles above 0.970', () => {
    const articles = loadArticles(path.join(__dirname, 'fixtures', 'blind'));
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const total = scoreAll(articles.map((a) => scoreDraft(extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold)));
    expect(total.macroF1).toBeGreaterThanOrEqual(0.970);
  });
});
