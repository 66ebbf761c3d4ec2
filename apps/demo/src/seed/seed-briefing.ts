/**
 * The seed article's briefing, as an editor would file it. Places and actors are referred to by a
 * key (their name) and linked when the seed runs. Coordinates are GeoNames' for each place.
 */
export const seedPlaces = [
  { name: 'Iraq', kind: 'country', countryCode: 'IQ', latitude: 33, longitude: 44, geonamesId: 99237 },
  { name: 'Syria', kind: 'country', countryCode: 'SY', latitude: 35, longitude: 38, geonamesId: 163843 },
  { name: 'Jordan', kind: 'country', countryCode: 'JO', latitude: 31, longitude: 36, geonamesId: 248816 },
  { name: 'Lebanon', kind: 'country', countryCode: 'LB', latitude: 33.83333, longitude: 35.83333, geonamesId: 272103 },
  { name: 'Turkey', kind: 'country', countryCode: 'TR', latitude: 39, longitude: 35, geonamesId: 298795, aliases: [{ value: 'Türkiye', kind: 'transliteration' }] },
  {
    name: 'Anbar',
    kind: 'admin1',
    countryCode: 'IQ',
    admin1: 'Anbar',
    latitude: 33.0,
    longitude: 42.5,
    parent: 'Iraq',
    aliases: [{ value: 'Al Anbar', kind: 'transliteration' }, { value: 'Anbar province', kind: 'short-form' }],
  },
  { name: 'Baghdad', kind: 'city', countryCode: 'IQ', admin1: 'Baghdad', latitude: 33.34058, longitude: 44.40088, geonamesId: 98182, parent: 'Iraq' },
  { name: 'Damascus', kind: 'city', countryCode: 'SY', admin1: 'Damascus', latitude: 33.5102, longitude: 36.29128, geonamesId: 170654, parent: 'Syria' },
  { name: 'Amman', kind: 'city', countryCode: 'JO', admin1: 'Amman', latitude: 31.95522, longitude: 35.94503, geonamesId: 250441, parent: 'Jordan' },
] as const;

export const seedActors = [
  { name: 'Islamic State', kind: 'armed-group', aliases: [{ value: 'ISIS', kind: 'acronym' }, { value: 'IS', kind: 'acronym' }] },
  {
    name: 'Iraqi National Intelligence Service',
    kind: 'state-force',
    countryCode: 'IQ',
    aliases: [{ value: 'Iraqi national intelligence forces', kind: 'short-form' }, { value: 'INIS', kind: 'acronym' }],
  },
  { name: 'US-led coalition', kind: 'intergovernmental', aliases: [{ value: 'coalition', kind: 'short-form' }] },
  { name: 'Hayat Tahrir al-Sham', kind: 'armed-group', countryCode: 'SY', aliases: [{ value: 'HTS', kind: 'acronym' }] },
  { name: 'Coordination Framework', kind: 'political-party', countryCode: 'IQ', aliases: [{ value: 'Coordination Framework coalition', kind: 'short-form' }] },
  {
    name: 'Mohammed Shia al-Sudani',
    kind: 'person',
    title: 'Prime Minister of Iraq',
    countryCode: 'IQ',
    aliases: [{ value: 'al-Sudani', kind: 'short-form' }, { value: 'Sudani', kind: 'short-form' }],
  },
  {
    name: 'Abdallah Maki Mosleh al-Rifai',
    kind: 'person',
    title: 'Deputy caliph of the Islamic State',
    affiliation: 'Islamic State',
    aliases: [{ value: 'Abu Khadija', kind: 'kunya' }, { value: 'al-Rifai', kind: 'short-form' }, { value: 'Rifai', kind: 'short-form' }],
  },
  { name: 'Fouad Hussein', kind: 'person', title: 'Foreign Minister of Iraq', countryCode: 'IQ', aliases: [{ value: 'Hussein', kind: 'short-form' }] },
  {
    name: 'Asaad Hassan al-Shibani',
    kind: 'person',
    title: 'Interim Foreign Minister of Syria',
    countryCode: 'SY',
    aliases: [{ value: 'al-Shibani', kind: 'short-form' }, { value: 'Shibani', kind: 'short-form' }],
  },
  {
    name: 'Bashar al-Assad',
    kind: 'person',
    title: 'Former President of Syria',
    countryCode: 'SY',
    aliases: [{ value: 'Assad', kind: 'short-form' }, { value: 'al-Assad', kind: 'short-form' }],
  },
] as const;

export const seedBriefing = {
  title: 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
  slug: 'islamic-state-deputy-leader-abu-khadija-killed-in-anbar',
  summary:
    'An air strike by Iraqi intelligence forces, coordinated with the US-led coalition, killed Abdallah Maki Mosleh al-Rifai (Abu Khadija), deputy caliph of the Islamic State, in western Anbar late on 13 March 2025. Prime Minister al-Sudani announced the killing on X the next day.',
  marking: 'clear',
  reviewStage: 'approved',
  incident: {
    eventType: 'explosions-remote-violence',
    subEventType: 'air-drone-strike',
    date: '2025-03-13',
    datePrecision: 'day',
    dateAsWritten: 'late Thursday, March 13',
    place: 'Anbar',
    geoPrecision: 3,
    fatalitiesMin: 1,
    fatalitiesMax: 1,
    fatalitiesAsWritten: 'killed',
  },
  actorRoles: [
    { actor: 'Iraqi National Intelligence Service', role: 'perpetrator', certainty: 'confirmed' },
    { actor: 'US-led coalition', role: 'associated', certainty: 'claimed', note: 'Operation carried out "in coordination with" the coalition.' },
    { actor: 'Abdallah Maki Mosleh al-Rifai', role: 'target', certainty: 'confirmed' },
    { actor: 'Abdallah Maki Mosleh al-Rifai', role: 'victim', certainty: 'confirmed' },
    { actor: 'Islamic State', role: 'target', certainty: 'confirmed' },
    { actor: 'Mohammed Shia al-Sudani', role: 'announcer', certainty: 'confirmed' },
    { actor: 'Fouad Hussein', role: 'commentator', certainty: 'confirmed' },
    { actor: 'Asaad Hassan al-Shibani', role: 'commentator', certainty: 'confirmed' },
    { actor: 'Hayat Tahrir al-Sham', role: 'mentioned', note: "Leads Syria's new government, which targets IS cells." },
    { actor: 'Bashar al-Assad', role: 'mentioned', note: 'His fall in December 2024 raised fears of an IS resurgence.' },
    { actor: 'Coordination Framework', role: 'mentioned', note: 'Reconsidering its stance on security cooperation with foreign forces.' },
  ],
  places: ['Iraq', 'Syria', 'Baghdad', 'Damascus', 'Amman', 'Turkey', 'Jordan', 'Lebanon'],
  quotes: [
    {
      text: 'The Iraqis continue their impressive victories over the forces of darkness and terrorism,',
      speaker: 'Mohammed Shia al-Sudani',
      medium: 'statement on X',
      saidAt: '2025-03-14',
    },
    {
      text: 'There are common challenges facing Syrian and Iraqi society, and especially the terrorists of IS,',
      speaker: 'Fouad Hussein',
      medium: 'press conference',
    },
    {
      text: 'Throughout history, Baghdad and Damascus have been the capitals of the Arab and Islamic world, sharing knowledge, culture and economy,',
      speaker: 'Asaad Hassan al-Shibani',
      medium: 'remarks during his visit to Iraq',
    },
  ],
  sources: [
    { kind: 'official', name: 'Office of the Prime Minister of Iraq (statement on X)', anonymous: false, reliability: 'B', credibility: 2 },
    { kind: 'official', anonymous: true, descriptor: 'security officials', reliability: 'C', credibility: 3 },
    { kind: 'official', name: 'Iraqi Ministry of Foreign Affairs (press conference)', anonymous: false, reliability: 'B', credibility: 2 },
  ],
  assessment: {
    threatLevel: 'substantial',
    trend: 'stable',
    likelihood: 'likely',
    confidence: 'moderate',
    judgement:
      'The loss of its deputy leader is a serious blow to the Islamic State in Iraq, but the group remains adaptable. The coalition drawdown by September 2025 and the post-Assad transition in Syria make an attempt to regroup along the border likely.',
  },
} as const;
