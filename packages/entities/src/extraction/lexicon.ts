/**
 * The newsroom English the extractor reads: words that mark a title, an organisation, a place
 * feature, or a capitalised word that names nothing. Domain cues, not answers: no names of
 * particular people, groups or places.
 */
import type { ActorKind } from '../vocabularies';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that head a title or rank ("Foreign Minister", "Gen.", "spokesman"). */
export const TITLE_HEADS = words(`
  president vice-president premier minister secretary secretary-general general gen gen. lieutenant lt lt. colonel col col.
  major maj maj. maj-gen lt-gen brig-gen lt-col captain capt capt. commander chief spokesman spokeswoman spokesperson governor mayor senator sen sen. king
  queen prince ambassador envoy leader head director sergeant sgt sgt. admiral marshal judge prosecutor
  chancellor speaker lawmaker mp representative rep. mr mr. mrs mrs. ms ms. dr dr. imam cleric bishop archbishop pope
  caliph deputy official officer adviser advisor coordinator chairman chairwoman chair founder emissary negotiator
  commissioner inspector superintendent brigadier corporal private rapporteur attorney-general ayatollah mullah
  sheikh shaikh alhaji alhaja hajiya hajia malam mallam haji hajji sp dsp asp csp acp dcp supt supt. pol oc officer-in-charge insp insp. sepoy havildar subedar naik
  lawyer advocate activist journalist analyst professor prof prof. researcher correspondent pastor priest reverend rev rev.
  ombudsman ombudswoman magistrate councillor councilor emir mufti administrator convener convenor dato datuk commander-in-chief
  u daw ko father bgen bgen. mgen mgen. ltgen ltgen. ustadz ustaz me maître maitre barrister chairperson
  constable patrolman patrolwoman policeman trooper gunner lance-corporal warrant comr comr. kombes akbp dig cip dcop
  cdo mca mce dce rpc ocpd dpo ugaas sub-commissioner subcommissioner sub-inspector monsignor msgr msgr. lt.-col maj.-gen brig.-gen lt.-gen
  prefect sub-prefect wali regent kachalla mawlawi maulvi maulana madam madame colonel-major
  lieutenant-colonel lieutenant-general major-general brigadier-general vice-admiral rear-admiral lieutenant-commander
`);

/** Words that qualify a title ("Foreign", "interim", "former"). */
export const TITLE_MODIFIERS = words(`
  prime foreign defence defense interior internal finance justice health security information home homeland affairs public state deputy vice interim
  acting former then first top senior chief army military police regional local national armed forces group's
  attorney supreme special high opposition rebel militia junta party government pol sr sr. snr snr.
  education higher labour labor trade commerce agriculture energy transport environment water mines mining tourism
  culture youth sports planning communication communications works housing lands fisheries economy
`);

/** A capitalised word in a name that makes it an organisation, with the kind it suggests. */
export const ORGANISATION_WORDS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ...[...words(`army forces force police gendarmerie guard guards navy corps command brigade brigades battalion regiment
    marines military intelligence troops staff division rifles constabulary unit team squad`)].map((w) => [w, 'state-force'] as [string, ActorKind]),
  ...[...words(`ministry government council cabinet presidency parliament assembly senate congress office department
    directorate authority authorities administration embassy consulate court tribunal prosecutor's parishad
    prosecution house secretariat service bureau apparatus ministerio fiscalía fiscalia defensoría defensoria
    procuraduría procuraduria secretaría secretaria gobernación gobernacion alcaldía alcaldia`)].map(
    (w) => [w, 'government'] as [string, ActorKind],
  ),
  ...[...words(`nations union alliance coalition mission nato`)].map((w) => [w, 'intergovernmental'] as [string, ActorKind]),
  ...[...words(`party bloc`)].map((w) => [w, 'political-party'] as [string, ActorKind]),
  ...[...words(`news times post press radio tv television channel agency herald tribune journal gazette broadcasting fm voice
    daily chronicle courier telegraph online télé tele studio`)].map(
    (w) => [w, 'media'] as [string, ActorKind],
  ),
  ...[...words(`front movement militia militias cartel gang jihad liberation resistance revolutionary brotherhood legion
    state mujahideen taliban tehreek tehrik tahrir jabhat harakat jaish jaysh liwa kataib katibat ansar hizb
    jamaat jama'at jamaat-ul sunnah sunna saraya asaib tanzim fighters frente`)].map((w) => [w, 'armed-group'] as [string, ActorKind]),
  ...[...words(`group organization organisation network committee commission foundation institute association society
    federation company corporation bank university watch observatory monitor initiative fund programme program center
    centre red cross crescent charity caritas hospital international league frontieres frontières borders
    project operation archdiocese diocese conference airways airlines railway railways ltd limited inc forum pt llc plc gmbh s.a. confederation relations
    collective syndicate chamber mills factory
    cooperativa colectivo centro asociación asociacion fundación fundacion federación federacion sindicato comité comite consejo coordinadora`)].map((w) => [w, 'other-organization'] as [string, ActorKind]),
]);

/** Lower-case nouns that make "<Demonym> ... <noun>" a state force ("Iraqi national intelligence forces"). */
export const FORCE_NOUNS = words(`forces force army military troops soldiers police gendarmerie navy intelligence
  marines guard guards militia`);

/** Appositive nouns that say a name is an armed group ("Hamas, the militant group"). */
export const ARMED_GROUP_NOUNS = words(`group groups militia militias militants militant insurgents insurgent rebels rebel
  faction factions jihadists jihadist fighters movement organisation organization gang gangs cartel cartels outfit affiliate
  offshoot`);

/** Place features: a capitalised name ending in one of these is a site or region, never a person. */
export const PLACE_FEATURES = words(`province governorate region district oblast state county department prefecture
  municipality territory village town city camp base airport airbase crossing border hospital prison mosque church
  school university market bazar bazaar square street road highway bridge port harbour harbor sea river lake mountains mountain
  valley desert strip bank corridor gulf bay island islands peninsula basin coast plateau forest refinery plant
  checkpoint neighbourhood neighborhood quarter compound palace stadium avenue boulevard museum hall theatre theater
  reservoir dam hotel circle roundabout junction lga canal beach barracks motorway expressway plaza mall heights creek
  settlement outpost area pass marsh swamp hill hills estate township ward chowk strait straits bhavan line canyon
  monastery temple synagogue cathedral basilica chapel complex oriental occidental park subdivision colony kovil mandir masjid gurdwara block zone tavern nightclub restaurant cafe café pub reserve massif drive lane
  mawatha marg nagar cantonment serail saray serai sadar`);

/**
 * Words that open a place's name, in English and the languages the wires transliterate: "Lake Chad",
 * "Puerto Cortés", "Wadi al-Shay", "Ras al-Ain", "Unguwan Gamji" (Hausa: quarter), "Kampung Baru".
 */
export const PLACE_OPENERS = words(`lake mount mt cape port puerto porto ciudad wadi jabal jebel ras deir kafr khirbet
  unguwan kampung bandar souq suq souk monte kfar plaine avenue avenida calle rue jalan cerro barangay barrio colonia
  villa canal sitio purok goth camp ain campo jamia masjid pulau bukit sungai tanjung kuala teluk
  corso piazza via viale largo praça rua plaza paseo boulevard route palacio coliseo estadio mercado parque iglesia parroquia
  óvalo ovalo glorieta malecón malecon carretera tudun`);

/** Words after a place name that make it a first-level division ("Anbar province"). */
export const DIVISION_WORDS = words(`province governorate region state oblast department prefecture division
  provinces governorates regions states oblasts departments prefectures`);

/**
 * Local divisions only one country has, in the words its press writes them: "Ruma upazila" is in Bangladesh,
 * "Gimbi woreda" in Ethiopia, "barangay Tumahubong" in the Philippines. They say where a story is, as a demonym does.
 */
export const ONE_COUNTRY_DIVISIONS: ReadonlyMap<string, string> = new Map([
  ['caza', 'LB'],
  ['cazas', 'LB'],
  ['upazila', 'BD'],
  ['upazilas', 'BD'],
  ['woreda', 'ET'],
  ['woredas', 'ET'],
  ['kebele', 'ET'],
  ['barangay', 'PH'],
  ['barangays', 'PH'],
  ['tambon', 'TH'],
  ['amphoe', 'TH'],
  ['payam', 'SS'],
  ['payams', 'SS'],
  ['dzongkhag', 'BT'],
  ['gewog', 'BT'],
  ['kabupaten', 'ID'],
  ['kecamatan', 'ID'],
]);

/** Capitalised words that open a sentence without being part of a name. */
export const LEADING_WORDS = words(`
  the a an and or but if in on at of to for by from with as into about after before during since until while when
  where which who whom whose what why how that this these those there here then than thus so yet also still just only
  even however meanwhile moreover furthermore although though because despite according amid among between within
  without against under over through throughout toward towards upon across along around near behind beyond
  he she it they we i you his her its their our my your him them us me
  some many most more much few several all any each every both either neither no not none other another such
  one two three four five six seven eight nine ten first second third last next new old former
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  january february march april may june july august september october november december
  ramadan eid christmas easter breaking update updated adds exclusive analysis opinion editorial
  asks urges calls demands requests condemns welcomes notes recalls reiterates expresses reaffirms invites encourages deplores denounces
  speaking talking writing addressing responding reacting commenting later earlier
`);

/** Capitalised words that name nothing by themselves: function words, days, months, faiths, peoples. */
export const NOT_NAMES = new Set([...LEADING_WORDS, ...words(`
  god allah islam islamic muslim muslims christian christians christianity jewish jews judaism hindu hindus buddhist
  sunni sunnis shia shiite shiites shi'ite alawite alawites druze yazidi yazidis kurds kurdish arab arabs arabic
  serbs croats bosniaks uyghurs uighurs tamils pashtuns hazaras tutsis hutus
  odia telugu hindi urdu pashto dari farsi bengali bangla swahili amharic tigrinya oromo hausa yoruba igbo pidgin creole
  western eastern northern southern central north south east west
  mr mrs ms dr sir
  but however while
  security officials official sources source police army troops soldiers forces military government authorities
  president minister prime foreign defence defense interior secretary general spokesman spokeswoman
  end ends staff reporter correspondent usd eur vnd cfa fcfa
`)]);

/** Numbers in words, for fatality counts ("at least nine"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
   eighteen nineteen twenty`
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => [w, i] as [string, number])
    .concat(
      ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 3) * 10] as [string, number]),
      [['a dozen', 12], ['dozen', 12], ['dozens', 24], ['scores', 40], ['hundreds', 200], ['a hundred', 100], ['hundred', 100]],
    ),
);

/** Suffixes of a demonym ("Iraqi", "Syrian", "Lebanese", "Turkish"). */
export const DEMONYM_SUFFIXES = ['ians', 'ian', 'vians', 'vian', 'eans', 'ean', 'ans', 'an', 'is', 'i', 'ese', 'ish', 'ic', 'n', 'ers', 'er', 'ene'];

/** Demonyms not formed by a suffix, with the country they name (ISO 3166-1 alpha-2). */
export const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['french', 'FR'], ['british', 'GB'], ['dutch', 'NL'], ['swiss', 'CH'], ['afghan', 'AF'], ['burkinabe', 'BF'],
  ['burmese', 'MM'], ['ivorian', 'CI'], ['congolese', 'CD'], ['emirati', 'AE'], ['saudi', 'SA'], ['yemeni', 'YE'],
  ['israeli', 'IL'], ['palestinian', 'PS'], ['filipino', 'PH'], ['greek', 'GR'], ['welsh', 'GB'], ['scottish', 'GB'],
  ['american', 'US'], ['malagasy', 'MG'], ['thai', 'TH'], ['bangladeshi', 'BD'], ['pakistani', 'PK'], ['somali', 'SO'],
  ['chadian', 'TD'], ['nigerien', 'NE'], ['malian', 'ML'], ['sudanese', 'SD'], ['turkish', 'TR'], ['kenyan', 'KE'],
  ['salvadoran', 'SV'], ['kosovar', 'XK'], ['togolese', 'TG'], ['uzbek', 'UZ'], ['tajik', 'TJ'], ['kyrgyz', 'KG'], ['kazakh', 'KZ'],
  ['turkmen', 'TM'],
  // Two words, read before their second alone ("South Sudanese" is not Sudanese).
  ['central african', 'CF'], ['south african', 'ZA'], ['south sudanese', 'SS'], ['sri lankan', 'LK'], ['sierra leonean', 'SL'],
  ['costa rican', 'CR'], ['north korean', 'KP'], ['south korean', 'KR'], ['equatorial guinean', 'GQ'],
]);

/** Monarchies whose own press and officials call the country "the Kingdom". */
export const KINGDOMS = new Set(['MA', 'JO', 'SA', 'BH', 'GB', 'ES', 'TH', 'KH', 'SZ', 'LS', 'NL', 'BE', 'NO', 'SE', 'DK', 'BT']);

/**
 * Vehicle makes and models ("a Toyota pick-up", "a police Land Cruiser", "a Honda Wave motorcycle"): no place and no one.
 * FIRM_VEHICLE_NAMES are read so alone; the others (also surnames or towns: Tata, Mercedes, Ford) only before a
 * model's name or a vehicle's word. Written in capitals they are other names ("KIA", the Kachin Independence Army).
 */
export const FIRM_VEHICLE_NAMES = new Set(['toyota', 'nissan', 'isuzu', 'hyundai', 'mitsubishi', 'land cruiser', 'hilux', 'hiace', 'kia', 'mazda', 'kamaz', 'lada', 'haojue']);
export const VEHICLE_MAKES = new Set([...FIRM_VEHICLE_NAMES, 'honda', 'suzuki', 'yamaha', 'bajaj', 'tata', 'mahindra', 'mercedes', 'mercedes-benz', 'peugeot', 'renault', 'ford', 'volkswagen', 'chevrolet', 'hino', 'ural']);

/** How the press writes some countries, beside their official names. */
export const COUNTRY_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['US', 'US'], ['U.S.', 'US'], ['USA', 'US'], ['America', 'US'], ['UK', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'],
  ['DRC', 'CD'], ['DR Congo', 'CD'], ['Burma', 'MM'], ['Turkey', 'TR'], ['UAE', 'AE'], ['Russia', 'RU'], ['Syria', 'SY'],
  ['Iran', 'IR'], ['Ivory Coast', 'CI'], ["Cote d'Ivoire", 'CI'], ['North Korea', 'KP'], ['South Korea', 'KR'],
  ['Czech Republic', 'CZ'], ['Democratic Republic of Congo', 'CD'], ['Congo-Kinshasa', 'CD'], ['Republic of Congo', 'CG'],
  ['Congo-Brazzaville', 'CG'], ['Central African Republic', 'CF'], ['Vatican', 'VA'], ['Palestinian territories', 'PS'],
  // Official names that official statements use, whose short name is not their last word.
  ['Russian Federation', 'RU'], ['Kyrgyz Republic', 'KG'], ['Syrian Arab Republic', 'SY'], ['Slovak Republic', 'SK'], ['Republic of Korea', 'KR'],
  ['Lao PDR', 'LA'], ['Islamic Republic of Iran', 'IR'], ['United Republic of Tanzania', 'TZ'],
  // Nigeria's press, telling its neighbour from Niger State.
  ['Niger Republic', 'NE'],
]);

/**
 * Armed groups every wire names, under the spellings wires use: read as one actor however the text spells
 * them ("al Shabaab", "al-Shabab", "Shabaab"), as a newsroom's own actor list is read. A newsroom's list comes
 * first and may name them otherwise.
 */
export const WELL_KNOWN_GROUPS = [
  { name: 'al-Qaeda', kind: 'armed-group', aliases: ['al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida', 'al Qaida', 'Al-Qaida', 'Al Qaida'] },
  { name: 'al-Shabaab', kind: 'armed-group', aliases: ['al Shabaab', 'Al-Shabaab', 'Al Shabaab', 'al-Shabab', 'al Shabab', 'Al-Shabab', 'Al Shabab', 'Shabaab'] },
  { name: 'Islamic State', kind: 'armed-group', aliases: ['Islamic State group', 'ISIS', 'ISIL', 'Daesh'] },
  { name: 'Hezbollah', kind: 'armed-group', aliases: ['Hizbollah', 'Hizbullah', 'Hizballah'] },
  { name: 'Hamas', kind: 'armed-group', aliases: ['HAMAS'] },
  { name: 'Boko Haram', kind: 'armed-group', aliases: [] },
  { name: 'Houthis', kind: 'armed-group', aliases: ['Houthi', 'Houthi movement', 'Houthi rebels', 'Ansar Allah', 'Ansarallah'] },
  { name: 'Shining Path', kind: 'armed-group', aliases: ['Sendero Luminoso'] },
  // Gangs named with a number, which no capitalised run reads whole: Central America's two, then Haiti's.
  { name: 'MS-13', kind: 'armed-group', aliases: ['Mara Salvatrucha', 'MS13'] },
  { name: 'Barrio 18', kind: 'armed-group', aliases: ['Calle 18', '18th Street gang', 'Mara 18'] },
  { name: '400 Mawozo', kind: 'armed-group', aliases: ['Mawozo'] },
  { name: '5 Segonn', kind: 'armed-group', aliases: ['Cinq Secondes'] },
] as const satisfies ReadonlyArray<{ name: string; kind: ActorKind; aliases: readonly string[] }>;

/** Words before a name that say it is an outlet's: "the news agency Khovar", "the daily "Le Pays"". */
export const MEDIA_BEFORE = /\b(?:news agency|agency|newspaper|daily|broadcaster|television|tv channel|channel|radio station|radio|news (?:website|site|portal|outlet)|outlet|website|magazine|weekly|tabloid)\s+["“]?$/i;
/** "the state-run Global New Light of Myanmar": a state's outlet, or a state's company. */
export const STATE_RUN_BEFORE = /\b(?:state-run|state-owned|state-controlled|state-backed|government-run|government-controlled|military-run|military-controlled|military-owned|junta-run|junta-controlled)\s+(?:the\s+)?$/i;

/** Platforms a statement is posted on: where words were said, never who said them. */
export const PLATFORMS = /^(?:Telegram|X|Twitter|Facebook|WhatsApp|Instagram|TikTok|YouTube|Signal|VKontakte|VK|Threads|Bluesky)$/;

/** A description that gives the name of whom it describes: "who gave his name only as", "gave only her first name". */
export const GAVE_NAME = String.raw`gave (?:only )?(?:his|her|their) (?:first )?name(?: only| simply)?`;

/**
 * Towns that host international bodies and talks, named for themselves in stories set anywhere ("the UN human
 * rights office in Geneva", "the court in The Hague"), as capitals and cities of a million are.
 */
export const SEATS_OF_INTERNATIONAL_BODIES = new Set(['geneva', 'genève', 'the hague', 'strasbourg', 'lausanne', 'arusha']);

/**
 * Places that lie across borders or belong to no one country: continents and their parts, seas, great lakes and
 * rivers, ranges, ceasefire lines. A briefing gives them no country ("the Sahel", "Lake Chad", "the Line of
 * Control"); read as a town of the story's country they would put Europe in Libya.
 */
export const CROSS_BORDER_PLACES = new Set(
  [
    'Africa', 'Europe', 'Asia', 'Americas', 'Latin America', 'South America', 'North America', 'Central America', 'Caribbean',
    'Middle East', 'Near East', 'Sahel', 'Sahara', 'Maghreb', 'Levant', 'Balkans', 'Caucasus', 'North Caucasus', 'South Caucasus',
    'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Africa', 'East Africa', 'Central Africa', 'North Africa',
    'Southern Africa', 'West and Central Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Eastern Europe', 'Western Europe',
    'Arabian Peninsula', 'Liptako-Gourma', 'Lake Chad Basin', 'Fergana Valley', 'Ferghana Valley', 'Kashmir', 'Amazon', 'Andes',
    'Himalayas', 'Mandara Mountains',
    'Red Sea', 'Black Sea', 'Mediterranean', 'Mediterranean Sea', 'Caspian Sea', 'Arabian Sea', 'Aegean', 'Aegean Sea', 'Adriatic',
    'Baltic Sea', 'South China Sea', 'Sea of Azov', 'Gulf of Aden', 'Gulf of Guinea', 'Gulf of Oman', 'Gulf of Mexico', 'Persian Gulf',
    'Arabian Gulf', 'Strait of Hormuz', 'Bab el-Mandeb', 'Indian Ocean', 'Atlantic', 'Atlantic Ocean', 'Pacific', 'Pacific Ocean',
    'Bay of Bengal', 'Andaman Sea', 'Lake Chad', 'Lake Victoria', 'Lake Tanganyika', 'Lake Kivu', 'Lake Titicaca', 'Lake Albert',
    'Lake Malawi', 'Euphrates', 'Tigris', 'Nile', 'Niger River', 'Danube', 'Amu Darya', 'Mekong', 'Jordan River',
    'Durand Line', 'Line of Control', 'Blue Line', 'Soviet Union',
  ].map((name) => name.toLowerCase()),
);
