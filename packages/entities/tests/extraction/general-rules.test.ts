// General rules of English news writing the extractor follows, each tested on short sentences written
// for the test (several phrasings per rule), never on a fixture article's text. The steps are called
// one by one (article -> names -> quotes -> dates -> incident), so these tests read the rules
// themselves, whatever shape extractBriefing gives its draft.
import { readNames } from '../../src/extraction/actors';
import { extractBriefing } from '../../src/extraction/extract';
import { readArticle } from '../../src/extraction/article';
import { datelineDate, readDates } from '../../src/extraction/dates';
import { defaultGazetteer, extendGazetteer, type Gazetteer } from '../../src/extraction/gazetteer';
import type { KnownActor } from '../../src/extraction/actors';
import { readIncident } from '../../src/extraction/incident';
import { PlaceBook } from '../../src/extraction/places';
import { NEIGHBOURS } from '../../src/extraction/gazetteer/neighbours';
import { readQuotes } from '../../src/extraction/quotes';
import { setDatingModel } from '../../src/extraction/model/dating';
import { DATING_WEIGHTS } from '../../src/extraction/model/dating-weights';
import { setPlacingModel } from '../../src/extraction/model/placing';
import { PLACING_WEIGHTS } from '../../src/extraction/model/placing-weights';
import { readWeights, setTypingModel } from '../../src/extraction/model/typing';
import { TYPING_WEIGHTS } from '../../src/extraction/model/typing-weights';

function read(text: string, publishedAt = '2025-06-12', own: { gazetteer?: Gazetteer; actors?: KnownActor[] } = {}) {
  const published = new Date(`${publishedAt}T00:00:00Z`);
  const article = readArticle(text);
  const places = new PlaceBook(own.gazetteer ?? defaultGazetteer());
  const book = readNames(article, places, own.actors);
  const quotes = readQuotes(article.text, book);
  const dates = readDates(article.text, article.sentences, published);
  const locations = places.list();
  const incident = readIncident(article.text, article.sentences, locations, dates, published, places.mainCountry());
  return { actors: book.actors, locations, quotes, dates, incident };
}
/** Runs a check with the learned dating model switched off, so it reads the date rules themselves. */
function byTheRulesAlone(check: () => void) {
  setDatingModel(null);
  try {
    check();
  } finally {
    setDatingModel({ weights: readWeights(DATING_WEIGHTS) });
  }
}
/** The same, with the learned placing model switched off, so it reads the incident-place rules themselves. */
function byThePlaceRulesAlone(check: () => void) {
  setPlacingModel(null);
  try {
    check();
  } finally {
    setPlacingModel({ weights: readWeights(PLACING_WEIGHTS) });
  }
}
const actorNames = (text: string) => read(text).actors.map((a) => a.name);
const kindOf = (text: string, name: string) => read(text).actors.find((a) => a.name === name)?.kind;
const persons = (text: string) => read(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);
const speakers = (text: string) => read(text).quotes.map((q) => q.speaker);
const speakerOf = (text: string, words: string) => read(text).quotes.find((q) => q.text.includes(words))?.speaker;
/** Every body the text names, as "name = alias = alias". */
const bodiesOf = (text: string) =>
  read(text)
    .actors.filter((a) => a.kind !== 'person')
    .map((a) => [a.name, ...a.aliases].join(' = '));

describe('the incident happened where its sentences say, not where the story was filed', () => {
  it('does not take the dateline city for the incident place', () => {
    expect(read('MOGADISHU, May 3 (Reuters) - A roadside bomb killed five soldiers near Afgoye on Monday, an officer said.').incident.location).toBe('Afgoye');
    expect(read('BEIRUT — An Israeli drone strike on a car in the town of Nabatieh killed two people on Tuesday.').incident.location).toBe('Nabatieh');
    expect(read('NAIROBI, Kenya (AP) — Gunmen killed nine villagers in Mandera on Sunday, police said.').incident.location).toBe('Mandera');
  });

  it('keeps the dateline city when the incident sentences name no other place', () => {
    expect(read('KABUL (AP) — A bomb exploded in a crowded market on Sunday, killing four people.').incident.location).toBe('KABUL');
  });

  // The rules alone: the learned second look that may then prefer the site is tested in placing-model.test.ts.
  it('takes the town over its province and over a named site inside it (the rules, before the learned look)', () => {
    byThePlaceRulesAlone(() => {
      expect(read('A drone hit the central market in El Obeid, in North Kordofan province, on Sunday, killing 23 people.').incident.location).toBe('El Obeid');
      expect(read('Gunmen attacked the Al-Huda Mosque in Maiduguri on Friday, killing six worshippers.').incident.location).toBe('Maiduguri');
    });
  });

  it('does not take a town people fled to, or came from, for the incident place', () => {
    expect(read('Gunmen killed 12 villagers in Djibo on Tuesday, a resident who fled to the town of Kaya told reporters.').incident.location).toBe('Djibo');
    expect(read('Gunmen killed 12 villagers in Djibo on Tuesday, a resident who fled to Ouagadougou said.').incident.location).toBe('Djibo');
  });
});

describe('the incident place, more cases', () => {
  const place = (text: string) => read(text).incident.location;

  it("leaves out every place of the dateline, the country after the city too", () => {
    expect(place('DEIR AL-BALAH, Gaza Strip (AP) — An airstrike hit a house in the southern city of Khan Younis on Thursday, killing 10.')).toBe('Khan Younis');
    expect(place('GOMA, Congo (Reuters) - Rebels shelled the town of Sake on Monday, killing four.')).toBe('Sake');
  });

  it("prefers the village the text names over the town it is near, and a town over the suburbs of a city", () => {
    expect(place('Gunmen killed 31 civilians in an attack on a village near El Fasher on Friday. They stormed the village of Shaqra, shooting residents.')).toBe('Shaqra');
    // The rules' pick; the placing model retrained on 2,939 articles (2026-12-06) prefers Lyon here.
    byThePlaceRulesAlone(() => expect(place('Youths attacked two police stations in the suburbs of Lyon on Sunday. Police made 54 arrests in Vénissieux, where rioters threw fireworks.')).toBe('Vénissieux'));
  });

  it("does not take a headline's place, or a place only named beside a noun, over the body's", () => {
    expect(place('Police arrest rebel accused of Arauca bombing\nPolice arrested a rebel commander on Wednesday. He was captured in the town of Saravena during an operation.')).toBe('Saravena');
  });

  it('counts the sentences that tell the incident in words of any kind of violence', () => {
    expect(place('A mob beat a man to death in the state of Jharkhand on Monday. He was dragged from his vehicle near Ramgarh by a crowd.')).toBe('Ramgarh');
    expect(place('Militants ambushed a patrol in Deir ez-Zor province on Tuesday. The attackers used machine guns against two vehicles near the town of al-Busayrah.')).toBe(
      'al-Busayrah',
    );
  });

  it('reads "the industrial hub of X" as a town', () => {
    expect(place('Police fired tear gas on Monday at workers who blocked a highway in the industrial hub of Ashulia, Bangladesh.')).toBe('Ashulia');
  });
});

describe('the incident date', () => {
  it('does not take the dateline date, with or without a country after the city', () => {
    expect(read('MAIDUGURI, Nigeria, June 22 (Reuters) - A bomber blew herself up in Konduga late on Saturday, killing 12 people.', '2025-06-22').incident.date).toBe('2025-06-21');
    expect(read('RAIPUR, India, Jan 7 — Rebels blew up a police vehicle with a bomb on Monday afternoon, killing eight.', '2025-01-07').incident.date).toBe('2025-01-06');
    expect(read('LIMA, May 8 (Reuters) - Rioters torched a bank in Lima on Tuesday, police said.', '2025-05-08').incident.date).toBe('2025-05-06');
  });

  it("does not take the date of a rights group's bracketed dateline, or of a statement's own line of place and date", () => {
    expect(read('(Beirut, June 30, 2025) – Security forces fired on protesters in Tripoli on June 26, 2025, killing two, the group said today.', '2025-06-30').incident.date).toBe('2025-06-26');
    expect(read('PRESS STATEMENT\nAbuja, 2nd July 2025\nThe Nigeria Police Force wishes to inform the public that officers arrested 12 suspected kidnappers in Kaduna on Monday.', '2025-07-02').incident.date).toBe('2025-06-30');
  });
});

describe('the incident date, written or counted', () => {
  it('takes a day the text writes over the night counted back from the filing day', () => {
    expect(read('Gunmen killed 12 villagers and wounded 20 in an overnight attack on a village, officials said on Sunday. The gunmen came late on Friday, residents said.', '2025-06-15').incident.date).toBe('2025-06-13');
    expect(read('Troops killed eight militants and arrested five in overnight raids, the army said on Sunday. The raids began late on Friday.', '2025-06-15').incident.date).toBe('2025-06-13');
  });

  it('reads the day in "the evening of Monday, 30 November", not the day the story was filed', () => {
    expect(read('Police arrested nine suspects in a raid on a house in Mombasa on the evening of Tuesday, 2nd December 2025, officers said.', '2025-12-05').incident.date).toBe('2025-12-02');
    expect(read('Gunmen shot dead four traders at a market in Jos on the morning of 14 March, police said.', '2025-03-18').incident.date).toBe('2025-03-14');
    expect(read('Soldiers opened fire on protesters in Mandalay on the afternoon of Sunday, June 8, killing three.', '2025-06-11').incident.date).toBe('2025-06-08');
  });

  it('dates "the night of Sunday to Monday" by the Monday, as it does "overnight into Monday"', () => {
    expect(read('Militiamen attacked a displacement camp near Bunia in the night of Sunday 10 to Monday 11 August 2025, killing 12 people.', '2025-08-14').incident.date).toBe('2025-08-11');
    expect(read('Jihadists attacked an army post in Tillaberi during the night of Friday to Saturday, killing six soldiers, the ministry said.', '2025-06-09').incident.date).toBe('2025-06-07');
  });

  it('takes the day the text says the attack took place over the day of what followed it', () => {
    expect(read('Police on Saturday were searching for four workers kidnapped by gunmen who stormed a mine and killed a guard. The attack took place in the early hours of Thursday, Oct. 22, in the hills.', '2026-10-24').incident.date).toBe('2026-10-22');
    expect(read('Troops on Monday hunted the militants who killed seven villagers in a raid on Kaura. The raid happened on Saturday night, residents said.', '2025-06-10').incident.date).toBe('2025-06-07');
  });

  // The rules alone: the learned second look, retrained on 830 articles, may prefer the day the fighting ended.
  it('dates an incident by when it began, not by when it went on until (the rules alone)', () => {
    byTheRulesAlone(() => {
      expect(read('Fighting broke out late on Saturday, 7 June, around the mine. Shelling and drone strikes continued until Monday afternoon, killing nine.', '2025-06-11').incident.date).toBe('2025-06-07');
    });
  });
});

describe('sub-event types', () => {
  const subType = (text: string) => read(text).incident.subType;

  it('reads a place taken by a non-state group as such, not as the fighting that took it', () => {
    expect(subType('Rebels seize the town of Walikale after heavy fighting with the army')).toBe('non-state-actor-overtakes-territory');
    expect(subType('Jihadists overran an army base in central Mali on Sunday after clashes that killed 12 soldiers.')).toBe('non-state-actor-overtakes-territory');
    expect(subType('Insurgents took control of the district after a gun battle with police that lasted hours.')).toBe('non-state-actor-overtakes-territory');
    expect(subType('The Arakan Army said it had captured the town of Maungdaw after months of fighting with the military.')).toBe(
      'non-state-actor-overtakes-territory',
    );
  });

  it('reads a place taken back by the army as the government regaining it', () => {
    expect(subType('The army recaptured the town of Sittwe from rebels on Monday after fierce fighting.')).toBe('government-regains-territory');
    expect(subType('Government forces seized control of the provincial capital after clashes with militants.')).toBe('government-regains-territory');
  });

  it('reads gunmen storming a village to kill as an attack, not a taking', () => {
    expect(subType('Gunmen stormed the village of Shaqra on Friday, shooting residents and killing 31 civilians.')).toBe('attack');
  });

  it('keeps police raids that arrest kidnapping suspects as arrests', () => {
    expect(subType('Police arrested five suspected members of a rebel kidnapping gang in a raid on Thursday.')).toBe('arrests');
    expect(subType('Soldiers detained three men accused of abducting traders for militants in a pre-dawn raid.')).toBe('arrests');
  });

  it('tells drones and air strikes, shelling, remote bombs, suicide bombs and grenades apart', () => {
    expect(subType('A Russian glide bomb hit an apartment block in the city on Monday, killing three.')).toBe('air-drone-strike');
    expect(subType('An unmanned aerial vehicle struck a car on the highway, killing two men.')).toBe('air-drone-strike');
    expect(subType('Howitzers pounded the town overnight, killing four civilians.')).toBe('shelling-artillery-missile-attack');
    expect(subType('A remote-controlled bomb hit a police van on Monday, killing three officers.')).toBe('remote-explosive-landmine-ied');
    expect(subType('A magnetic bomb attached to a car exploded in the city, killing a judge.')).toBe('remote-explosive-landmine-ied');
    expect(subType('A woman blew herself up at a checkpoint on Friday, killing five soldiers.')).toBe('suicide-bomb');
    expect(subType('Militants armed with rifles and a grenade launcher fought soldiers for hours.')).toBe('armed-clash');
  });
});

describe('fatalities', () => {
  it('reads a toll with an aside before its verb, "martyred" and "neutralised", but not a part of the toll before "among"', () => {
    expect(read('Six soldiers, including a captain, were killed when their convoy hit a mine on Monday.').incident.fatalities).toBe(6);
    expect(read('Three policemen were martyred in an attack on a checkpoint on Monday.').incident.fatalities).toBe(3);
    expect(read('Police said at least nine gang members were neutralised in the operation on Monday.').incident.fatalities).toBe(9);
    expect(read('Three women among seven killed in market blast\nA bomb went off in the market on Monday.').incident.fatalities).toBe(7);
  });

  it('takes a figure over a word for many', () => {
    expect(read('Jihadists kill dozens of villagers\nGunmen killed at least 34 civilians in an attack on Tuesday.').incident.fatalities).toBe(34);
    expect(read('Gangs kill scores in town\nThe attack killed 28 people, the UN said.').incident.fatalities).toBe(28);
    expect(read('Gunmen killed dozens of villagers in an attack on Tuesday.').incident.fatalities).toBe(24);
  });
});

describe('organisations', () => {
  it('splits two names joined by "and the"', () => {
    // (Al-Qaeda and the Islamic State are among the groups read by name first: a group the rules read alone stands in.)
    expect(actorNames('Jihadists linked to Ansar Dine and the Jund al-Khilafa group attacked the town.')).toEqual(['Ansar Dine', 'Jund al-Khilafa']);
    expect(actorNames('Fighters loyal to Hamas and the Islamic Jihad movement clashed with troops.')).toEqual(['Hamas', 'Islamic Jihad']);
  });

  it('keeps a name whole when an acronym in brackets follows it, however long', () => {
    expect(actorNames('The toll comes from the Armed Conflict Location and Event Data Project (ACLED).')).toEqual([
      'Armed Conflict Location and Event Data Project',
    ]);
    expect(actorNames('He armed the Volunteers for the Defence of the Homeland (VDP) last year.')).toEqual(['Volunteers for the Defence of the Homeland']);
  });

  it('reads army units with an ordinal or a number in their name', () => {
    expect(actorNames("The commander of the army's 44th Infantry Battalion said so.")).toEqual(['44th Infantry Battalion']);
    expect(actorNames('Officers of Police Regional Office 9 made the arrests.')).toEqual(['Police Regional Office 9']);
    expect(actorNames('Soldiers handed them to Police Regional Office 9 on Friday.')).toEqual(['Police Regional Office 9']);
    expect(actorNames('The 3rd Armoured Brigade moved north.')).toEqual(['3rd Armoured Brigade']);
  });

  it('leaves a known place after "in" out of a name', () => {
    const draft = read('The wounded were taken to the State Specialist Hospital in Maiduguri, Nigeria.');
    expect(draft.actors.map((a) => a.name)).not.toContain('State Specialist Hospital in Maiduguri');
    expect(draft.locations.map((p) => p.name)).toContain('Maiduguri');
  });

  it('reads a group whose name ends in a place word as a group, not a place', () => {
    const draft = read('Islamic State West Africa Province claimed the attack in Borno, Nigeria.');
    expect(draft.actors.map((a) => a.name)).toContain('Islamic State West Africa Province');
    expect(draft.locations.map((p) => p.name)).not.toContain('Islamic State West Africa Province');
    expect(kindOf('Fighters of Islamic State Sahel Province attacked Menaka in Mali.', 'Islamic State Sahel Province')).toBe('armed-group');
  });

  it('reads a name the text says is a company, or of which it says "its" or "which", as an organisation', () => {
    expect(persons('Alphamin Resources, the company that runs the mine, suspended work.')).toEqual([]);
    expect(persons('Suspicion fell on Boko Haram and its rival, which both use bombers.')).toEqual([]);
    expect(persons('The grain came from Black Sea Logistics, a firm based in Odesa.')).toEqual([]);
  });

  it('reads a single name described as militias, with or without an article, as an armed group', () => {
    expect(kindOf('The Wazalendo, pro-government militias that fought the rebels, withdrew.', 'Wazalendo')).toBe('armed-group');
    expect(kindOf('Locals blamed the Imbonerakure, a ruling-party youth militia, for the beatings.', 'Imbonerakure')).toBe('armed-group');
  });

  it('reads a single name after "linked to" or "loyal to" as a group', () => {
    expect(kindOf('Jihadists linked to Katiba attacked the town.', 'Katiba')).toBe('armed-group');
    expect(kindOf('Fighters loyal to Hemeti attacked the town.', 'Hemeti')).toBe('armed-group');
  });

  it('turns a bare name met first in the headline into a group when the text later says so', () => {
    expect(kindOf('Troops arrest five Abu Sayyaf suspects\nSoldiers arrested five members of the Abu Sayyaf group on Thursday.', 'Abu Sayyaf')).toBe('armed-group');
    expect(kindOf('Police hunt Tren Norte suspects\nPolice said the Tren Norte gang had fled.', 'Tren Norte')).toBe('armed-group');
  });

  it('reads a name before a lower-case organisation noun as an organisation', () => {
    expect(persons('The Iran-backed Coordination Framework coalition backs him.')).toEqual([]);
    expect(persons('Kenya sent police to the Multinational Security Support mission in Haiti.')).toEqual([]);
    expect(persons('The Sahel Mining Company office was burned.')).toEqual([]);
  });

  it('reads "House" as a government body', () => {
    expect(actorNames('Protesters rallied outside the House of Representatives on Monday.')).toEqual(['House of Representatives']);
  });
});

describe('people', () => {
  it('splits a title with "of" from the name after it', () => {
    expect(read('Inspector General of Police P. Sundarraj told reporters.').actors).toMatchObject([{ name: 'P. Sundarraj', role: 'Inspector General of Police' }]);
    expect(read('Chief of Staff Maria Lopez said so.').actors).toMatchObject([{ name: 'Maria Lopez', role: 'Chief of Staff' }]);
  });

  // The rules alone: on a one-line text the learned second look may read "Okiding" ("-ing") otherwise.
  it('splits a title qualified by an organisation word (the rules, before the learned look)', () => {
    setTypingModel(null);
    try {
      expect(read('House Speaker Puan Maharani said the allowance would be reviewed.').actors).toMatchObject([{ name: 'Puan Maharani', role: 'House Speaker' }]);
      expect(read('Army Chief Sam Okiding visited the base.').actors).toMatchObject([{ name: 'Sam Okiding', role: 'Army Chief' }]);
    } finally {
      setTypingModel({ weights: readWeights(TYPING_WEIGHTS) });
    }
  });

  it('reads a person known by one name from an age or a description after it', () => {
    expect(persons('"We ran," said Rina, a 21-year-old university student.')).toEqual(['Rina']);
    expect(persons('"We ran," said Musa, 34, a trader.')).toEqual(['Musa']);
    expect(persons('Fatima, a mother of four, said the shells fell at night.')).toEqual(['Fatima']);
  });

  it('joins a shorter form of a name to the person named in full', () => {
    const draft = read('Police spokesman Ade Ary Syam Indradi said 300 were held. "They came to cause trouble," Ade Ary told reporters.');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Ade Ary Syam Indradi']);
    expect(draft.quotes[0]?.speaker).toBe('Ade Ary Syam Indradi');
  });

  it('does not join two names across "as" or "at"', () => {
    expect(read('Shelling kills three in Kherson as Ukraine reports drone attacks').locations.map((p) => p.name)).toEqual(['Kherson', 'Ukraine']);
  });

  it('drops a common word that opens the story after a dateline dash', () => {
    // The wire goes by the name the sources give it ("AFP" is its alias).
    expect(actorNames('OUAGADOUGOU (AFP) - Suspected jihadists killed 34 civilians, a security source said.')).toEqual(['Agence France-Presse']);
  });
});

describe('places', () => {
  it('reads "<Town> City" and "Central <Town>" as that town', () => {
    const draft = read('ZAMBOANGA CITY, Philippines — Troops raided a house in Zamboanga City on Thursday.');
    expect(draft.locations.filter((p) => p.kind === 'city')).toHaveLength(1);
    const jakarta = read('Students rallied in Central Jakarta, and police in Jakarta fired tear gas.').locations;
    expect(jakarta).toHaveLength(1);
    expect([jakarta[0]!.name, ...jakarta[0]!.aliases].sort()).toEqual(['Central Jakarta', 'Jakarta']);
  });

  it("takes the article's country from its towns as well as the countries it names", () => {
    // Lebanon is named as often as Israel here; its towns make it the story's country.
    const draft = read('Israeli strike in Lebanon. An Israeli drone hit Nabatieh and Tyre in Lebanon, Israel said. A site near the Sarda Bridge was also hit.');
    expect(draft.locations.find((p) => p.name === 'Sarda Bridge')?.countryCode).toBe('LB');
  });
});

describe('quotes and who said them', () => {

  it('gives a quote that opens the next paragraph alone to the speaker of the quote that ended the last one', () => {
    expect(speakers('Police spokesman Ali Hassan described the scene.\n"There were bodies everywhere in the square," he said.\n"We are still counting the dead and the wounded."')).toEqual([
      'Ali Hassan',
      'Ali Hassan',
    ]);
    expect(speakers('"The town is calm again now," Governor Amina Bello said.\n"Schools will open on Monday as planned."')).toEqual(['Amina Bello', 'Amina Bello']);
  });

  it('does not carry a voice into a paragraph that says more than the quote', () => {
    expect(speakers('"The town is calm again now," Governor Amina Bello said.\n"Schools will open on Monday," a teacher said, doubting it.')).toEqual(['Amina Bello', null]);
  });

  it('gives a quote to the subject of the sentence before it, or of a paragraph ending on a colon', () => {
    expect(speakers('Police chief Omar Farah said the bomb hit a truck near the market. "We lost five brave men today."')).toEqual(['Omar Farah']);
    expect(speakers('The defence minister, Jane Okello, told reporters in the capital:\n"Those who did this will be hunted down and punished."')).toEqual(['Jane Okello']);
  });

  it('does not give a quote attributed after it to someone named in the sentence before', () => {
    expect(speakers('A source said the attackers belonged to the Islamic State Sahel Province. "The toll is at least 34 dead," the source said.')).toEqual([null]);
    expect(speakers('A witness saw Omar Farah at the blast. "It shook the whole street and broke windows."')).toEqual([null]);
  });

  it('reads the speaker from the next sentence when it says whose the words were', () => {
    expect(speakers('"This is a massacre of innocent people." The words came from Interior Minister Musa Dogo, who spoke in Abuja.')).toEqual(['Musa Dogo']);
    expect(speakers('"We will not leave this land to the gangs." That was the message of Prime Minister Alix Fils-Aime on Sunday.')).toEqual(['Alix Fils-Aime']);
  });

  it("keeps an unnamed speaker unnamed: the place they are at, or the outlet they spoke to, did not speak", () => {
    expect(speakers('A trader at Kalimpur Bazar, who asked not to be named, said the mob came at night. "They burned everything we had," he said.')).toEqual([null]);
    expect(speakers('A nurse at the Al-Amal Hospital told Reuters that the wards were full. "We have no more beds for the wounded," she said.')).toEqual([null]);
    expect(speakers('A spokesman for the Northern Alliance Front said the fighters had withdrawn. "Our men left the town to spare civilians," he said.')).toEqual(['Northern Alliance Front']);
  });

  it('finds no speaker in words after a quote that go on with the sentence', () => {
    expect(speakers('Minister Grace Mbeki condemned what she called "a cowardly and barbaric act" in a statement broadcast on KBC, and said more troops would be sent.')).toEqual(['Grace Mbeki']);
  });

  it('reads "was quoted as saying" and "the commission said" after a body of many words', () => {
    expect(speakers('"Four of our officers were killed in this attack," the district police chief, Hamid Qureshi, was quoted as saying by the state agency.')).toEqual(['Hamid Qureshi']);
    expect(speakers('The National Commission for Human Rights in Kenya published a report.\n"Every death must be investigated without delay," the commission said.')).toEqual(['National Commission for Human Rights']);
  });

  it('gives "the governor said" to the person the text titled so', () => {
    expect(speakers('Governor Amina Bello visited the site.\n"The attackers will be found and punished," the governor added.')).toEqual(['Amina Bello']);
    expect(speakers('Kherson regional governor Oleksandr Prokudin spoke.\n"The shelling went on all night long," the governor said.')).toEqual(['Oleksandr Prokudin']);
  });
});

describe('dates told against another day', () => {
  const dates = (text: string, publishedAt: string) => read(text, publishedAt).dates.map((d) => [d.text, d.date]);

  it('counts "the previous day", "two days earlier" and "the following day" from the day the sentence gives', () => {
    expect(read('The army said on Wednesday that rebels had attacked the base the previous day, killing four soldiers.', '2025-06-13').incident.date).toBe('2025-06-10');
    expect(dates('Police said on Friday that gunmen killed three men two days earlier.', '2025-06-13')).toEqual([
      ['on Friday', '2025-06-13'],
      ['two days earlier', '2025-06-11'],
    ]);
    expect(dates('Rebels attacked a convoy on Monday. Troops retook the road the following day.', '2025-06-13')).toEqual([
      ['on Monday', '2025-06-09'],
      ['the following day', '2025-06-10'],
    ]);
  });

  it('dates "overnight" the night before the story was filed, unless a day is named with it', () => {
    expect(read('Gang members killed at least 28 people in an overnight attack on the town, the UN said on Friday.', '2025-06-13').incident.date).toBe('2025-06-12');
    expect(read('Russian drones hit Kharkiv overnight, killing two.', '2025-06-13').incident.date).toBe('2025-06-12');
    expect(read('Israeli airstrikes killed 27 people overnight and into Thursday.', '2025-06-13').incident.date).toBe('2025-06-12');
    expect(read('Rebels attacked the base on Tuesday and shelled it overnight, killing two.', '2025-06-13').incident.date).toBe('2025-06-10');
  });

  it("reads weekdays against the dateline's day when the story was published later", () => {
    expect(read('KHARTOUM, June 2 (Reuters) - Shelling killed five people on Saturday, medics said.', '2025-06-05').incident.date).toBe('2025-05-31');
    expect(read('GOMA, Congo, March 3 (Reuters) - Rebels seized the town of Masisi on Sunday.', '2025-03-06').incident.date).toBe('2025-03-02');
  });
});

describe('government bodies, outlets, units and sites', () => {
  it("keeps a possessive before an organisation word inside the name (\"Prosecutor's Office\")", () => {
    expect(actorNames("The Kyiv Regional Prosecutor's Office opened a case.")).toEqual(["Kyiv Regional Prosecutor's Office"]);
    expect(actorNames("The Attorney General's Office charged three men on Monday.")).toEqual(["Attorney General's Office"]);
    expect(read("Sudan's Defence Ministry said so.").locations.map((p) => p.name)).toEqual(['Sudan']);
  });

  it('keeps a compound name with "of" and "and" whole when an organisation word heads it', () => {
    expect(actorNames('The Ministry of Interior and Municipalities said the roads were closed.')).toEqual(['Ministry of Interior and Municipalities']);
  });

  it('reads an acronym after the word for an outlet as a news outlet', () => {
    expect(read('The state news agency SANA said rockets hit the town.').actors).toMatchObject([{ name: 'SANA', kind: 'media' }]);
    expect(read('The official broadcaster RTNC showed the damage.').actors).toMatchObject([{ name: 'RTNC', kind: 'media' }]);
  });

  it("reads a name before \"'s armed wing\" as a group", () => {
    expect(kindOf("Hamas's armed wing fired rockets at the city.", 'Hamas')).toBe('armed-group');
    expect(kindOf("Fighters from Hezbollah's military wing were killed.", 'Hezbollah')).toBe('armed-group');
  });

  it('joins the plural and the singular of a group name', () => {
    // The Houthis are on the well-known list since the ninety-eighth round: a group it lacks shows the rule.
    const draft = read('The Karenis said they fired a missile. Kareni rebels later denied it.');
    expect(draft.actors).toMatchObject([{ name: 'Kareni', kind: 'armed-group', aliases: ['Karenis'] }]);
  });

  it('does not take an adjective at the head of a sentence for a group', () => {
    expect(actorNames('Suspected jihadists killed 12. Criminal gangs fled. Islamist militants attacked.')).toEqual([]);
  });

  it('reads a name before a lower-case site word as a site, never a person', () => {
    const draft = read('Fighting broke out near the Bab al-Hawa crossing in Syria. Aid reached the Zamzam camp in Sudan.');
    expect(draft.actors).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Bab al-Hawa crossing', 'Zamzam camp']));
  });

  it('reads "the region of X" as a region of the story\'s country', () => {
    const draft = read('Sudan has been at war since 2023. The road links the capital to the western region of Darfur.');
    expect(draft.locations.find((p) => p.name === 'Darfur')).toMatchObject({ kind: 'region', countryCode: 'SD' });
  });

  it("places a division known only abroad in the story's country", () => {
    const draft = read('Gunmen attacked a village in the Seno province of Burkina Faso on Tuesday.');
    expect(draft.locations.find((p) => p.name === 'Seno')?.countryCode).toBe('BF');
  });

  it('reads both names before a plural division word as divisions', () => {
    const draft = read("Russia's Defence Ministry said it shot down drones over the Belgorod and Kursk regions.");
    expect(draft.locations.map((p) => [p.name, p.kind])).toEqual([
      ['Russia', 'country'],
      ['Belgorod', 'admin1'],
      ['Kursk', 'admin1'],
    ]);
  });
});

describe("an organisation's own places and actors", () => {
  it('finds its own places, by name or alias, before the built-in ones', () => {
    const gazetteer = extendGazetteer([
      { name: 'Camp Alpha', aliases: ['Alpha camp'], kind: 'site', countryCode: 'ML', lat: 16.27, lon: -0.04 },
      { name: 'Tawori', kind: 'city', countryCode: 'BF', lat: 13.9, lon: -0.1 },
    ]);
    const draft = read('Gunmen attacked Tawori on Tuesday. Survivors fled to Alpha camp in Mali.', '2025-06-12', { gazetteer });
    expect(draft.locations.map((p) => [p.name, p.countryCode])).toEqual(
      expect.arrayContaining([
        ['Tawori', 'BF'],
        ['Alpha camp', 'ML'],
      ]),
    );
    expect(gazetteer.lookup('Bamako')[0]?.countryCode).toBe('ML');
  });

  it('reads its known actors by any of their names, as one actor of the kind it gives', () => {
    const actors: KnownActor[] = [
      { name: 'Wagner Group', kind: 'armed-group', aliases: ['Africa Corps', 'Wagner'] },
      { name: 'Assimi Goita', kind: 'person', aliases: ['Goita'] },
    ];
    const draft = read('Fighters of the Africa Corps, formerly Wagner, patrolled. Junta leader Assimi Goita praised them; Goita spoke on TV.', '2025-06-12', { actors });
    const wagner = draft.actors.find((a) => a.name === 'Wagner Group');
    expect(wagner).toMatchObject({ kind: 'armed-group' });
    expect(wagner!.aliases).toEqual(expect.arrayContaining(['Africa Corps', 'Wagner']));
    expect(wagner!.mentions).toHaveLength(2);
    expect(draft.actors.filter((a) => a.name === 'Assimi Goita')).toHaveLength(1);
    expect(draft.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('keeps the title written before a known person, so a quoted official is still an official source', () => {
    const actors: KnownActor[] = [{ name: 'Ousmane Diallo', kind: 'person' }];
    const text = 'Gunmen attacked a police post in Mopti on Sunday. \u201cThe attack was repelled,\u201d Interior Minister Ousmane Diallo said on Monday.';
    const draft = read(text, '2025-06-12', { actors });
    expect(draft.actors.find((a) => a.name === 'Ousmane Diallo')).toMatchObject({ role: 'Interior Minister' });
    const briefing = extractBriefing(text, { publishedAt: '2025-06-12', actors });
    expect(briefing.sources.find((s) => s.name?.endsWith('Ousmane Diallo'))).toMatchObject({ kind: 'official' });
  });
});

describe('more names, and single deaths', () => {
  it('reads a demonym whose country changes its last letters ("Mozambican")', () => {
    const draft = read('Rioters looted shops in the Mozambican port city of Beira on Sunday.');
    expect(draft.locations.map((p) => p.name)).toEqual(['Beira']);
    expect(draft.locations[0]!.countryCode).toBe('MZ');
  });

  it('reads a name after a lower-case word for a body as that body', () => {
    expect(persons('The figures come from the civil society platform Plataforma Decide.')).toEqual([]);
    expect(persons('The rights group Human Rights Now called for an inquiry.')).toEqual([]);
  });

  it('reads a name given to militias "known locally as" as a group', () => {
    expect(kindOf('The separatist militias, known locally as Amba Boys, kidnap civilians.', 'Amba Boys')).toBe('armed-group');
    expect(kindOf('Armed gangs, known as Kuluna, robbed the market.', 'Kuluna')).toBe('armed-group');
  });

  it('reads "the hamlet of X" as a place and an army division as an organisation', () => {
    const draft = read("Fighting broke out in the hamlet of Campo Dos in Colombia. The army's Second Division sent troops.");
    expect(draft.actors.map((a) => [a.name, a.kind])).toContainEqual(['Second Division', 'state-force']);
    expect(draft.locations.map((p) => p.name)).toContain('Campo Dos');
  });

  it("reads a church's body with its place as one organisation", () => {
    expect(actorNames('The Catholic Archdiocese of Bamenda confirmed it.')).toEqual(['Catholic Archdiocese of Bamenda']);
  });

  it('counts one death from "died in custody" and "beating ... to death"', () => {
    expect(read('Residents torched a police station after a young man died in police custody on Sunday.').incident.fatalities).toBe(1);
    expect(read('Crowds accused officers of beating the 19-year-old to death on Sunday.').incident.fatalities).toBe(1);
  });
});

describe('places by the country the text gives, clashes with armed forces, and more counts', () => {
  it('places a place the gazetteer lacks in the country the words around it give', () => {
    const draft = read('ANKARA (Reuters) - Turkish drones struck the Gara region of northern Iraq, Turkey said. A strike hit the village of Kani Masi, in Duhok province, Iraq.');
    expect(draft.locations.find((p) => p.name === 'Gara')?.countryCode).toBe('IQ');
    expect(draft.locations.find((p) => p.name === 'Duhok')?.countryCode).toBe('IQ');
    expect(read("Fighting spread in Somalia's Lower Shabelle region, Kenya said.").locations.find((p) => p.name === 'Lower Shabelle')?.countryCode).toBe('SO');
  });

  it('places "<Name> Region of <Country>" in that country, not a namesake elsewhere', () => {
    const draft = read('Turkey said the strike hit a convoy in the Kurdistan Region of Iraq on Tuesday.');
    expect(draft.locations.find((p) => p.name === 'Kurdistan Region')?.countryCode).toBe('IQ');
  });

  it('reads gunmen ambushing police or soldiers as a clash, and gunmen killing villagers as an attack', () => {
    expect(read('Gunmen ambushed a convoy of state police before dawn on Friday, killing eight officers.').incident.subType).toBe('armed-clash');
    expect(read('Gunmen opened fire on soldiers at a checkpoint on Monday, killing three.').incident.subType).toBe('armed-clash');
    expect(read('Gunmen opened fire on villagers in a market on Monday, killing 12 civilians.').incident.subType).toBe('attack');
  });

  it('reads "the <Place> cartel" as the cartel named in full before, or as a group of its own', () => {
    const draft = read('The Jalisco New Generation Cartel was blamed. The Jalisco cartel has fought rivals for years in Michoacán, Mexico.');
    expect(draft.actors.filter((a) => a.kind !== 'person').map((a) => a.name)).toEqual(['Jalisco New Generation Cartel']);
    expect(draft.locations.map((p) => p.name)).not.toContain('Jalisco');
    expect(read('The Sinaloa cartel denied it, Mexican officials said.').actors.map((a) => a.name)).toEqual(['Sinaloa cartel']);
  });

  it('counts the dead after "shot dead" and "gunned down"', () => {
    expect(read('Police shot dead two protesters in the town on Tuesday.').incident.fatalities).toBe(2);
    expect(read('Gunmen gunned down five men at a bar on Sunday.').incident.fatalities).toBe(5);
  });

  it('does not look ahead for a month only because an earlier verb of the sentence does', () => {
    expect(read('The group said it would withdraw its fighters as part of a peace process launched in February.', '2025-11-20').dates).toMatchObject([
      { text: 'February', date: '2025-02' },
    ]);
    expect(read('The committee will meet in May.', '2025-03-15').dates).toMatchObject([{ text: 'May', date: '2025-05' }]);
  });
});

describe('raids that kill, settlements, divisions written in full, outlets', () => {
  it('reads a raid in which militants were killed and no one arrested as a clash', () => {
    expect(read('Troops raided a hideout on Thursday night. The militants opened fire and were killed in the exchange, the military said.').incident.subType).toBe('armed-clash');
    expect(read('Security forces killed eight militants in a raid on a hideout on Thursday.').incident.subType).toBe('armed-clash');
    expect(read('Police arrested five men in a raid on a hideout on Thursday.').incident.subType).toBe('arrests');
  });

  it('reads a name before a lower-case "village" or "town" as a town, and prefers it to the township holding it', () => {
    const draft = read('A jet bombed a monastery in Lin Ta Lu village, in Sagaing township, Myanmar, early on Friday, killing 23.');
    expect(draft.actors).toEqual([]);
    expect(draft.locations.find((p) => p.name === 'Lin Ta Lu')).toMatchObject({ kind: 'city', countryCode: 'MM' });
    expect(draft.incident.location).toBe('Lin Ta Lu');
  });

  it('reads "<Name> Region" as the division of that name', () => {
    const draft = read('An air strike hit the Sagaing Region of Myanmar on Friday. Sagaing Region has seen heavy fighting.');
    expect(draft.locations.filter((p) => p.kind === 'admin1')).toHaveLength(1);
  });

  it('reads a place the text puts something in as a place, never a person', () => {
    const draft = read('Al-Shabaab has regained several towns in Hiiraan and Middle Shabelle in Somalia this year.');
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toContain('Middle Shabelle');
  });

  it('reads a name before "newspaper" as an outlet and "Voice of ..." as one', () => {
    expect(read('"They burned it," he told the Somali Guardian newspaper.').actors).toMatchObject([{ name: 'Somali Guardian', kind: 'media' }]);
    expect(actorNames('A rescuer told the Democratic Voice of Burma on Friday.')).toEqual(['Democratic Voice of Burma']);
  });

  it('does not take "the police station" for the police', () => {
    expect(read('Rioters in Somalia burned the police station on Sunday.').actors).toEqual([]);
  });
});

describe('peaceful rallies, ministries of two-word countries, lists of villages, the dateline as last resort', () => {
  it('keeps a rally peaceful when police did not intervene, whatever they did on other days', () => {
    const text = 'Tens of thousands marched in the capital on Saturday. Riot police watched but did not intervene, and the rally ended peacefully. Police had used tear gas on protesters earlier in the week.';
    expect(read(text, '2025-12-01').incident.subType).toBe('peaceful-protest');
    expect(read('Police fired tear gas to disperse protesters in the capital on Saturday.', '2025-12-01').incident.subType).toBe('protest-with-intervention');
  });

  it("reads a ministry whose country's name has two words", () => {
    expect(actorNames("Saudi Arabia's foreign ministry said the talks went well.")).toEqual(["Saudi Arabia's foreign ministry"]);
  });

  it('reads every village of a list after "the villages of"', () => {
    const names = read('Gunmen attacked the villages of Ruwi, Hurti and Daffo in Nigeria on Sunday.').locations.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Ruwi', 'Hurti', 'Daffo']));
  });

  // The rules alone: the learned second look may prefer the avenue the crowd filled (the guide asks for the most precise place).
  it("takes the dateline's town when the incident's sentences name no town (the rules alone)", () => {
    byThePlaceRulesAlone(() => {
      expect(read('TBILISI, Georgia (AP) — Tens of thousands marched through the Georgian capital on Saturday, filling Rustaveli Avenue.').incident.location).toBe('TBILISI');
      expect(read('KABUL (AP) — A bomb exploded in a crowded market on Sunday, killing four people.').incident.location).toBe('KABUL');
    });
  });

  it('drops a common "-ing" word that opens a sentence, and reads "Avenue" as a site', () => {
    const draft = read('Waving Georgian and EU flags, demonstrators filled Rustaveli Avenue in Tbilisi.');
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toContain('Rustaveli Avenue');
  });
});

// Second round on issue 13's development articles (W3b): each rule with short sentences of its own.
describe('namesakes abroad', () => {
  it("does not take a small town known only in a country the story never names for the story's town", () => {
    const own = extendGazetteer([{ name: 'Korvani', kind: 'city', countryCode: 'FR', lat: 45, lon: 2, population: 900 }]);
    const draft = read('Gunmen attacked the army camp in Korvani, central Mali, on Sunday. Mali said seven soldiers died.', '2025-06-12', { gazetteer: own });
    expect(draft.locations.find((p) => p.name === 'Korvani')?.countryCode).not.toBe('FR');
    expect(draft.incident.countryCode).toBe('ML');
    // Named in a story about its own country, it stays there.
    const home = read('Gunmen attacked the town hall in Korvani, France, on Sunday.', '2025-06-12', { gazetteer: own });
    expect(home.locations.find((p) => p.name === 'Korvani')?.countryCode).toBe('FR');
  });

  it("puts a mid-sized town in a country nothing else names, or a small one told of far more than its country, in the story's country", () => {
    const country = (text: string, name: string) => read(text).locations.find((p) => p.name === name)?.countryCode;
    const mozambique = 'Insurgents attack coastal town\nInsurgents attacked Palma and Quiterajo on Tuesday, residents said. Mozambique\'s defence ministry said troops in Cabo Delgado had pushed them back towards Mueda, and that Mozambique would send more troops.';
    expect(country(mozambique, 'Palma')).toBe('MZ');
    expect(country(mozambique, 'Quiterajo')).toBe('MZ');
    // In a story about its own country, or named beside it, the town stays where the gazetteer has it.
    expect(country('Storm floods old town\nHeavy rain flooded streets in Palma on Tuesday, officials in the Balearic Islands said. Spain sent rescue teams.', 'Palma')).toBe('ES');
    // A small town the text tells of again and again, in a country it names once in passing, is the story's own;
    // named once beside its country, it stays there.
    const own = extendGazetteer([{ name: 'Korvani', kind: 'city', countryCode: 'FR', lat: 45, lon: 2, population: 900 }]);
    const mali = 'Jihadists seize Korvani\nJihadists seized Korvani in central Mali on Sunday. Residents of Korvani fled towards Niono and Ségou. Mali\'s army left Korvani after France withdrew its troops from Mali in 2022, and Korvani has been cut off since.';
    expect(read(mali, '2025-06-12', { gazetteer: own }).locations.find((p) => p.name === 'Korvani')?.countryCode).toBe('ML');
    const passing = 'Jihadists attack convoy\nJihadists attacked an army convoy near Niono in central Mali on Sunday. The convoy was bringing supplies landed at Korvani, France, for Mali\'s army in Ségou.';
    expect(read(passing, '2025-06-12', { gazetteer: own }).locations.find((p) => p.name === 'Korvani')?.countryCode).toBe('FR');
    // Capitals and world cities are named for themselves in a story set elsewhere.
    expect(country('Talks open\nSudan\'s army and the RSF sent envoys to Nairobi on Tuesday. Sudan\'s war has killed thousands in Darfur and Khartoum, Sudan\'s health ministry said.', 'Nairobi')).toBe('KE');
  });
});

describe('who said it, second round', () => {

  it('gives "he said" to the subject of the sentence before, not the last person it names', () => {
    expect(speakers('Amina Yusuf, whose husband was taken in March, appealed to President Bola Tinubu. "Every day counts for us," she said.')).toEqual(['Amina Yusuf']);
    expect(speakers('Union secretary Peter Okello said the workers had written to Governor James Orengo twice. "Nobody has answered us at all," he said.')).toEqual(['Peter Okello']);
    expect(speakers('Maria Lopes, of the Office against Organised Crime, said the case was strong. "We have the recordings and the witnesses," she said.')).toEqual(['Maria Lopes']);
  });

  it('keeps "he said" unnamed after an unnamed subject, or gives it to the body the subject speaks for', () => {
    expect(speakers('Police named the dead man as Ali Hassan. A resident who saw the attack said the gunmen fled. "They came at night and shot everyone," he said.')).toEqual([null]);
    const text = 'The Sudan Doctors Network counted the dead. A senior official of the Sudan Doctors Network said more bodies were found. "We are still counting the dead here," he said.';
    expect(speakers(text)).toEqual(['Sudan Doctors Network']);
  });

  it('gives "the network said" or "the force said" to the organisation whose name ends in that noun', () => {
    expect(speakers('The Sudan Doctors Network counted 40 dead.\n\n"The militia went from house to house," the network said in a statement.')).toEqual(['Sudan Doctors Network']);
    expect(speakers('The Syrian Democratic Forces blamed Turkey. The driver, Ali Omar, was 24, the force said in a statement.\n\n"This cowardly attack will not go unanswered," the statement said.')).toEqual(['Syrian Democratic Forces']);
  });

  it('reads a speaker after "said" past a title\'s abbreviation, and the name after "said a neighbour,"', () => {
    expect(speakers('"We will continue to work with our partners," said Maj. Gen. Brian Kessler, the director of operations.')).toEqual(['Brian Kessler']);
    expect(speakers('"We heard the whistle and then the house shook," said a neighbour, Karim Haddad.')).toEqual(['Karim Haddad']);
  });

  it('gives a quote to the body whose statement is "condemning" or "calling on" in the same sentence', () => {
    const text = 'The UN Support Mission in Libya (UNSMIL) issued a statement condemning "the indiscriminate shelling of a civilian airport" and calling on all parties to "refrain from any action that could drag the capital back".';
    expect(speakers(text)).toEqual(['UN Support Mission in Libya', 'UN Support Mission in Libya']);
  });
});

describe('who said it, a description with its name', () => {
  it('gives "he said" to the name set beside a description in the sentence before', () => {
    expect(speakers('Police named the dead man as Ali Hassan. A resident, Musa Bello, said the gunmen came at night. "They took everyone they found," he said.')).toEqual(['Musa Bello']);
  });
});

describe('titles before a name, second round', () => {
  it('splits a title qualified by a place the gazetteer lacks, or by a county or district', () => {
    expect(persons('Pétion-Ville Mayor Marie-Claude Désir said the police came too late.')).toEqual(['Marie-Claude Désir']);
    expect(persons('Lamu County Commissioner Stephen Kiprono Rotich said the militants fled into the forest.')).toEqual(['Stephen Kiprono Rotich']);
    expect(persons('Kharkiv Mayor Ihor Terekhov said the city was hit twice.')).toEqual(['Ihor Terekhov']);
  });

  it('splits honorifics and police ranks written as abbreviations', () => {
    expect(persons('A resident, Malam Sani Abdullahi, said the gunmen fled at dawn.')).toEqual(['Sani Abdullahi']);
    expect(persons('The police spokesman, DSP Aminu Garba Tudu, said 27 people were taken.')).toEqual(['Aminu Garba Tudu']);
    expect(persons('Pol Col Anucha Srisawat said two men threw the grenade.')).toEqual(['Anucha Srisawat']);
  });
});

describe('places that are not people, and organisations by their last word, second round', () => {
  const placeNames = (text: string) => read(text).locations.map((p) => p.name);

  it('reads a name before a lower-case "area", "district", "valley" or "mountains" as a place, never a person', () => {
    for (const [text, name] of [
      ['Soldiers were killed in an exchange of fire in the Kandar Khel area of Pakistan late on Tuesday.', 'Kandar Khel'],
      ['Rockets struck the Souq al-Nasr district of Tripoli, Libya, on Sunday.', 'Souq al-Nasr'],
      ['The convoy drove along the edge of the Wadi al-Hamar valley in Iraq.', 'Wadi al-Hamar'],
      ['Jets struck a camp in the Cal Dheer mountains of Somalia on Friday.', 'Cal Dheer'],
    ]) {
      expect(persons(text!)).toEqual([]);
      expect(placeNames(text!)).toContain(name);
    }
  });

  it('reads a name ending in "Museum", "Hall" or "Theatre" as a site', () => {
    expect(persons('Protesters gathered outside the Haifa Science Museum in Israel.')).toEqual([]);
    expect(placeNames('The attack on the Crocus City Hall outside Moscow, Russia, killed 145 people.')).toContain('Crocus City Hall');
  });

  it('reads "Fighters", "Conference", "Airways", "Ltd" and "Service" ending a name as an organisation', () => {
    expect(kindOf('Members of the Bangsamoro Islamic Freedom Fighters attacked the village.', 'Bangsamoro Islamic Freedom Fighters')).toBe('armed-group');
    expect(kindOf('The Episcopal Conference called for calm.', 'Episcopal Conference')).not.toBe('person');
    expect(kindOf('Afriqiyah Airways moved its flights to Misrata.', 'Afriqiyah Airways')).toBe('other-organization');
    expect(kindOf('Workers of Sunrise Knit Composite Ltd blocked the road.', 'Sunrise Knit Composite Ltd')).toBe('other-organization');
    expect(kindOf('The Federal Security Service said it detained four men.', 'Federal Security Service')).toBe('government');
  });
});

describe('the incident date, second round', () => {
  it('takes the day of the week before publication over a violent event dated weeks or years earlier', () => {
    const text =
      'Gunmen stormed the village of Kadu at about 10pm on Friday night and seized 30 people, residents said.\n\nOn February 20, gunmen abducted 13 farmers in a nearby village and killed two of them.';
    expect(read(text, '2025-03-09').incident.date).toBe('2025-03-07');
    const lynching =
      'The men were stopped at a checkpoint in the Laboule area on Thursday afternoon.\n\nThe lynchings began in April 2023, when residents beat suspected gang members to death.';
    expect(read(lynching, '2025-08-08').incident.date).toBe('2025-08-07');
  });

  it('does not take the day a group claimed an attack for the day of the attack', () => {
    const text = 'KABUL, May 21, 2025 (AFP) - The Islamic State group claimed responsibility on Wednesday for a suicide bombing that killed six people in Kabul the previous day.';
    expect(read(text, '2025-05-21').incident.date).toBe('2025-05-20');
  });
});

describe('sub-event types, second round', () => {
  const subType = (text: string) => read(text, '2025-12-01').incident.subType;

  it('reads "the fall of <Place>" in the headline as the place taken', () => {
    expect(subType('Analysis: Fall of Kora shows the rebels gaining ground\n\nThe attack on the army camp in Kora began at dawn on Sunday. After four hours of fighting, the army left the town.')).toBe('non-state-actor-overtakes-territory');
  });

  it('reads an army\'s "recapture" or "regained full control" as the government regaining territory', () => {
    expect(subType("Army's recapture of Dalo shows the tide shifting\n\nThe military said on Saturday that its troops had regained full control of Dalo after two weeks of fighting and clashes with rebels.")).toBe('government-regains-territory');
  });

  it('reads militants who kill villagers and burn houses as an attack, not a riot', () => {
    expect(subType('Five killed as militants raid Kora village\n\nFive people were killed and houses set on fire when militants attacked Kora village on Monday night. The attackers torched a dozen homes.')).toBe('attack');
    expect(subType('Fighters killed at least 41 civilians when they stormed a village on Thursday, then looted the livestock and the market.')).toBe('attack');
  });

  it('reads an agreement the headline and the lead announce as the event, not the fighting it ends', () => {
    expect(subType('Factions agree ceasefire after deadly clashes in the camp\n\nRival factions agreed on Saturday to a ceasefire after three days of fighting that killed six people and clashes in the streets.')).toBe('agreement');
  });

  it('keeps a march that went peacefully a peaceful protest', () => {
    expect(subType('Thousands of people marched peacefully through the capital on Friday evening. Protesters sang and held a minute of silence for demonstrators detained over the past year.')).toBe('peaceful-protest');
  });
});

describe('the country of a town, second round', () => {
  const countryOf = (text: string, name: string) => read(text).locations.find((p) => p.name === name)?.countryCode;

  it('places a town the gazetteer lacks in the country named after it ("in southeastern Iran")', () => {
    expect(countryOf('DUBAI, May 16 (Reuters) - A bomber struck a police post in the city of Qarvan in southeastern Iran on Friday.', 'Qarvan')).toBe('IR');
    expect(countryOf('Gunmen attacked the village of Dakoro in northern Nigeria on Sunday.', 'Dakoro')).toBe('NG');
  });

  it('places a town after its province ("Sinaloa\'s Eldorado"), or in the country its placed provinces point to, over a namesake in a country named once', () => {
    expect(countryOf("Nine killed as soldiers and gunmen clash in Sinaloa's Eldorado\n\nTroops clashed with gunmen near Eldorado on Tuesday. The United States embassy urged calm.", 'Eldorado')).toBe('MX');
  });
});

describe('organisations with "and", "of" and "in", second round', () => {
  it('keeps a mission, an office or a region named with its place whole', () => {
    expect(actorNames('The UN Verification Mission in Colombia welcomed the deal.')).toEqual(['UN Verification Mission in Colombia']);
    expect(actorNames('The EU Delegation Office in Georgia issued a statement.')).toEqual(['EU Delegation Office in Georgia']);
  });

  it('reads a body\'s name, "of" and a known place as one name, but not a person "of" a town', () => {
    expect(actorNames('The Parliament of Georgia voted on Friday.')).toEqual(['Parliament of Georgia']);
    expect(actorNames('The Episcopal Conference of Colombia called for calm.')).toEqual(['Episcopal Conference of Colombia']);
    expect(persons('Police said Abu Sayed of Patiya was shot in the chest.')).toEqual(['Abu Sayed']);
  });

  it('splits two bodies joined by "and" when each has its own organisation word', () => {
    expect(actorNames('Soldiers of the 9th Military Zone and National Guard officers were patrolling the road.')).toEqual(['9th Military Zone', 'National Guard']);
    expect(actorNames('The State Security and Peace Commission met on Monday.')).toEqual(['State Security and Peace Commission']);
    expect(actorNames('The Hostages and Missing Families Forum called for a deal.')).toEqual(['Hostages and Missing Families Forum']);
  });
});

describe("a country's body, second round", () => {
  it("reads a country's possessive before a ministry's capitalised name as part of that name", () => {
    expect(actorNames("Russia's Defence Ministry said its forces struck the city.")).toEqual(["Russia's Defence Ministry"]);
    expect(actorNames("Kenya's Interior Ministry said the attackers fled.")).toEqual(["Kenya's Interior Ministry"]);
    // A group's possessive is not a country's.
    expect(actorNames("Hamas's Qassam Brigades said it fired rockets.")).not.toContain("Hamas's Qassam Brigades");
  });
});

describe('page labels and datelines with a colon, second round', () => {
  it('drops the labels of a page ("LIVE:", "PRESS RELEASE") and reads "PESHAWAR:" as a dateline', () => {
    expect(actorNames('LIVE: Rockets hit the airport, flights suspended\n\nRockets struck the airport in Tripoli, Libya, on Sunday.')).toEqual([]);
    expect(actorNames('PRESS RELEASE\n\nThe army said two soldiers died near Tillaberi in Niger.')).not.toContain('PRESS RELEASE');
    expect(actorNames('Press Release\n\nThe command said two soldiers died near Tillaberi in Niger.')).not.toContain('Press Release');
    const draft = read('PESHAWAR: Eight militants were killed in an exchange of fire in North Waziristan, Pakistan, late on Tuesday.');
    expect(draft.actors.map((a) => a.name)).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toContain('PESHAWAR');
  });
});

describe('statements and one-name witnesses, second round', () => {

  it('gives "the statement said" to the body named after "a statement from"', () => {
    const text = 'According to a statement from the federal Security Cabinet, soldiers were attacked at dawn.\n\n"Personnel repelled the aggression for two hours," the statement said.';
    expect(speakers(text)).toEqual(['Security Cabinet']);
  });

  it('reads a name after "gave his name only as" or "identified only as" as a person, who then speaks', () => {
    expect(persons('A shopkeeper who gave his name only as Rahmatullah said he was thrown to the ground.')).toEqual(['Rahmatullah']);
    expect(persons('A witness identified only as Musa said the gunmen came at night.')).toEqual(['Musa']);
    expect(speakers('A shopkeeper who gave his name only as Rahmatullah said he fell. "I saw people lying everywhere," he said.')).toEqual(['Rahmatullah']);
  });
});

describe('gangs named after the noun, and districts with particles, second round', () => {
  const kinds = (text: string) => read(text).actors.map((a) => [a.name, a.kind]);

  it('reads a name after "the gang", "the cartel" or "the criminal organisation", quoted or not, as an armed group', () => {
    expect(kinds('Police arrested members of the transnational gang Tren de Aragua in Lima, Peru.')).toEqual([['Tren de Aragua', 'armed-group']]);
    expect(kinds('They are accused of belonging to the criminal organisation "Los Malditos de Zárate" in Lima, Peru.')).toEqual([['Los Malditos de Zárate', 'armed-group']]);
    expect(kinds('Tren de Aragua grew in prisons. Police say the gang Tren de Aragua now runs extortion in Lima, Peru.')).toEqual([['Tren de Aragua', 'armed-group']]);
  });

  it('reads a district whose name has particles after "the district of" as a place', () => {
    expect(persons('Police searched 31 homes in the district of San Juan de Lurigancho in Lima, Peru.')).toEqual([]);
    expect(read('Police searched 31 homes in the district of San Juan de Lurigancho in Lima, Peru.').locations.map((p) => p.name)).toContain('San Juan de Lurigancho');
  });
});

describe('fatalities, second round', () => {
  it('adds up the counts of one toll ("eight gunmen and one soldier were killed"), and does not take a part of it said again', () => {
    const toll = (text: string) => read(text, '2025-10-22').incident.fatalities;
    expect(toll('Eight suspected gunmen and one soldier were killed in a firefight near the town on Tuesday. The army said one soldier was killed.')).toBe(9);
    expect(toll('Eight militants and two soldiers were killed in an exchange of fire late on Tuesday.')).toBe(10);
    expect(toll('Two soldiers were killed in an ambush on Tuesday.')).toBe(2);
  });
});

describe('adjectives before a noun, second round', () => {
  it('does not read "Islamist" in "an Islamist organization" or "Islamist groups" as a name', () => {
    expect(actorNames('Police detained four men suspected of belonging to a banned Islamist organization.')).toEqual([]);
    expect(actorNames('The truce was agreed with two small Islamist groups in the camp.')).toEqual([]);
    expect(actorNames('Police said Jihadist cells were active in the region.')).toEqual([]);
  });
});

describe('places in lists and where people are from, second round', () => {
  const placeNames = (text: string) => read(text).locations.map((p) => p.name);

  it('reads a name listed beside a known town as a town, never a person', () => {
    const text = "Protests also took place in Haifa, Be'er Sheva and Kfar Saba on Saturday night.";
    expect(persons(text)).toEqual([]);
    expect(placeNames(text)).toEqual(expect.arrayContaining(["Be'er Sheva"]));
    expect(persons('The group now blockades the towns of the west, including Kayes and Nioro du Sahel.')).toEqual([]);
  });

  it('reads where a person is from after their age ("23, of Lakki Marwat") as a place', () => {
    expect(persons('The dead soldiers were Sepoy Zahid Hussain, 23, of Lakki Marwat, and a driver, the army said.')).toEqual(['Zahid Hussain']);
  });

  it('keeps a person named in apposition after a place as a person', () => {
    expect(persons("UNRWA's director in Lebanon, Ingrid Solberg, said schools must stay closed.")).toEqual(['Ingrid Solberg']);
  });
});

describe('short quotes that report words, second round', () => {
  const quotes = (text: string) => read(text).quotes.map((q) => [q.speaker, q.text]);

  it('keeps two or three quoted words that a named speaker is reported to have said in the same sentence', () => {
    expect(quotes('The governor, Amina Bello, described the abduction as "wicked and barbaric" on Sunday.')).toEqual([['Amina Bello', 'wicked and barbaric']]);
    expect(quotes('The United Nations Children\'s Fund said in a statement that it was "deeply alarmed" by the reports.')).toEqual([["United Nations Children's Fund", 'deeply alarmed']]);
    expect(quotes('Police chief Ahmed Musa spoke to reporters. He said the attacker had been "identified and stopped" at the gate.')).toEqual([['Ahmed Musa', 'identified and stopped']]);
  });

  it('drops short quotes that name something, or whose speaker is not in the sentence', () => {
    expect(quotes('The group said its "soldiers of Kora" had killed the men.')).toEqual([]);
    expect(quotes('The army said it had struck militants and "terror sites" in the north.')).toEqual([]);
    expect(quotes('Ahmed Musa spoke on Monday.\n\nResidents called the camp "the big prison" for years.')).toEqual([]);
  });
});

describe('"against" inside a body\'s name, second round', () => {
  it('keeps "Office against Organised Crime" whole, and leaves "protest against Israel" alone', () => {
    expect(actorNames("A lawyer at the Specialised Prosecutor's Office against Organised Crime said the case was strong.")).toEqual([
      "Specialised Prosecutor's Office against Organised Crime",
    ]);
    expect(persons('The Directorate against Drug Trafficking seized two tonnes.')).toEqual([]);
    expect(read('The protest against Israel drew thousands in Amman, Jordan.').actors).toEqual([]);
  });
});

describe('the incident place, second round', () => {
  const place = (text: string) => read(text, '2025-10-15').incident.location;

  it('does not take a town the incident is placed from ("south-west of Kirkuk", "between A and B") for its place', () => {
    expect(place('KIRKUK, Iraq, Oct 14 (Reuters) - A roadside bomb struck an army patrol south-west of Kirkuk late on Monday, killing three soldiers.\n\nThe bomb exploded as the patrol drove near the village of Albu Khalaf, the officials said.')).toBe('Albu Khalaf');
  });

  it('takes "Salama village in Lamu West" for the village, not the district holding it, nor a town people fled to', () => {
    expect(place('Five people were killed when militants attacked Salama village in Lamu West, Kenya, on Monday night, sending residents fleeing to Witu town.')).toBe('Salama');
  });
});

describe('names shaped like places, third round', () => {
  const placeNames = (text: string) => read(text).locations.map((p) => p.name);

  it('reads a street, square or reservoir named after someone as a place, title and all', () => {
    const text = 'Riot police in Amman cleared protesters from Prince Hamza Street and the Third Circle, while farmers near the Mosul Dam and the Lake Tharthar shore counted losses.';
    expect(placeNames(text)).toEqual(expect.arrayContaining(['Prince Hamza Street', 'Third Circle']));
    expect(persons(text)).toEqual([]);
  });

  it('reads a name opened by a place word ("Lake", "Wadi", "Puerto", "Unguwan") as a place', () => {
    const text = 'Fighting in Yemen spread from Wadi Hadramawt towards Ras Isa, and fishermen on Lake Turkana in Kenya fled.';
    expect(persons(text)).toEqual([]);
    expect(placeNames(text)).toEqual(expect.arrayContaining(['Wadi Hadramawt', 'Ras Isa']));
    const nigeria = 'Bandits kill four in Nigeria\n\nBandits stormed Unguwan Rimi in Kauru LGA of Kaduna State on Friday, residents said.';
    expect(persons(nigeria)).toEqual([]);
    expect(placeNames(nigeria)).toEqual(expect.arrayContaining(['Unguwan Rimi', 'Kauru LGA']));
  });

  it('does not make a group of a place because its division word is "State"; "Islamic State" stays a group', () => {
    const text = 'Gunmen from the Islamic State killed four farmers in Sokoto State, and the Supreme State Security Court opened a case in Nigeria.';
    expect(kindOf(text, 'Islamic State')).toBe('armed-group');
    expect(kindOf(text, 'Supreme State Security Court')).toBe('government');
    expect(actorNames(text)).not.toContain('Sokoto State');
  });

  it('reads "Rifles", "Daily" and company forms as organisations, and an occupation as a title', () => {
    expect(kindOf('The Assam Rifles said two men were held in India.', 'Assam Rifles')).toBe('state-force');
    expect(kindOf('The Daily Star reported the clash in Bangladesh.', 'Daily Star')).toBe('media');
    expect(kindOf('Workers of PT Freeport Indonesia were evacuated.', 'PT Freeport Indonesia')).toBe('other-organization');
    const lawyer = read('Lawyer Amal Saeed said her client was beaten in Egypt.').actors.find((a) => a.kind === 'person');
    expect(lawyer?.name).toBe('Amal Saeed');
  });
});

describe('quotes read from a statement, third round', () => {
  it('gives a quote to the body that issued the statement named at the head of the sentence', () => {
    const text =
      'Police in Cairo arrest five\n\nPolice in Cairo arrested five men, the Interior Ministry said.\n' +
      // A body named in the opening phrase ("read on Nile TV") is not who spoke.
      'In a statement read on Nile TV, the ministry said the men had planned "to attack public buildings and police officers in the capital" next week.';
    const quote = read(text).quotes.find((q) => q.text.startsWith('to attack'));
    expect(quote?.speaker).toBe('Interior Ministry');
  });

  it('keeps the voice of the quote before for "It added" and "He said" opening the next sentence', () => {
    const text =
      'Head\n\nColonel Ana Ruiz spoke in Mexico on Monday. "The soldiers returned fire after they were ambushed on the road," Ruiz said after meeting Governor Luis Soto. She added that the attackers "fled into the hills" after the clash.';
    // Not the governor, the last person named before "She added".
    const quote = read(text).quotes.find((q) => q.text === 'fled into the hills');
    expect(quote?.speaker).toBe('Ana Ruiz');
  });
});

describe('datelines of the local press and of two cities, third round', () => {
  it('counts weekdays from a title-case dateline closed by a colon, and does not take its date', () => {
    // July 18, 2025 was a Friday; the story went online a day later.
    const text = 'Three policemen hurt in grenade attack\n\nSrinagar, July 18: Three policemen were injured when militants hurled a grenade at a police post in Srinagar late Wednesday, officials said.';
    expect(read(text, '2025-07-19').incident.date).toBe('2025-07-16');
  });

  it('reads "CITY/CITY, Nov 15 (Reuters) -" as a dateline: no organisations, weekdays from its day', () => {
    const text = 'Two states sign a border treaty\n\nTBILISI/YEREVAN, Nov 15 (Reuters) - Georgia and Armenia signed a treaty on Thursday settling a stretch of their border, both governments said.';
    const draft = read(text, '2025-11-16');
    expect(draft.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['TBILISI', 'YEREVAN']));
    expect(draft.incident.date).toBe('2025-11-13');
    expect(draft.incident.subType).toBe('agreement');
  });
});

describe("the story's country from the names that carry it, third round", () => {
  it('counts a demonym or a country inside a longer name ("Mozambican troops", "Mozambique Defence Armed Forces")', () => {
    const text =
      'Troops retake coastal town\n\nThe Mozambique Defence Armed Forces said on Tuesday that they had retaken the coast from insurgents.\nThe village of Mucojo was quiet on Wednesday, residents said.';
    expect(read(text).locations.map((p) => [p.name, p.countryCode])).toContainEqual(['Mucojo', 'MZ']);
  });
});

describe('bodies, titles and voices, fourth round', () => {
  it('keeps a ministry\'s portfolio after "of" in its name', () => {
    expect(actorNames('Head\n\nThe Ministry of Defence in Kenya said two soldiers died.')).toContain('Ministry of Defence');
    expect(actorNames("Head\n\nUganda's Ministry of Interior said the border was closed.")).toContain("Uganda's Ministry of Interior");
  });

  it('reads a title standing alone before the name in commas as no person, and gives the quote to the name', () => {
    const text = 'Head\n\nThe Regional Police Commander for Kasese, Joseph Okello, confirmed the attack in Uganda. "We will find them," he told reporters.';
    const draft = read(text);
    expect(persons(text)).toEqual(['Joseph Okello']);
    expect(draft.quotes[0]?.speaker).toBe('Joseph Okello');
  });

  it('finds the subject of a sentence that quotes a phrase before "he wrote"', () => {
    const text = 'Head\n\nDefence Minister Ana Ruiz wrote on X that the raid was part of the "war on gangs" ordered by President Luis Pérez in Ecuador. "No gang will rule our streets," she wrote.';
    expect(read(text).quotes[0]?.speaker).toBe('Ana Ruiz');
  });

  it('gives "the U.N. agency said" to the body named before, and "The statement reads:" to who issued it', () => {
    const agency = 'Head\n\nThe World Food Programme said aid stopped in Sudan.\n\n"Families are eating leaves," the U.N. agency said in a statement.';
    expect(read(agency).quotes[0]?.speaker).toBe('World Food Programme');
    const statement = 'Head\n\nThe Nigerian Army said in a statement on Monday that troops had freed 12 hostages. The statement reads:\n\n"Troops of Operation Hadin Kai rescued twelve kidnapped persons in a clearance operation."';
    expect(read(statement).quotes[0]?.speaker).toBe('Nigerian Army');
  });

  it('does not take stun grenades or tear gas shells fired at a march for a grenade attack or shelling', () => {
    const text = 'Police fire tear gas shells and stun grenades at students marching in Dhaka\n\nPolice fired tear gas shells and sound grenades to disperse students marching towards the secretariat in Dhaka on Monday.';
    expect(read(text).incident.subType).toBe('protest-with-intervention');
  });

  it('does not take the day a government confirmed a toll for the day of the attack', () => {
    const text = 'Head\n\nThe government on Sunday evening confirmed the death of 20 civilians in the attack carried out on Friday against the market of Tera in Niger.';
    expect(read(text, '2026-06-15').incident.date).toBe('2026-06-12');
  });
});

describe('nicknames and outlets, fourth round', () => {
  it('reads a nickname in quotation marks between first name and surname as one person', () => {
    const draft = read('Head\n\nMilitia chief Ali "the Hawk" Mansour said in Libya that his men held the port. Mansour added that talks had failed.');
    const person = draft.actors.find((a) => a.kind === 'person');
    expect(person?.name).toBe('Ali Mansour');
    expect(person?.aliases).toEqual(expect.arrayContaining(['the Hawk']));
    expect(draft.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('reads an outlet by what it does: "told Al Jazeera", "El Comercio reported"', () => {
    expect(kindOf('Head\n\nA shopkeeper, Karim Haidari, told Al Arabiya the blast was huge in Afghanistan.', 'Al Arabiya')).toBe('media');
    expect(kindOf('Head\n\nEl Comercio reported that five people died in Peru.', 'El Comercio')).toBe('media');
  });
});

describe('"the general staff" is no general, fourth round', () => {
  it('gives a statement of "the general staff of the army" to the army, not to a general named before', () => {
    const text =
      'Head\n\nGeneral Amadou Diallo, who leads the junta in Mali, visited troops on Monday.\n\n"Three soldiers were killed when their vehicle hit a mine," the general staff of the Malian Armed Forces said in a statement.';
    expect(read(text).quotes[0]?.speaker).toBe('Malian Armed Forces');
  });
});

describe('police sent to disperse a march, fourth round', () => {
  it('reads "used water cannon to disperse students who were marching" as a protest met with force', () => {
    const text = 'Students march on ministry\n\nPolice used water cannon on Monday to disperse students of a Lahore college who were marching on the education ministry in Pakistan to demand a new campus.';
    expect(read(text).incident.subType).toBe('protest-with-intervention');
  });
});

describe('datelines in the press\'s other orders, fifth round', () => {
  it('neither takes the date of "Place, 11 February 2026 –", "PLACE (27 March) —" or "March 3, 2026 (PLACE) –" nor counts weekdays from publication', () => {
    // 11 February 2026 was a Wednesday; the story went online a day later.
    const dayFirst = 'Militia kills villagers\n\nGoma, 11 February 2026 – Militiamen killed nine villagers in Masisi territory on Monday night, the army said.';
    expect(read(dayFirst, '2026-02-12').incident.date).toBe('2026-02-09');
    // 27 March 2026 was a Friday.
    const bracketed = 'Soldier killed in clash\n\nCOTABATO CITY (27 March) — A soldier was killed in a firefight with militants in Maguindanao on Wednesday, the military said.';
    expect(read(bracketed, '2026-03-28').incident.date).toBe('2026-03-25');
    const dateFirst = 'Shelling kills five\n\nMarch 3, 2026 (KADUGLI) – Artillery shells killed five civilians at a market in Kadugli on Sunday, a medical group said.';
    expect(read(dateFirst, '2026-03-03').incident.date).toBe('2026-03-01');
  });

  it('does not take the day of a statement for the incident\'s, whatever verb came before', () => {
    const text =
      'Air strike kills villagers\n\nA military jet bombed a village in Magway region on Saturday, residents said. The shadow government put the toll at 11 dead and 20 wounded in a statement on Monday, saying the jets struck the village market and killed children.';
    expect(read(text, '2026-01-06').incident.date).toBe('2026-01-03');
  });
});

describe('weapons and crowds, fifth round', () => {
  const subType = (text: string) => read(text).incident.subType;

  it('reads a motorcycle bomb or a vehicle loaded with explosives as a remote explosive', () => {
    expect(subType('Motorbike bomb kills two\n\nA motorbike loaded with explosives blew up outside a police post in Cauca on Monday, killing two officers and wounding five.')).toBe('remote-explosive-landmine-ied');
  });

  it('reads bombs dropped by a jet on a village as an air strike', () => {
    expect(subType('Village bombed\n\nA military jet dropped two bombs on a village in Magway on Sunday, killing nine people, residents said.')).toBe('air-drone-strike');
  });

  it('reads mobs of two communities clashing and burning houses as mob violence', () => {
    expect(subType('Two killed as mobs clash\n\nTwo people were killed and houses set ablaze when mobs from two communities clashed in a village in Assam on Saturday night, police said.')).toBe('mob-violence');
  });
});

describe('documents, compass regions and owned bodies, fifth round', () => {
  it('reads no actor in a law, a bill or a consensus named in capitals', () => {
    const text = 'Head\n\nThe suspects in Iraq were charged under the Anti-Terrorism Law, while protesters in Kenya opposed the Finance Bill and ASEAN cited its Five-Point Consensus.';
    expect(actorNames(text)).not.toEqual(expect.arrayContaining(['Anti-Terrorism Law']));
    expect(persons(text)).toEqual([]);
  });

  it('reads "Middle Shabelle", "Lower Juba" as regions, and "West African" as no place', () => {
    const draft = read('Head\n\nAl-Shabaab fighters attacked a base in Middle Shabelle and another in Lower Juba in Somalia, a West African analyst said.');
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Middle Shabelle', 'Lower Juba']));
    expect(draft.locations.map((p) => p.name)).not.toContain('West African');
    // With no "in" before it to say so.
    expect(persons('Head\n\nElders from Middle Shabelle met the governor in Somalia on Monday.')).toEqual([]);
  });

  it('knows "Iraq\'s National Security Service" by its bare name too', () => {
    const draft = read("Head\n\nIraq's National Security Service arrested five men in Kirkuk. The National Security Service said they planned attacks.");
    const body = draft.actors.find((a) => a.name === "Iraq's National Security Service");
    expect(body?.aliases).toEqual(expect.arrayContaining(['National Security Service']));
    expect(draft.actors.filter((a) => a.name === 'National Security Service')).toEqual([]);
  });
});

describe("the story's country from the longest name inside, sixth round", () => {
  it('reads "South Sudan People\'s Defence Forces" as naming South Sudan, not Sudan', () => {
    const text =
      "Raiders kill villagers\n\nThe South Sudan People's Defence Forces said raiders killed 12 people in the village of Ajak on Sunday. The South Sudan People's Defence Forces sent troops to the area.";
    expect(read(text).locations.map((p) => [p.name, p.countryCode])).toContainEqual(['Ajak', 'SS']);
  });
});

describe('bodies named by what they are, by their office, or two at once (2026-12-04)', () => {
  const kinds = (text: string) => read(text).actors.map((a) => [a.name, a.kind]);

  it('reads a name after "the news agency", "the company", "the monitoring group" as an outlet or an organisation', () => {
    expect(kinds('The figures were carried by the state news agency Tolo on Monday in Kabul, Afghanistan.')).toEqual([['Tolo', 'media']]);
    expect(kinds('The mining company Kivu Gold suspended work in Bukavu, Congo.')).toEqual([['Kivu Gold', 'other-organization']]);
    expect(kinds('According to the monitoring group Sahel Watch, attacks rose in Mali.')).toEqual([['Sahel Watch', 'other-organization']]);
  });

  it("reads a title's office as one body, and a post as no body", () => {
    expect(kinds("The Oaxaca state Prosecutor's Office opened an inquiry in Oaxaca, Mexico.")).toEqual([["Prosecutor's Office", 'government']]);
    expect(kinds('The District Magistrate ordered a curfew in Araria, India.')).toEqual([]);
  });

  it('reads "A and B" as two bodies when each holds an organisation word', () => {
    expect(kinds('The 4th Infantry Division and Joint Task Force Orion said troops killed three rebels in Mindanao, Philippines.').map(([name]) => name)).toEqual([
      '4th Infantry Division',
      'Joint Task Force Orion',
    ]);
  });
});

describe('speakers named after a description, by one part of their name, or under an honorific (2026-12-04)', () => {

  it('gives a quote to the name after "said his brother," and the like', () => {
    expect(speakers('Villagers buried the dead in Kaduna, Nigeria.\n"They came at night and burned everything we had," said his younger sister, Amina Bello.')).toEqual(['Amina Bello']);
  });

  it('gives a quote to a person named by one part of a full name met before', () => {
    const text =
      'Jean-Claude Ilunga Mwamba, a spokesman for the army in Bunia, Congo, spoke on Monday.\n"The attackers will be found and punished wherever they hide," Ilunga said.';
    expect(speakers(text)).toEqual(['Jean-Claude Ilunga Mwamba']);
  });

  it('reads "SP", "Hajiya" and "Pol" as titles, not as part of the name', () => {
    const names = read('Police spokesman SP Abdullahi Haruna said five suspects were held in Kano, Nigeria. Hajiya Zainab Sani, a trader, said shops were shut.').actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Abdullahi Haruna', 'Zainab Sani']));
  });
});

describe("a site the gazetteer lacks goes to the story's country as the whole text tells it (2026-12-04)", () => {
  it('moves a village met while another country led to the country the story turns out to be about', () => {
    const text = [
      'Rwandan troops retake village from insurgents',
      'Rwandan troops recaptured the village of Ntchinga on Tuesday, Rwanda said.',
      'Ntchinga lies in Cabo Delgado province, where insurgents have attacked villages since 2017. Officials in Maputo said the road to Pemba would reopen. Cabo Delgado police said schools in Montepuez and Pemba stayed shut.',
    ].join('\n\n');
    const village = read(text, '2025-03-14').locations.find((p) => p.name === 'Ntchinga');
    expect(village?.countryCode).toBe('MZ');
  });
});

describe('agreements to do something, and raids that kill (2026-12-04)', () => {
  const subType = (text: string) => read(text, '2025-03-14').incident.subType;

  it('reads a headline and a lead that say the parties agreed to do something as an agreement', () => {
    expect(subType('Armenia and Azerbaijan agree to withdraw troops from border after talks\nArmenia and Azerbaijan agreed on Thursday to withdraw troops and artillery from the border after clashes last year killed dozens, officials said.')).toBe('agreement');
    expect(subType('Elders broker truce in Tirah after clashes kill nine\nRival clans in Tirah agreed to a truce late on Sunday after three days of fighting left nine people dead, officials said.')).toBe('agreement');
  });

  it('reads raiders who kill villagers, with no one arrested, as an attack', () => {
    expect(subType('12 killed in cattle raid in Jonglei\nArmed raiders killed 12 villagers and took hundreds of cattle in a raid on Pakeer in Jonglei, South Sudan, on Tuesday, officials said.')).toBe('attack');
  });
});

describe('given names after a title, and streets, hills and barangays (2026-12-04)', () => {
  it('joins a title and a given name to the one person met in full', () => {
    const { actors } = read('Police Colonel Somchai Rattanakul said the bomb was hidden in a drain in Yala, Thailand. Col Somchai said two suspects were sought.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Somchai Rattanakul']);
  });

  it('reads "Avenue X", "Cerro X", "Barangay X" and "X Marsh" as places, not people', () => {
    const people = persons('Protesters marched down Avenue Habib Bourguiba in Tunis, Tunisia. Troops clashed with rebels in Barangay Tapian and near Liguasan Marsh in Mindanao, Philippines. Miners gathered at Cerro Rico in Potosi, Bolivia.');
    expect(people).toEqual([]);
  });
});

describe('speakers by title alone, by relation, after "asked" and an abbreviated rank (2026-12-04)', () => {

  it('gives "the deputy commissioner told reporters" to the person named with that title', () => {
    const text = 'Turbat Deputy Commissioner Anwar Ali Baloch said the road was closed near Turbat, Pakistan.\n"The area will stay cordoned off until the search is over," the deputy commissioner told reporters.';
    expect(speakers(text)).toEqual(['Anwar Ali Baloch']);
  });

  it('gives a quote said by "X\'s mother, Name" to the name', () => {
    expect(speakers('Three men were taken from their homes in Sanghar, Pakistan.\n"They took my son in the night and nobody will tell us where he is," said Ali\'s mother, Sakina Bibi.')).toEqual(['Sakina Bibi']);
  });

  it('gives "he asked" to the subject introduced as "X\'s brother, Name"', () => {
    const text =
      'Ramesh Oraon was beaten to death in Lohardaga, India. Oraon\'s elder brother, Mahesh Oraon, said Ramesh had sold vegetables there for years. "Why did nobody stop them?" he asked.';
    expect(speakers(text)).toEqual(['Mahesh Oraon']);
  });

  it('reads "Col. Surname said" and "Maj-Gen Name" as the person', () => {
    const text = 'Colonel Abdi Farah Warsan said troops were nearby in Afgoye, Somalia. "We did not take part in the strike on the ground," Col. Warsan said.';
    expect(speakers(text)).toEqual(['Abdi Farah Warsan']);
    expect(persons('Junta spokesman Maj-Gen Zaw Min Tun said the town was retaken in Shan, Myanmar.')).toEqual(['Zaw Min Tun']);
  });

  it('gives "the Office of the President said" to the office, not to the president it names', () => {
    const text = 'President Salva Kiir Mayardit signed the deal in Juba, South Sudan. In a statement on Thursday, the Office of the President said: "All hostilities shall cease with immediate effect across the country."';
    expect(speakers(text)).toEqual(['Office of the President']);
  });
});

describe('camps attacked, men not seen since, and killers without a weapon the cues know (2026-12-04)', () => {
  const subType = (text: string) => read(text, '2025-03-14').incident.subType;

  it('reads armed men who kill, or an attack on a displacement camp, as an attack', () => {
    expect(subType('Militia kills 20 in Congo village\nMilitiamen killed at least 20 people in the village of Largu in Ituri, Congo, on Sunday, local officials said.')).toBe('attack');
    expect(subType('Gunmen attack displacement camp in Borno\nThe attack on a camp for displaced people in Borno, Nigeria, left many shelters burned, officials said.')).toBe('attack');
  });

  it('reads men taken away and not seen since as a disappearance', () => {
    expect(subType('Families seek three men taken in night raid\nThree men taken away by security personnel during a night raid on their homes near Larkana, Pakistan, have not been seen since, their families said. A rights group called it an enforced disappearance.')).toBe('abduction-forced-disappearance');
  });
});

describe('a police station officer-in-charge (2026-12-04)', () => {
  it('reads "<Name> Police Station OC <Person>" as the person with that title', () => {
    expect(persons('Hathazari Police Station OC Abu Kawsar Mahmud said the driver had fled in Chattogram, Bangladesh.')).toEqual(['Abu Kawsar Mahmud']);
  });
});

describe('the force the text named, and the groups every wire names (2026-12-04)', () => {
  it('joins "the police" to the one police force the text named, not to a unit', () => {
    const { actors } = read('The Kenya Police Service said five men were held in Lamu, Kenya. The police said the men were armed. The 9th Military Zone sent troops.');
    const police = actors.find((a) => a.name === 'Kenya Police Service');
    expect(police?.aliases).toContain('police');
    expect(actors.filter((a) => a.kind === 'state-force').map((a) => a.name)).toEqual(['Kenya Police Service', '9th Military Zone']);
  });

  it('reads al-Qaeda and al-Shabaab however the wire spells them, as one armed group each', () => {
    const text = 'Fighters from al Shabaab attacked a base near Afgoye, Somalia. The al-Qaida affiliate, also written al-Shabab, said it killed 12. Shabaab fighters withdrew; al Qaeda praised them.';
    const groups = read(text).actors.filter((a) => a.kind === 'armed-group');
    expect(groups.map((a) => a.name).sort()).toEqual(['al-Qaeda', 'al-Shabaab']);
    expect(read(text).locations.map((p) => p.name)).not.toContain('al-Shabab');
  });

  it('leaves a longer name that a known one opens to the rules ("Islamic State West Africa Province", "in the Greater Sahara")', () => {
    const names = actorNames('Islamic State West Africa Province fighters attacked Marte, Nigeria. Islamic State in the Greater Sahara claimed a raid in Menaka, Mali.');
    expect(names).not.toContain('Islamic State');
  });
});

describe("the incident's place in the story's country (2026-12-04)", () => {
  it('passes over a namesake in a country the story never names', () => {
    const text = [
      'Students block highway after classmate killed in Chattogram',
      'Students of Chittagong University blocked the Chattogram-Hathazari road near Fatehpur on Sunday after a bus killed a classmate, police in Hathazari said.',
      'The protest in Chattogram, Bangladesh, ended by evening.',
    ].join('\n');
    expect(read(text, '2025-02-17').incident.countryCode).toBe('BD');
  });
});

describe('an unnamed speaker described by where they live, and ombudsmen (2026-12-04)', () => {

  it('keeps "a relative of <Name>, reached by telephone, said ... he said" unnamed', () => {
    expect(speakers('Shelling hit Rafah, Gaza, on Monday and killed Ahmed Saleh.\nA relative of Ahmed Saleh, reached by telephone, said the family was in shock. "Nobody trusts the calm yet," he said.')).toEqual([null]);
  });

  it('reads "Ombudsman <Name>" as a title and a person', () => {
    expect(persons('"The fighting has confined 600 families," Ombudsman Iris Marín said in Tibú, Colombia.')).toEqual(['Iris Marín']);
  });
});

describe('a raid after which men were not seen again (2026-12-04)', () => {
  it('reads men picked up in a raid and not seen since, with no one said to be arrested, as a disappearance', () => {
    const text =
      'Families seek three men picked up in night raid near Larkana\nThree men were taken away during a night raid on their homes near Larkana, Pakistan, on Friday and have not been seen since, their families said. The raid took place before dawn.';
    expect(read(text, '2025-03-14').incident.subType).toBe('abduction-forced-disappearance');
  });
});

describe('honorifics, military abbreviations, surnames with a particle, and a title by its initials (2026-12-04)', () => {

  it('reads U, Daw and Father as titles, not parts of a name', () => {
    expect(persons('"The truck hit the mine at dawn," said U Tun Aung Kyaw in Kyauktaw, Myanmar. Daw Khin Mya and Father Julián Cortés spoke later.')).toEqual([
      'Tun Aung Kyaw',
      'Khin Mya',
      'Julián Cortés',
    ]);
  });

  it('gives "BGen. Dela Cruz said" to Brigadier General Marlon C. Dela Cruz', () => {
    const text = 'Brigadier General Marlon C. Dela Cruz commended the troops in Agusan del Sur, Philippines.\n"Pursuit operations are ongoing," BGen. Dela Cruz said.';
    expect(speakers(text)).toEqual(['Marlon C. Dela Cruz']);
  });

  it('gives "the DPO said" to the person introduced with that title', () => {
    const text = 'District Police Officer Imran Khan Wazir said the van was hit near Bannu, Pakistan.\n"The blast destroyed the front of the vehicle," the DPO said.';
    expect(speakers(text)).toEqual(['Imran Khan Wazir']);
  });
});

describe('encounters, weapons recovered, and groups dissolved (2026-12-04)', () => {
  const subType = (text: string) => read(text, '2025-03-14').incident.subType;

  it('reads an "encounter with" rebels as a clash, and weapons recovered afterwards as no weapon used', () => {
    const text =
      'Two rebels killed in Bukidnon encounter\nTwo rebels were killed in an encounter with troops in Bukidnon, Philippines, on Tuesday, the army said. Recovered at the site were two rifles and components of improvised explosive devices. A landmine cache was also seized.';
    expect(subType(text)).toBe('armed-clash');
  });

  it('reads a government dissolving armed groups as a change to their activity', () => {
    const text =
      "Niger's junta dissolves two militias, orders fighters to join army\nNiger's military government dissolved two armed groups that fought alongside the army in Tillaberi, Niger, on Wednesday, ordering their fighters to join the army within 60 days.";
    expect(subType(text)).toBe('change-to-group-activity');
  });
});

describe("a body's word alone is no town (2026-12-04)", () => {
  it('does not read "Union" in "the state and Union governments" as a town, nor let it take the story abroad', () => {
    const text =
      'Farmers end sit-in at Sangrur\nFarmers of the Kirti Kisan Union staged a sit-in here on Tuesday. They raised slogans against the state and Union governments. Villagers from Moonak and Dhuri joined them, and the protest ended in Sangrur by evening.';
    const { locations } = read(text, '2025-09-17');
    expect(locations.map((p) => p.name)).not.toContain('Union');
    expect(locations.every((p) => p.countryCode === 'IN')).toBe(true);
  });
});

describe('sites named after towns, hospitals, districts and peoples (ninth round, 2026-12-04)', () => {
  const placeNames = (text: string) => read(text, '2025-10-02').locations.map((p) => p.name);

  it('reads a town followed by a lower-case site word as that site, and keeps the town', () => {
    const text = 'Police fired on protesters at the Ilave bridge in Peru on Monday. Soldiers guarded the Kabul airport and the Mosul railway station.';
    expect(placeNames(text)).toEqual(expect.arrayContaining(['Ilave bridge', 'Ilave', 'Kabul airport', 'Mosul railway station']));
  });

  it('reads a road between two towns as a site, but not a road that only leads to one', () => {
    expect(placeNames('Protesters blocked the Kisumu-Kakamega highway in Kenya on Tuesday.')).toContain('Kisumu-Kakamega highway');
    expect(placeNames('The convoy was hit on the Nabatieh road in Lebanon on Tuesday.')).not.toContain('Nabatieh road');
  });

  it('gives a town written with "district" after it that form as an alias', () => {
    const kupwara = read('Two militants were killed in Kupwara district of Jammu and Kashmir, India, on Sunday.', '2025-10-02').locations.find((p) => p.name === 'Kupwara');
    expect(kupwara?.aliases).toContain('Kupwara district');
  });

  it('reads a named hospital as a place, placed by the town in its name', () => {
    const { actors, locations } = read('The wounded were taken to Nampula Central Hospital and to Services Hospital in Mozambique, officials said.', '2025-10-02');
    expect(actors.map((a) => a.name)).not.toContain('Nampula Central Hospital');
    expect(locations.find((p) => p.name === 'Nampula Central Hospital')?.countryCode).toBe('MZ');
  });

  it('reads a name ending in Chowk, Strait or Line as a place, never a person', () => {
    const text = 'Police dispersed workers at Liberty Chowk in Lahore, Pakistan. Ships avoided the Bab al-Mandab Strait. Shells fell near the Blue Line.';
    expect(persons(text)).toEqual([]);
    expect(placeNames(text)).toEqual(expect.arrayContaining(['Liberty Chowk', 'Bab al-Mandab Strait']));
    // The Blue Line is a place across borders (ninety-third round): in the draft, with no country.
    expect(extractBriefing(text, { publishedAt: '2025-06-12' }).places.find((p) => p.name === 'Blue Line')?.countryCode).toBeNull();
  });

  it('reads a people ("the Hazara community", "ethnic Lendu militias") as no body and no place', () => {
    const text = 'Gunmen attacked a mosque of the Hazara community in Herat, Afghanistan. In Ituri, ethnic Lendu militias attacked a camp.';
    expect(actorNames(text)).not.toContain('Hazara');
    expect(actorNames(text)).not.toContain('Lendu');
    expect(placeNames(text)).not.toContain('Hazara');
  });

  it('does not read a word opening "Rights groups say" as a body when the text writes it only inside longer names', () => {
    const text = 'Police shot three protesters in Kisumu, Kenya, on Friday. Rights groups say police used live rounds. The Kenya National Commission on Human Rights said it was investigating.';
    expect(actorNames(text)).not.toContain('Rights');
    expect(actorNames(text)).toContain('Kenya National Commission on Human Rights');
  });
});

describe('who a statement, a title or a described speaker is (ninth round, 2026-12-04)', () => {
  const speakersOf = (text: string) => read(text, '2025-10-02').quotes.map((q) => q.speaker);

  it('gives "the statement read" to whoever issued the statement', () => {
    const text =
      'Governor condemns killing\nThe governor, in a statement by his spokesman, Musa Bello, described the killing as barbaric.\n"There are courts and there are laws in this state," the statement read.';
    expect(speakersOf(text)).toEqual(['Musa Bello']);
  });

  it('does not take "a statement read on state television" for a speaker reading', () => {
    const text = 'Army retakes town\nIn a statement read on state broadcaster ORTM on Monday, the General Staff of the Armies said it had carried out "precision air strikes" near Gao.';
    expect(speakersOf(text)).not.toContain('ORTM');
  });

  it('gives a title written with capitals to the person who holds it', () => {
    const capitals = 'Farmers end sit-in\nDeputy Commissioner Sandeep Rishi met the farmers in Sangrur, India.\n"The concerns raised by the farmers are genuine," the Deputy Commissioner told The Tribune.';
    expect(speakersOf(capitals)).toEqual(['Sandeep Rishi']);
  });

  it('gives "he said" to a described speaker whose description names him', () => {
    const text =
      'Bus bombed in Diyala\nOne of the survivors, a 52-year-old man from Khanaqin named Jasim Karim, said the blast lifted the bus off the road in Iraq. "We were reciting and some of the children were asleep," he said.';
    expect(speakersOf(text)).toEqual(['Jasim Karim']);
  });
});

describe('titles before names, and speakers a description names (tenth round, 2026-12-04)', () => {
  const speakersOf = (text: string) => read(text, '2025-10-02').quotes.map((q) => q.speaker);

  it('takes the title off a name it opens after words the gazetteer lacks, or after "Minister of" and a portfolio', () => {
    const text =
      'Farmers meet minister\nThe farmers met Provincial Agriculture Minister Malik Naeem Awan in Lahore, Pakistan. Bomachoge Borabu MP Nelson Obwocha Mogaka visited the family. The deal for peace was signed by Minister of Peace Dawit Mengistu and by Ustadz Mohaymen Kalim.';
    expect(persons(text)).toEqual(expect.arrayContaining(['Malik Naeem Awan', 'Nelson Obwocha Mogaka', 'Dawit Mengistu', 'Mohaymen Kalim']));
    expect(persons(text)).toHaveLength(4);
  });

  it('reads "Camp Siongco" as a place, never a person', () => {
    const text = 'Faction disbands\nThe fighters handed over their arms at Camp Siongco in Maguindanao del Norte, Philippines, on Wednesday.';
    expect(persons(text)).toEqual([]);
    expect(read(text, '2025-10-02').locations.map((p) => p.name)).toContain('Camp Siongco');
  });

  it('keeps a body named "Office of the ... Commissioner" whole', () => {
    const text = 'Rights office condemns killings\nThe Office of the United Nations High Commissioner for Human Rights condemned the killings in Conakry, Guinea.';
    expect(persons(text)).toEqual([]);
  });

  it('reads "District Police Officer (DPO) Tariq Aziz Marwat" as one person with that title, and "the DPO said" as his words', () => {
    const text =
      'Bomber kills four\nDistrict Police Officer (DPO) Tariq Aziz Marwat told reporters the bomber was on foot in Dera Ismail Khan, Pakistan. "Our men stopped him for a body search and he blew himself up," the DPO said.';
    expect(actorNames(text)).toEqual(['Tariq Aziz Marwat']);
    expect(speakersOf(text)).toEqual(['Tariq Aziz Marwat']);
  });

  it('gives "she said" to the relative named after an opening phrase, not to the one whose relative she is', () => {
    const text =
      'Man dies in custody\nPolice arrested Kelvin Langat in Molo, Kenya, on Saturday. At the family home in Kiptororo, Langat\'s mother, Esther Chebet, struggled to hold back tears. "My son was healthy when they took him," she said.';
    expect(speakersOf(text)).toEqual(['Esther Chebet']);
  });

  it('gives a quote to the first name an unnamed description gives after the verb', () => {
    const text =
      'Insurgents seize town\nInsurgents took Quissanga, Mozambique, on Sunday. "They came shouting and shooting in the air," said one of the residents, a fisherman who gave only his first name, Abdala.';
    expect(speakersOf(text)).toEqual(['Abdala']);
  });
});

describe('crowds, vigils and retaken towns (eleventh round, 2026-12-04)', () => {
  const subType = (text: string) => read(text, '2025-06-17').incident.subType;

  it('reads arrests made at a riot as the riot, and at a dispersed protest as a protest that met intervention', () => {
    expect(subType('Residents torch police station after man dies in custody\nAngry residents of Molo, Kenya, set ablaze part of the police station on Monday after a rider died in police custody. Police arrested nine people and said more arrests would follow.')).toBe('violent-demonstration');
    expect(subType('Police disperse election protest in Douala, dozens arrested\nPolice in Douala, Cameroon, dispersed a demonstration against the election results with tear gas on Tuesday and arrested 40 protesters. Those detained are held in custody.')).toBe('protest-with-intervention');
  });

  it('reads a raid by riot police on a party office as arrests: riot police are no riot, a rally planned for later no crowd', () => {
    expect(subType('Police raid opposition office in Tbilisi, detain 38\nGeorgian police raided the Tbilisi office of the opposition party late Thursday, detaining 38 people. Riot police entered the office, where members had gathered to plan a rally for Sunday.')).toBe('arrests');
  });

  it('reads a protest where the police shot people dead as excessive force, but not for a death in the background', () => {
    expect(subType('Two shot dead as police disperse Kano protest\nTwo people were shot dead on Tuesday when police opened fire on residents protesting in Kano, Nigeria. Police also fired tear gas to disperse the crowd.')).toBe('excessive-force-against-protesters');
    expect(subType('Police fire tear gas at protesters in Novi Sad\nPolice in Novi Sad, Serbia, fired tear gas on Friday night to disperse thousands of protesters and detained 27 people. The protest began at the station where a canopy collapse killed 16 people in 2024.')).toBe('protest-with-intervention');
  });

  it('reads families holding a vigil for the disappeared as a protest, and an attack on a funeral vigil as an attack', () => {
    expect(subType('Families of the disappeared hold peaceful vigil in Kilinochchi\nHundreds of families of victims of enforced disappearances gathered peacefully in Kilinochchi, Sri Lanka, on Sunday, demanding to know the whereabouts of relatives who disappeared during the war.')).toBe('peaceful-protest');
    expect(subType('At least 38 killed as rebels attack funeral vigil in Lubero\nAt least 38 civilians were killed when rebels attacked mourners at a funeral vigil in the village of Kisunga, DR Congo, on Tuesday.')).toBe('attack');
  });

  it('reads "al-Shabaab retakes town" as territory a non-state group overtook', () => {
    expect(subType('Al-Shabaab retakes central Somali town after troops withdraw\nAl-Shabaab militants took control of the town of Moqokori, Somalia, on Sunday night, hours after government troops pulled out.')).toBe('non-state-actor-overtakes-territory');
  });

  it('reads "army retakes town" as territory regained', () => {
    expect(subType('Somali army retakes Adan Yabaal after fierce clashes\nSomali troops fought al-Shabaab militants for six hours on Monday in Adan Yabaal, Somalia, before the militants fled, officials said.')).toBe('government-regains-territory');
  });
});

describe('the dateline places the story (eleventh round, 2026-12-04)', () => {
  it('reads a dateline that names a province\'s town as the town, and its country as named, over a neighbour named later', () => {
    const text =
      'Two police killed in grenade attack on Narathiwat station\nNARATHIWAT: Two police officers were killed when insurgents hurled grenades into the compound of Rueso police station on Monday. Security officials said the attackers may have crossed the border from Malaysia, and police in Kuala Lumpur were asked for help.';
    const { locations, incident } = read(text, '2025-06-17');
    expect(locations.find((p) => p.name.toLowerCase() === 'narathiwat')?.countryCode).toBe('TH');
    expect(locations.find((p) => p.name === 'Rueso')?.countryCode).toBe('TH');
    expect(incident.countryCode).toBe('TH');
  });
});

describe('a nationality is not a place (eleventh round, 2026-12-04)', () => {
  it('does not take "Portuguese paper group" for a sign that the story is in Portugal', () => {
    const text =
      'Thousands march in Santiago de Compostela against pulp mill\nThousands of people marched through the streets of Santiago de Compostela on Sunday against a mill in the province of Lugo. Portuguese paper group Altri wants to build the plant. The Spanish Ministry for the Ecological Transition is studying it.';
    const { locations, incident } = read(text, '2025-06-17');
    expect(locations.find((p) => p.name === 'Santiago de Compostela')?.countryCode).toBe('ES');
    expect(incident.countryCode).toBe('ES');
  });
});

describe('datelines in ordinary capitals, and languages (eleventh round, 2026-12-04)', () => {
  it('reads "Bunia, 11 February 2026 –" as a dateline, and "translated from French" as no sign of France', () => {
    const text =
      'Ituri: 18 displaced people killed in attack on Rhoe camp\nBunia, 11 February 2026 – At least eighteen displaced people were killed in an attack by CODECO militiamen on the Rhoe displacement site in Djugu territory (Ituri), the army said on Tuesday.\n(This article was translated from French.)';
    const { locations, incident } = read(text, '2026-02-11');
    expect(locations.find((p) => p.name === 'Bunia')?.countryCode).toBe('CD');
    expect(locations.some((p) => p.countryCode === 'FR')).toBe(false);
    expect(incident.countryCode).toBe('CD');
  });
});

describe('honorifics, shorter forms and title-only speakers (eleventh round, 2026-12-04)', () => {
  const speakersOf = (text: string) => read(text, '2025-10-02').quotes.map((q) => q.speaker);

  it('takes "Ko" and "Me" (Maître) off a full name, and reads the end of a full name met before as that person', () => {
    const text =
      'Lawyers condemn crackdown\nThe lawyer Hortense Ngo Bassong spoke in Douala, Cameroon, on Tuesday. "The people were unarmed," said Me Ngo Bassong. In Myanmar, Ko Thura Aung, a resistance commander, said five fighters died.';
    expect(persons(text)).toEqual(expect.arrayContaining(['Hortense Ngo Bassong', 'Thura Aung']));
    expect(persons(text)).toHaveLength(2);
    expect(speakersOf(text)).toEqual(['Hortense Ngo Bassong']);
  });

  it('keeps "Ko Min" whole: an honorific that is also a name heads only a full name', () => {
    expect(persons('Strike hits monastery\nA villager, Ko Min, said the jets came at dawn in Sagaing, Myanmar.')).toEqual(['Ko Min']);
  });

  it('gives "the police commander told" to the commander, not to the police the phrase names', () => {
    const text =
      'Riot in Kisumu\nKisumu County Police Commander Peter Mwanzo said 23 suspects had been arrested in Kisumu, Kenya. "The officer involved has been disarmed and is in our custody," the police commander told journalists.';
    expect(speakersOf(text)).toEqual(['Peter Mwanzo']);
  });
});

describe('units by number, laws and days, outlets at a sentence head (eleventh round, 2026-12-04)', () => {
  it('reads a number before a unit\'s capitalised name as part of it', () => {
    expect(actorNames('Clashes in Tripoli\nClashes broke out between Radaa and the 444 Combat Brigade in Tripoli, Libya, on Monday.')).toContain('444 Combat Brigade');
  });

  it('does not read a law or a day named in capitals as an actor', () => {
    const text = 'Vigil in Kilinochchi\nFamilies marked the International Day of the Victims of Enforced Disappearances in Kilinochchi, Sri Lanka, and asked for the repeal of the Prevention of Terrorism Act.';
    expect(actorNames(text)).toEqual([]);
  });

  it('keeps an outlet\'s name whole at the head of a sentence', () => {
    const text = 'Students abducted in Kaduna\nGunmen abducted 20 students in Kaduna, Nigeria, on Thursday. Daily Trust reported that the gunmen came on motorcycles. The daily said police were searching.';
    expect(actorNames(text)).toContain('Daily Trust');
  });
});

describe('other names, group nouns and posts (twelfth round, 2026-12-04)', () => {
  it('joins a name a group is "known locally as" to it, quotation marks or acronym between', () => {
    const text =
      'Insurgents seize town\nFighters of the Islamic State Mozambique Province (ISMP), known locally as "al-Shabaab" or "machababos", occupied Quiterajo in Mozambique on Sunday.';
    const actors = read(text, '2025-10-02').actors;
    expect(actors.map((a) => a.name)).toEqual(['Islamic State Mozambique Province']);
    expect(actors[0]!.aliases).toEqual(expect.arrayContaining(['ISMP', 'al-Shabaab']));
  });

  it('does not join an operation\'s name to the body before it', () => {
    const text = 'Rebels kill 40\nThe joint operations of the army and the Uganda People\'s Defence Force (UPDF), known as Operation Shujaa, began in 2021 in Beni, DR Congo.';
    const updf = read(text, '2025-10-02').actors.find((a) => a.aliases.includes('UPDF'));
    expect(updf?.aliases ?? []).not.toContain('Operation Shujaa');
  });

  it('gives a group named before "faction" or "group" that form as an alias', () => {
    const text = 'Gunmen attack convoy\nFighters loyal to the Hafiz Gul Bahadur group attacked a police van near Bannu, Pakistan, on Monday.';
    expect(read(text, '2025-10-02').actors.find((a) => a.name === 'Hafiz Gul Bahadur')?.aliases).toContain('Hafiz Gul Bahadur group');
  });

  it('leaves the post\'s town out of the name after "District Police Officer (DPO)", and reads Barrister and Chairperson as titles', () => {
    const text =
      'Bomber strikes police college\nDistrict Police Officer (DPO) Hangu Khalid Mehmood Afridi told reporters the attack in Hangu, Pakistan, was foiled. "Our brave soldiers have paid," said Barrister Nadeem Khattak. HRCP Chairperson Nasreen Jadoon condemned it.';
    expect(persons(text)).toEqual(expect.arrayContaining(['Khalid Mehmood Afridi', 'Nadeem Khattak', 'Nasreen Jadoon']));
    expect(persons(text)).toHaveLength(3);
  });
});

describe('weekdays that are names, and nights that began after midnight (twelfth round, 2026-12-04)', () => {
  it('does not read "Sunday" in "identified as Sunday Musa" as a date', () => {
    const { dates } = read('Students abducted\nA vigilante, identified as Sunday Musa, was shot dead at the school gate in Kaduna, Nigeria.', '2026-01-16');
    expect(dates.map((d) => d.text)).not.toContain('Sunday');
  });

  it('dates "overnight" to the day filed when the lead says it began in the small hours', () => {
    const text =
      'Seven dead in Michoacán gunfight\nSix gunmen and a National Guard officer were killed overnight in Michoacán, Mexico, authorities said. The confrontation began at around 3 a.m. on a dirt road outside Pinzándaro.';
    const overnight = read(text, '2026-09-10').dates.find((d) => d.text === 'overnight');
    expect(overnight?.date).toBe('2026-09-10');
    const evening = read('Seven dead in Michoacán gunfight\nSix gunmen were killed overnight in Michoacán, Mexico, authorities said.', '2026-09-10').dates.find((d) => d.text === 'overnight');
    expect(evening?.date).toBe('2026-09-09');
  });
});

describe('speakers named by a title beside their first mention, or at the end of a long report (twelfth round, 2026-12-04)', () => {
  const speakersOf = (text: string) => read(text, '2025-10-02').quotes.map((q) => q.speaker);

  it('gives "the administrator told" to the person the title was written beside', () => {
    const text =
      "Ambush near Chai\nMacomia's district administrator, Celestino Mussa, appealed for calm in Mozambique on Sunday after residents fled. \"We ask the population not to panic,\" the administrator told Radio Mocambique.";
    expect(speakersOf(text)).toEqual(['Celestino Mussa']);
  });

  it('does not give "the official said" to whoever an official was written beside', () => {
    const text =
      'Strike on Armanaz\nA local official near Mahmoud Hassan al-Ali\'s house in Armanaz, Syria, said the jets came at night. "We learned about it like everyone else, from the people of Armanaz," the official said.';
    expect(speakersOf(text)).not.toContain('Mahmoud Hassan al-Ali');
  });

  it('gives a quote after a long report ending ", Solheim said." to Solheim', () => {
    const text =
      'Shelling of camp\n"The camp was hit twice," said Ingrid Solheim, the council\'s country director in Kadugli, Sudan.\nThe team has suspended its activities in the camp for 48 hours to protect its staff, but will resume work as soon as conditions allow, Solheim said. "We will not abandon these families."';
    expect(speakersOf(text)).toEqual(['Ingrid Solheim', 'Ingrid Solheim']);
  });
});

describe('mergers, surrenders, bomblets, crowds that clash, forces that kill fighters (twelfth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text, '2025-06-17').incident.subType;

  it('reads armed groups announcing a merger, and rebels surrendering with their weapons, as a change to group activity', () => {
    expect(subType('Two armed groups announce merger, name joint commander\nTwo armed groups born from the former FARC announced on Sunday in Putumayo, Colombia, that they had merged into a single organisation after months of clashes with rivals.')).toBe('change-to-group-activity');
    expect(subType('23 NPA rebels yield, turn over firearms in Agusan del Sur\nTwenty-three former members of the New People\'s Army formally surrendered to the government on Monday in Prosperidad, Philippines, turning over 17 firearms and a cache of explosives and landmines.')).toBe('change-to-group-activity');
  });

  it('reads a cluster bomblet left from an old war as a remote explosive', () => {
    expect(subType('Three children killed as bomblet explodes in Laos\nThree children were killed when a cluster bomblet left over from the Vietnam War exploded beneath a cooking fire in Xiangkhouang, Laos, on Tuesday.')).toBe('remote-explosive-landmine-ied');
  });

  it('reads party supporters or football fans who clash as mob violence, and troops who clash with rebels as a clash', () => {
    expect(subType('One dead as UDA and DCP supporters clash in Kangema\nOne person was killed on Saturday when supporters of two parties clashed in Kangema, Kenya, ahead of a rally.')).toBe('mob-violence');
    expect(subType('Seven killed in Boyo clashes\nCameroonian troops and separatist fighters clashed on Sunday near Njinikom, Cameroon, leaving seven dead, while residents said civilians were among those killed.')).toBe('armed-clash');
  });

  it('reads forces that kill suspected jihadists in a raid as a clash, not an attack on civilians', () => {
    expect(subType('Tunisian forces kill three suspected jihadists in Kasserine raid\nTunisian security forces killed three suspected jihadists in a raid on a house near Sbiba, Tunisia, early Sunday, the interior ministry said.')).toBe('armed-clash');
  });
});

describe('verbs of speech, unnamed speakers, offices and communities (thirteenth round, 2026-12-04)', () => {
  const placeNames = (text: string) => read(text).locations.map((p) => p.name);

  it('reads "affirmed", "reiterated" and "demanded" as verbs that give a quote to who spoke', () => {
    expect(speakers('Raid in the capital\nThe provincial police chief, Colonel Idris Farouk, affirmed that "the safety of every citizen is our first duty".')).toEqual(['Idris Farouk']);
    expect(speakers('Abductions go on\nThe Kenya National Commission on Human Rights demanded "a full and independent inquiry into every killing".')).toEqual(['Kenya National Commission on Human Rights']);
    expect(speakers('Talks stall\nForeign Minister Ana Ribeiro reiterated that "no agreement will be signed under fire from anyone".')).toEqual(['Ana Ribeiro']);
  });

  it('keeps "she said" unnamed after a long unnamed subject ("A 63-year-old woman who ...", "A fisherman who ...")', () => {
    const woman = 'Shelling hits market\nMayor Oleh Kravets said three people died in the strike on the market on Tuesday.\nA 63-year-old woman who lives across the street, and who declined to give her name, said she had been at her window. "I heard a whistle and then the glass was everywhere," she said.';
    expect(speakers(woman)).toEqual([null]);
    const fisherman = 'Army back in coastal village\nColonel Jaime Muchanga said the army had retaken the village on Monday.\nA fisherman who escaped to the town in June, and who asked not to be named, said most houses had burned. "Nobody will go back until the army stays for good," he said.';
    expect(speakers(fisherman)).toEqual([null]);
  });

  it('gives "she said" to a named speaker described after her name ("Amna, a 34-year-old mother of five, ...")', () => {
    const text = 'Shells hit camp\nThe council said two shells hit the camp on Sunday.\nAmna, a 34-year-old mother of five who arrived in March, said the shrapnel tore through her shelter. "We lay on the ground with the children all night," she said.';
    expect(speakers(text)).toEqual(['Amna']);
  });

  it('reads the name an office governs ("the mayor of Salquil Grande") and a community ("the community of Unión Mantaro") as places', () => {
    const mayor = read('Mob kills two men\nResidents beat two suspected thieves to death on Sunday in Nebaj, Guatemala.\nThe auxiliary mayor of Salquil Grande, Pedro Ceto Matóm, said the crowd would not listen to him.');
    expect(mayor.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Pedro Ceto Matóm']);
    expect(mayor.locations.map((p) => p.name)).toContain('Salquil Grande');
    expect(placeNames('Soldiers killed by bomb in Peru\nTwo soldiers were killed on Monday near the community of Unión Mantaro, in Junín, Peru, the army said.')).toContain('Unión Mantaro');
    expect(placeNames('Bandits raid village\nGunmen raided a village in Katsina State, Nigeria, on Friday, and residents of Danmusa Gari fled to the town.')).toContain('Danmusa Gari');
  });

  it('reads a name ending in Oriental or Occidental as a place, never a person', () => {
    const text = 'Rebels clash with troops\nSoldiers clashed with NPA rebels in the mountains straddling Negros Oriental and Negros Occidental, in the central Philippines, the army said on Friday.';
    const draft = read(text);
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Negros Oriental', 'Negros Occidental']));
  });
});

describe('possessive nouns inside a name (thirteenth round, 2026-12-04)', () => {
  it("keeps a people's or a trade's possessive inside an organisation's name", () => {
    expect(actorNames('Drone strike on village\nThe Depayin People\'s Defence Force said on Monday that two of its fighters were killed near the village.')).toContain("Depayin People's Defence Force");
    expect(actorNames('Rights body condemns killings\nThe African Commission on Human and Peoples\' Rights condemned the killings on Friday.')).toContain("African Commission on Human and Peoples' Rights");
    expect(actorNames('Reporters held\nThe Metro Center for Journalists\' Rights and Advocacy said six reporters were held on Sunday.')).toContain("Metro Center for Journalists' Rights and Advocacy");
  });
});

describe('protests dispersed, protesters killed, protests still to come (thirteenth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text, '2026-01-14').incident.subType;

  it('reads police who disperse residents, villagers or workers blocking a road as intervention', () => {
    expect(subType('Police disperse villagers blocking road over water cuts\nPolice in the Naryn region on Tuesday dispersed about 300 villagers who had blocked the main road for hours to protest against water cuts, witnesses said.')).toBe('protest-with-intervention');
  });

  it('reads "the killing of protesters" and lethal force used on a protest as excessive force', () => {
    expect(subType('Authorities must investigate killing of protesters in Conakry\nPress release\nThe authorities must open an inquiry into the use of lethal force by the police against protesters in Conakry on Monday, when three people were shot, the league said today.')).toBe('excessive-force-against-protesters');
  });

  it('reads people detained ahead of a protest as arrests, not as the protest', () => {
    expect(subType('Police detain union leaders ahead of fuel protest\nPolice detained at least 12 people on Monday, among them union leaders and two journalists, a day before a planned demonstration over fuel prices, relatives said.')).toBe('arrests');
  });
});

describe("a body's name glossed in its own language (thirteenth round, 2026-12-04)", () => {
  it('joins a name in brackets or after ", or" to the body named just before it', () => {
    const inBrackets = read('Clashes in Cauca\nFour people were killed in Cauca, Colombia, the Ombudsman\'s Office (Defensoría del Pueblo) said on Monday.').actors;
    expect(inBrackets.filter((a) => a.kind !== 'person').map((a) => [a.name, a.aliases])).toEqual([["Ombudsman's Office", ['Defensoría del Pueblo']]]);
    const afterOr = read('Vote count halted\nThe count was halted in Tegucigalpa, Honduras, the National Electoral Council, or Consejo Nacional Electoral, said on Friday.').actors;
    expect(afterOr.map((a) => [a.name, a.aliases])).toEqual([['National Electoral Council', ['Consejo Nacional Electoral']]]);
  });
});

describe('police ranks and parks (thirteenth round, 2026-12-04)', () => {
  it('reads Constable and Patrolman as titles, not parts of a name', () => {
    expect(persons('Bomber hits police lines\nConstable Gul Nawaz was among the dead, police in Bannu, Pakistan, said on Monday.')).toEqual(['Gul Nawaz']);
    expect(persons('Grenade hits police post\nPatrolman Andrés Caicedo was wounded in Jamundí, Colombia, on Saturday.')).toEqual(['Andrés Caicedo']);
  });

  it('reads a national park as a place, not an organisation', () => {
    const draft = read('Jihadists seize border post\nFighters who operate from the W National Park attacked the post in Karimama, Benin, on Sunday.');
    expect(draft.actors.map((a) => a.name)).not.toContain('W National Park');
    expect(draft.locations.map((p) => p.name)).toContain('W National Park');
  });
});

describe('acronyms joined by a slash (thirteenth round, 2026-12-04)', () => {
  it('reads "RFE/RL" as one name, and a dateline\'s "DUBAI/ATHENS" as two towns', () => {
    expect(actorNames('Police disperse protest\nPolice dispersed about 200 villagers in Osh, Kyrgyzstan, on Tuesday, a resident told RFE/RL by phone.')).toContain('RFE/RL');
    const towns = read('Tanker hit off Yemen\nDUBAI/ATHENS (Reuters) - A missile hit a tanker off Yemen on Monday, the ship\'s Greek operator said.').locations.map((p) => p.name);
    expect(towns).toEqual(expect.arrayContaining(['DUBAI', 'ATHENS']));
  });
});

describe('"of" between a person and a body, or a body and its region (thirteenth round, 2026-12-04)', () => {
  it('reads "Aram Jalal of the Hawal Press" as a person and an outlet', () => {
    const actors = read('Journalists held\nSecurity forces detained Aram Jalal of the Hawal Press on Monday in Sulaymaniyah, Iraq.').actors;
    expect(actors.map((a) => [a.name, a.kind === 'person'])).toEqual([['Aram Jalal', true], ['Hawal Press', false]]);
  });

  it('reads a body named "of" a region as a body, not a place', () => {
    const draft = read('Activists detained\nThe Independent Human Rights Commission of Kurdistan Region said on Tuesday that 16 people were held in Sulaymaniyah, Iraq.');
    expect(draft.actors.map((a) => a.name)).toContain('Independent Human Rights Commission of Kurdistan Region');
    expect(draft.locations.map((p) => p.name)).not.toContain('Independent Human Rights Commission of Kurdistan Region');
  });
});

describe("a local body written after the place it serves (thirteenth round, 2026-12-04)", () => {
  it("reads a district's military administration and a town's prosecutor's office as bodies", () => {
    const names = actorNames('Shelling kills three in Nikopol\nRussian shelling killed three people in Nikopol, Ukraine, and one in Kherson on Tuesday, the Nikopol district military administration said. The Kherson regional prosecutor\'s office opened a war crimes case.');
    expect(names).toEqual(expect.arrayContaining(['Nikopol district military administration', "Kherson regional prosecutor's office"]));
  });
});

describe('speakers named by their description after the quote, and institutions (thirteenth round, 2026-12-04)', () => {

  it('gives a quote to the name a description after it gives ("a mother who gave only her first name, Gulnara, told")', () => {
    expect(speakers('Police disperse protest\nPolice dispersed about 200 villagers in Osh, Kyrgyzstan, on Tuesday.\n"Our children sleep in their coats and nobody came," a mother of three who gave only her first name, Gulnara, told RFE/RL.')).toEqual(['Gulnara']);
  });

  it('gives "the institution said" to the body last named', () => {
    expect(speakers('Lynching condemned\nThe Office of the Human Rights Ombudsman condemned the lynching in Nebaj, Guatemala. "Taking justice into one\'s own hands is never justified," the institution said in a statement.')).toEqual(['Office of the Human Rights Ombudsman']);
  });
});

describe("administrative divisions named like an army's (thirteenth round, 2026-12-04)", () => {
  it('reads "in Momo Division" and "Tubah Subdivision" as places, "the 3rd Infantry Division" as a force', () => {
    const draft = read('Aid workers kidnapped\nGunmen kidnapped two aid workers near Batibo in Momo Division, Cameroon, on Monday, while troops searched Tubah Subdivision.');
    expect(draft.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Momo Division']));
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Momo Division', 'Tubah Subdivision']));
    expect(kindOf('Troops advance\nSoldiers of the 3rd Infantry Division advanced on Monday, the army said.', '3rd Infantry Division')).toBe('state-force');
  });
});

describe('statements quoted over paragraphs, and who issued them (thirteenth round, 2026-12-04)', () => {
  const quotesOf = (text: string) => read(text, '2023-08-14').quotes.map((q) => [q.text.slice(0, 20), q.speaker]);

  it('reads a quotation that opens each paragraph and closes only the last as one quote a paragraph, in one voice', () => {
    const text =
      'Families demand answers\nThe Sindh Missing Persons Forum said in a statement on Monday:\n"Three men were taken from their homes at night by men in plain clothes.\n"This is not an isolated case, and the state must produce them before a court," the forum said.';
    expect(quotesOf(text)).toEqual([
      ['Three men were taken', 'Sindh Missing Persons Forum'],
      ['This is not an isola', 'Sindh Missing Persons Forum'],
    ]);
  });

  it('leaves out the open paragraphs of a statement no one is named for', () => {
    const text = 'Army statement\nCOMMUNIQUE\n"Units of the army were engaged by a large group of armed men near the town.\n"The enemy was pushed back after several hours of intense fighting."';
    expect(quotesOf(text)).toEqual([['The enemy was pushed', null]]);
  });

  it('gives "The statement read," to whoever the text said issued it, past the commas of their title', () => {
    const text =
      'Gunmen kill eleven in Ajiri\nThe Police Public Relations Officer, Borno State Command, ASP Abdullahi Gana Mshelia, confirmed the incident in a statement on Sunday.\nThe statement read, "The command received a distress call at about 9.45pm on Saturday and a team was mobilised."';
    expect(quotesOf(text)).toEqual([['The command received', 'Abdullahi Gana Mshelia']]);
  });
});

describe('more shapes of place names (thirteenth round, 2026-12-04)', () => {
  it('reads colonies, temples, mosques, springs and provinces "del Sur" as places, never people', () => {
    const draft = read('Mob attacks police station\nA mob attacked a police post in Mujahid Colony and burned a car outside Kandaswamy Kovil and Jamia Masjid Noor in Sargodha, Pakistan, on Friday.');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Mujahid Colony', 'Kandaswamy Kovil', 'Jamia Masjid Noor']));
    const south = read('Troops clash with militants\nSoldiers clashed with militants near Ain Zara and in Lanao del Sur, the Philippines, on Sunday.');
    expect(south.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
  });
});

describe('honorifics inside a name (thirteenth round, 2026-12-04)', () => {
  it('keeps "Sheikh" or "Haji" after a first name inside the name, even when the first name is also a town', () => {
    expect(persons('Army retakes town\nSomali President Hassan Sheikh Mohamud said on Monday that the army had retaken the town.')).toEqual(['Hassan Sheikh Mohamud']);
    expect(persons('Traders protest\nMarket leader Ahmed Haji Ali told reporters on Monday that the traders would march.')).toEqual(['Ahmed Haji Ali']);
  });
});

describe('companies written with a capital inside (thirteenth round, 2026-12-04)', () => {
  it('reads "TotalEnergies" and "WhatsApp" as organisations, and "DeSantis" after his full name as the person', () => {
    const names = read('Insurgents near gas site\nThe attack forced TotalEnergies to suspend work in Palma, Mozambique, residents said in messages sent on WhatsApp.').actors.map((a) => [a.name, a.kind]);
    expect(names).toEqual(expect.arrayContaining([['TotalEnergies', 'other-organization'], ['WhatsApp', 'other-organization']]));
    expect(persons('Governor speaks\nGovernor Ron DeSantis spoke in Tampa, Florida, on Monday. DeSantis said the storm had passed.')).toEqual(['Ron DeSantis']);
  });
});

describe("an outlet's name with \"of\" in it (thirteenth round, 2026-12-04)", () => {
  it('keeps "the state-run Global New Light of Myanmar" whole', () => {
    expect(actorNames('Army retakes town\nThe state-run Global New Light of Myanmar reported on Sunday that troops had retaken Kyaukme in Shan State, Myanmar.')).toContain('Global New Light of Myanmar');
  });
});

describe('initials set off by commas, churches, divisions (fourteenth round, 2026-12-04)', () => {
  it('reads initials between commas after a name as its alias, in any order or shortened, but not the next body in a list', () => {
    const draft = read('Soldiers killed\nTwo soldiers of the Rapid Intervention Battalion, BIR, were killed near Bamenda, Cameroon, on Sunday, the Ministry of Defence, MINDEF, said. The UN Office for the Coordination of Humanitarian Affairs, OCHA, said 5,000 people had fled.');
    const aliases = (name: string) => draft.actors.find((a) => a.name === name)?.aliases ?? [];
    expect(aliases('Rapid Intervention Battalion')).toContain('BIR');
    expect(aliases('Ministry of Defence')).toContain('MINDEF');
    expect(aliases('UN Office for the Coordination of Humanitarian Affairs')).toContain('OCHA');
    const list = read('Talks resume\nThe African Union, ECOWAS, and the United Nations met in Abuja, Nigeria, on Monday.');
    expect(list.actors.find((a) => a.name === 'African Union')?.aliases ?? []).not.toContain('ECOWAS');
  });

  it('reads "the Catholic Church" as a body, and a named church as a place', () => {
    expect(kindOf('Priest abducted\nThe Catholic Church called for the release of the priest abducted in Kumbo, Cameroon, on Monday.', 'Catholic Church')).toBe('other-organization');
    expect(read('Church attacked\nGunmen attacked St Mary Catholic Church in Owo, Nigeria, on Sunday.').locations.map((p) => p.name)).toContain('St Mary Catholic Church');
  });

  it('reads a Cameroonian division written after its town and a comma as a place, not an army division', () => {
    const draft = read('Gendarme killed\nA gendarme was killed when a bomb hit a pick-up in Ndop, Ngoketunjia Division, in Cameroon on Sunday.');
    expect(draft.actors.map((a) => a.name)).not.toContain('Ngoketunjia Division');
    expect(draft.locations.map((p) => p.name)).toContain('Ngoketunjia Division');
  });
});

describe('acronyms met first, titles, villages and outlets (fourteenth round, 2026-12-04)', () => {
  it('joins an acronym met first in a quote to the name later written with it in brackets', () => {
    const draft = read('Market attacked\n"They were looking for the VDP," a trader said of the attack on Di, Burkina Faso, on Sunday. Fighters demanded that young men leave the Volunteers for the Defence of the Homeland (VDP), the auxiliary force.');
    const vdp = draft.actors.filter((a) => a.name === 'VDP' || a.aliases.includes('VDP') || a.name === 'Volunteers for the Defence of the Homeland');
    expect(vdp).toHaveLength(1);
  });

  it('reads a town with the Arabic for upper, lower or new after it as a village, no person', () => {
    const draft = read('Drone strike\nAn Israeli drone struck a car on the road from Kfar Roummane to Nabatieh al-Fawqa in southern Lebanon on Monday.');
    expect(draft.actors.map((a) => a.name)).not.toContain('Nabatieh al-Fawqa');
    expect(draft.locations.map((p) => p.name)).toContain('Nabatieh al-Fawqa');
  });

  it('reads "Sr. Comr." as a title, a "Block" as a place and "Télé" as an outlet', () => {
    expect(persons('Health workers abducted\nGunmen abducted five nurses in Intan Jaya, Indonesia, on Wednesday, Papua police spokesman Sr. Comr. Bayu Suseno said.')).toEqual(['Bayu Suseno']);
    expect(read('Mine protest\nVillagers marched against mining in the Wabu Block near Sugapa, Indonesia, on Monday.').locations.map((p) => p.name)).toContain('Wabu Block');
    expect(kindOf('Bomb kills 20\nA suicide bomber killed 20 people at a market in Baga Sola, Chad, on Sunday, state broadcaster Télé Tchad reported.', 'Télé Tchad')).toBe('media');
  });
});

describe('provinces in Spanish and zones (fourteenth round, 2026-12-04)', () => {
  it('reads "Lanao del Sur" after its town as a place, and "West Shewa Zone" as a place, but "the 9th Military Zone" as no place', () => {
    const butig = read('Raid in Butig\nTroops arrested three men in Butig, Lanao del Sur, early on Tuesday, the military said.');
    expect(butig.actors.map((a) => a.name)).not.toContain('Lanao del Sur');
    expect(butig.locations.map((p) => p.name)).toContain('Lanao del Sur');
    const shewa = read('Aid workers abducted\nGunmen abducted four aid workers in Cheliya, West Shewa Zone, Ethiopia, on Monday.');
    expect(shewa.actors.map((a) => a.name)).not.toContain('West Shewa Zone');
    expect(shewa.locations.map((p) => p.name)).toContain('West Shewa Zone');
    expect(read('Cartel clash\nSoldiers of the 9th Military Zone clashed with gunmen in Culiacan, Mexico, on Monday.').locations.map((p) => p.name)).not.toContain('9th Military Zone');
  });
});

describe('"she said" after a paragraph about someone unnamed (fourteenth round, 2026-12-04)', () => {
  it('keeps the quote unnamed when the paragraph before told of an unnamed survivor or quoted an unnamed leader', () => {
    expect(
      speakers('Militia kills 30\nMilitiamen killed 30 people in Kasinga, Congo, on Monday, army spokesman Marc Elongo said. "The attackers came at night," Elongo said.\nA survivor reached at the hospital in Manguredjipa said she had hidden in a latrine with her two children.\n"I heard them asking where the men were. Then it became quiet," she said.'),
    ).toEqual(['Marc Elongo', null]);
    expect(
      speakers('Farmers abducted\nGunmen abducted 20 farmers in Kadauri, Nigeria, on Sunday. One farmer, Sani Abdullahi, was shot dead as he ran.\n"They surrounded the farms and started shooting," said a community leader who pleaded anonymity.\n"They marched them into the bush towards Dansadau," he added.'),
    ).toEqual([null, null]);
  });

  it('still gives "he said" to the person the paragraph before named', () => {
    expect(speakers('Bomb kills five\nA bomb killed five people in Kech, Pakistan, on Monday.\nA police officer, Tariq Baloch, said the bomb was planted on the road.\n"It was triggered by remote control," he said.')).toEqual(['Tariq Baloch']);
  });
});

describe('a person described by a body or a relative (fourteenth round, 2026-12-04)', () => {
  it('reads "X, the association\'s district president" as a person, whose "she added" is hers', () => {
    const text = 'Families march\nMothers handed a petition to President Anura Kumara Dissanayake.\n"We want to know where they are," said Sivapathasundaram Pushpamalar, the association\'s district president.\n"Every government comes and promises us justice," she added.';
    expect(kindOf(text, 'Sivapathasundaram Pushpamalar')).toBe('person');
    expect(speakers(text)).toEqual(['Sivapathasundaram Pushpamalar', 'Sivapathasundaram Pushpamalar']);
  });

  it('gives a quote to the person named after a relation, not to the one they are related to', () => {
    expect(speakers('Pot seller lynched\nA mob beat Ramesh Paswan to death in Sitamarhi, India, on Thursday.\n"He was selling pots in these villages for 20 years," Paswan\'s wife, Sunita Devi, told reporters on Friday.')).toEqual(['Sunita Devi']);
  });
});

describe('"to the" between two names (fourteenth round, 2026-12-04)', () => {
  it('ends a name at "to the", save after an envoy or a mission', () => {
    const names = actorNames('Case filed\nThe Gambia took Myanmar to the International Criminal Court on Monday, officials in Banjul, Gambia, said.');
    expect(names).toContain('International Criminal Court');
    expect(names).not.toContain('Myanmar to the International Criminal Court');
    expect(actorNames('Envoy visits\nThe UN Special Envoy to the Horn of Africa met officials of the African Union in Addis Ababa, Ethiopia, on Monday.')).not.toContain('Horn of Africa');
  });
});

describe('a post "of" a body (fourteenth round, 2026-12-04)', () => {
  it('names the body after "of" and makes no body of the post', () => {
    const names = actorNames('Gunmen kill villagers\nGunmen killed 12 villagers in Bokkos, Nigeria, on Sunday, the Police Public Relations Officer of the Plateau State Police Command said.');
    expect(names).toContain('Plateau State Police Command');
    expect(names).not.toContain('Police Public Relations Officer of the Plateau State Police Command');
    expect(actorNames('Soldiers killed\nThe Director of Communication and Public Relations of the Armed Forces said two soldiers died in Bamenda, Cameroon, on Monday.')).not.toContain('Communication and Public Relations of the Armed Forces');
  });
});

describe('a country a body is named after (fourteenth round, 2026-12-04)', () => {
  it('lists the country that ends a body\'s name among the places', () => {
    const draft = read('Village attacked\nGunmen killed 12 people in Bokkos on Sunday, the Christian Association of Nigeria said.');
    expect(draft.locations.map((p) => p.name)).toContain('Nigeria');
  });
});

describe('words a state outlet reported (fourteenth round, 2026-12-04)', () => {
  it('gives a phrase quoted after "X reported that" to X, and reads "the military-controlled X" as the outlet, not the military', () => {
    const draft = read('Jets strike village\nMyanmar military jets bombed a village in Kani Township, Sagaing Region, Myanmar, on Monday, killing 12 people, residents said. But the military-controlled Global New Light of Myanmar reported on Tuesday that the Myanmar military had conducted "area clearance operations" in the township.');
    expect(draft.actors.map((a) => a.name)).toContain('Global New Light of Myanmar');
    expect(draft.quotes.map((q) => [q.text, q.speaker])).toEqual([['area clearance operations', 'Global New Light of Myanmar']]);
  });
});

describe('platforms (fourteenth round, 2026-12-04)', () => {
  it('never gives a quote to the platform a statement was posted on', () => {
    const speakers = read('Patrol hit by bomb\nA bomb hit a truck of the Internal Security Command in Deir ez-Zor near Buqrus, Syria, late on Saturday, according to a statement published by the command on its Telegram channel on Sunday morning.\n"A cowardly terrorist act targeted one of our patrols," the statement said.').quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('Telegram');
  });
});

describe("a town after a country's possessive (fourteenth round, 2026-12-04)", () => {
  it('reads "in Ecuador\'s Ponce Enríquez" as a town the gazetteer lacks, no person', () => {
    const draft = read("Miners kidnapped\nGunmen kidnapped four mine workers in Ecuador's Ponce Enríquez on Thursday, police said.");
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toContain('Ponce Enríquez');
  });
});

describe('Arabic names with "wal-" and a faction\'s other name (fourteenth round, 2026-12-04)', () => {
  it('keeps "wal-Muslimin" inside the name, drops "Shekau-founded", and joins "popularly known as" after "faction,"', () => {
    expect(actorNames("Market attacked\nFighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked the market in Di, Burkina Faso, on Sunday.")).toContain("Jama'at Nusrat al-Islam wal-Muslimin");
    const names = actorNames("Village attacked\nSources blamed the Shekau-founded Jama'atu Ahlis Sunna Lidda'awati wal-Jihad faction, popularly known as Boko Haram, for the attack on Ajiri, Nigeria, on Saturday.");
    expect(names).toEqual(["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"]);
  });
});

describe('mines, brawls, occupations and crowds that burn (fourteenth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a vehicle that struck an anti-tank mine as a remote explosive, even where the threat "had not disappeared"', () => {
    expect(subType('Soldiers killed by mine\nTwo soldiers were killed on Friday when their vehicle struck an anti-tank mine near Djibidione, Senegal, the army said. The mine action centre said the threat had not disappeared.')).toBe('remote-explosive-landmine-ied');
  });
  it('reads a mass brawl between workers as mob violence, not the arrests after it', () => {
    expect(subType('Dozens injured in mass brawl at oil field\nAt least 34 people were injured in a mass brawl between local and foreign workers at a camp at the Tengiz oil field, Kazakhstan, late on Sunday. Police said 27 people had been detained.')).toBe('mob-violence');
  });
  it('reads insurgents occupying an administrative post as territory taken', () => {
    expect(subType('Insurgents occupy Lúrio administrative post\nArmed insurgents have been occupying the headquarters of the administrative post of Lúrio, Mozambique, since Monday, after attacking the police post, residents said.')).toBe('non-state-actor-overtakes-territory');
  });
  it('reads protesters who torch trucks and a police post as a riot, though police fired tear gas', () => {
    expect(subType('One dead as fuel protesters torch trucks and police post in El Alto\nOne man died and dozens were injured after protesters angered by fuel shortages set fire to tanker trucks and a police post outside the Senkata fuel plant in El Alto, Bolivia, on Saturday.\nSeveral thousand residents marched on the plant on Saturday morning, demanding the reversal of a fuel price increase.\nPolice responded with tear gas and pushed the crowd back, where protesters built barricades.')).toBe('violent-demonstration');
  });
});

describe('who a quote is told by (fourteenth round, 2026-12-04)', () => {
  it('reads "The battalion\'s commander, X, accused the rival group" as a person, and gives his "he said" to him', () => {
    const text = 'Militias clash in Zawiya\nFighting broke out in Zawiya, Libya, on Tuesday between the 117th Battalion and a group led by Osama al-Dhawi.\nThe battalion\'s commander, Mustafa Abu Grain, accused the rival group of sheltering fuel smugglers. "We did not start this, but we will finish it," he said.';
    expect(kindOf(text, 'Mustafa Abu Grain')).toBe('person');
    expect(speakers(text)).toEqual(['Mustafa Abu Grain']);
  });
  it('gives a quote to the name after "said Mr X\'s wife," and "she said" to who the sentence before was told by', () => {
    expect(speakers('Activists abducted\nArmed men abducted Mamadou Saliou Barry in Conakry, Guinea, on Tuesday.\n"They did not show any warrant," said Mr Barry\'s wife, Aissatou Diallo.')).toEqual(['Aissatou Diallo']);
    expect(speakers('Student shot\nWilner Jean-Baptiste, 23, was shot dead in Pétion-Ville, Haiti, on Monday, according to his cousin, Roseline Jean-Baptiste. "He went out to ask for security," she said.')).toEqual(['Roseline Jean-Baptiste']);
  });
});

describe('speakers described, never named, before the quote (fourteenth round, 2026-12-04)', () => {
  it('keeps a quote unnamed after "a military source who asked not to be named said" or "His wife, who asked ..., said:"', () => {
    expect(speakers('Soldiers killed by mine\nTwo soldiers, Sergeant Ousmane Diatta and Private Lamine Badji, were killed on Friday when their vehicle struck a mine near Djibidione, Senegal.\nReached by telephone in Ziguinchor, a military source who asked not to be named because he was not authorised to speak to the press said the patrol had used a track that had been "cleared and used many times".')).toEqual([null]);
    expect(speakers('Opposition member taken\nArmed men took Pascal Niyonkuru from his home in Gihanga, Burundi, on Saturday.\nNeighbours said they heard him shout for help as he was forced into the pick-up.\nHis wife, who asked ADLB not to publish her name for fear of reprisals, said: "They told me they were taking him to the commune office for a few questions."')).toEqual([null]);
  });
  it('still gives the quote to a person named beside the description', () => {
    expect(speakers('Soldiers killed\nTwo soldiers were killed near Djibidione, Senegal, on Friday.\nA military spokesman, Colonel Ibrahima Ndiaye, said the patrol had used a track that had been "cleared and used many times".')).toEqual(['Ibrahima Ndiaye']);
  });
});

describe('pacts, marchers fired on, drones carrying explosives (fourteenth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a signed peace pact as an agreement, though it names the crimes it forgives', () => {
    expect(subType('Cattle raiders sign pact with authorities\nMore than 80 cattle rustlers handed in firearms and signed a customary peace pact with authorities in Betroka, Madagascar, on Monday. The authorities pledged not to prosecute thefts, except in cases of murder or rape.')).toBe('agreement');
  });
  it('reads forces firing live ammunition on a crowd marching after prayers as excessive force against protesters', () => {
    expect(subType('Security forces fire on worshippers leaving prayers\nSecurity forces opened fire on worshippers marching from the Grand Mosque in Zahedan, Iran, on Friday, killing two. As the crowd chanted slogans near a police station, guards fired tear gas and then live ammunition, witnesses said.')).toBe('excessive-force-against-protesters');
  });
  it('reads a drone carrying explosives as a drone strike, not a planted bomb', () => {
    expect(subType('Drone kills two workers\nTwo workers were killed after a drone carrying explosives crossed the border and struck a mining camp in Khatlon, Tajikistan, on Sunday. The drone, equipped with an explosive device, was launched from across the river.')).toBe('air-drone-strike');
  });
});

describe('a border story placed by its province (fourteenth round, 2026-12-04)', () => {
  it('puts a district the gazetteer lacks in the country of the region written after it, and never where the strike came from', () => {
    const draft = read('Drone from Afghanistan kills two\nTwo workers were killed late on Sunday when a drone struck a mining camp in the Shamsiddin Shohin district of the Khatlon region, officials in Afghanistan and Tajikistan said. The drone had been launched from the Afghan district of Khwahan, Afghanistan, near the Afghan border town of Faizabad in Afghanistan.');
    expect(draft.locations.find((p) => p.name === 'Shamsiddin Shohin')?.countryCode).toBe('TJ');
    expect(draft.incident.location).toBe('Shamsiddin Shohin');
    expect(draft.incident.countryCode).toBe('TJ');
  });
});

describe("Côte d'Ivoire, Dar es Salaam, taverns, islands and military regions (fourteenth round, 2026-12-04)", () => {
  it("keeps \"d'Ivoire\" and \"es\" inside a name, but opens none with \"l'\"", () => {
    expect(read("Soldiers killed\nSoldiers of the Armed Forces of Côte d'Ivoire were killed near Tougbo, Côte d'Ivoire, on Sunday.").locations.map((p) => p.name)).toContain("Côte d'Ivoire");
    expect(read('Students march\nStudents of the University of Dar es Salaam marched in Dar es Salaam, Tanzania, on Monday.').locations.map((p) => p.name)).toContain('Dar es Salaam');
    expect(read("Camp attacked\nThe Observatoire des droits de l’Ituri condemned an attack on a camp near Bunia, Congo, on Sunday.").locations.map((p) => p.name)).not.toContain('l’Ituri');
  });
  it('reads a tavern and a "Pulau" as places, and a numbered military region as a force', () => {
    const tavern = read('Tavern shooting\nGunmen killed nine people at KwaNdlovu Tavern in Umlazi, South Africa, on Saturday.');
    expect(tavern.actors.map((a) => a.name)).not.toContain('KwaNdlovu Tavern');
    expect(read('Fishermen kidnapped\nGunmen abducted two fishermen from Pulau Tambisan off Sabah, Malaysia, on Monday.').locations.map((p) => p.name)).toContain('Pulau Tambisan');
    expect(read('Smugglers killed\nTroops of the 6th Military Region clashed with smugglers near Tamanrasset, Algeria, on Monday.').locations.map((p) => p.name)).not.toContain('6th Military Region');
  });
});

describe('given names shaped like "Suspected", and "according to a communiqué from" (fourteenth round, 2026-12-04)', () => {
  it('reads "Magomed Gasanov, a spokesman ..., said" at the head of a sentence as a person, but drops "Suspected"', () => {
    expect(persons("Bomb kills two\nMagomed Gasanov, a spokesman for Dagestan's interior ministry, said security had been tightened in Makhachkala, Russia.")).toEqual(['Magomed Gasanov']);
    expect(actorNames('Village attacked\nSuspected Boko Haram fighters attacked Ajiri, Nigeria, on Saturday.')).toEqual(['Boko Haram']);
  });
  it('gives a phrase quoted in a sentence told "according to a communiqué from X" to X', () => {
    const quotes = read('Soldiers killed by bomb\nThree soldiers were killed near Tougbo, Côte d\'Ivoire, on Monday. According to a communiqué from the General Staff of the Armed Forces read on national television on Tuesday evening, the patrol was returning from a reconnaissance mission along the border with Burkina Faso when the lead vehicle "triggered an explosive device buried in the roadway" at around 7:40 a.m.').quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['General Staff of the Armed Forces']);
  });
});

describe('shootouts, pepper spray, blockades, occupation forces and arson (fourteenth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a shootout in a security operation as an armed clash', () => {
    expect(subType('Two gunmen killed, officer wounded in shootout near Kara-Suu\nTwo armed men were killed and a special forces officer was wounded in a shootout during a security operation in Kashgar-Kyshtak, Kyrgyzstan, on Tuesday, the security service said.')).toBe('armed-clash');
  });
  it('reads police pushing back students with pepper spray as a protest that met intervention', () => {
    expect(subType('Police use pepper spray as students try to block Belgrade bridge\nPolice used pepper spray and batons late on Friday to push back several thousand students who were trying to block the Gazela bridge in Belgrade, Serbia.')).toBe('protest-with-intervention');
  });
  it('reads a death when police break up a blockade, riot units sent, as excessive force', () => {
    expect(subType("One dead as police break up Q'eqchi' blockade during eviction\nA 19-year-old man was killed on Wednesday when police used tear gas and firearms to clear families who had blocked the only road into Nueva Esperanza, Guatemala. About 350 officers, among them riot units, arrived shortly after 6 a.m.")).toBe('excessive-force-against-protesters');
  });
  it('reads a villager illegally detained by occupation forces and taken across the line as an abduction', () => {
    expect(subType('Occupation forces abduct Khurvaleti resident\nA resident of Khurvaleti, Georgia, was illegally detained by Russian occupation forces near the occupation line on Sunday and forcibly taken into the occupied Tskhinvali region, the security service said.')).toBe('abduction-forced-disappearance');
  });
  it('reads gunmen torching trucks with no one hurt as property destruction', () => {
    expect(subType('Hooded gunmen torch 14 forestry trucks in southern Chile\nHooded gunmen set fire to 14 trucks and heavy machinery belonging to a forestry contractor near Collipulli, Chile, on Sunday, police said. No one was hurt in the attack.')).toBe('looting-property-destruction');
  });
  it('reads "the march" in lower case as no month', () => {
    expect(read('Police fire tear gas at march\nPolice fired tear gas at a march of teachers in Kathmandu, Nepal, on Sunday, and organisers said the march would resume.', '2025-12-07').dates.some((d) => d.date.startsWith('2025-03'))).toBe(false);
  });
});

describe('"the press service said" (fifteenth round, 2026-12-04)', () => {
  it('gives it to the body whose press service the text named, not to the group last named', () => {
    const speakers = read('Two gunmen killed in shootout\nTwo armed men were killed in a shootout in Kashgar-Kyshtak, Kyrgyzstan, on Tuesday, the State Committee for National Security (GKNB) said. According to the GKNB press service, officers surrounded a house where members of the banned Islamic State group were hiding.\n"The suspects were offered to surrender. In response, they opened fire," the press service said in a statement.').quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['State Committee for National Security']);
  });
});

describe('Northern Ireland, pipe bombs, neutralised warheads, missiles from elsewhere (fifteenth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads "the Police Service of Northern Ireland" as no mention of Ireland, and "County Antrim" as a place', () => {
    const draft = read('Pipe bomb explodes at family home\nA pipe bomb exploded at a house in Larne, County Antrim, on Monday, the Police Service of Northern Ireland said. The house in the Antiville area was damaged.');
    expect(draft.locations.find((p) => p.name === 'Antiville')?.countryCode).toBe('GB');
    expect(draft.locations.map((p) => p.name)).toContain('County Antrim');
    expect(draft.incident.subType).toBe('remote-explosive-landmine-ied');
  });
  it('reads a pipe bomb thrown in a gunfight as part of the clash', () => {
    expect(subType('Rangers clash with insurgents\nRangers clashed with five insurgents in Rueso, Narathiwat, Thailand, on Monday. The suspects opened fire with assault rifles and threw at least one pipe bomb as officers surrounded the hut.')).toBe('armed-clash');
  });
  it('reads a drone found with its charge neutralised as disrupted weapons use', () => {
    expect(subType('Drone with unexploded warhead found in Naslavcea; explosive charge neutralised\nA drone with an unexploded warhead was found in a field near Naslavcea, Moldova, on Monday. Sappers carried out a controlled detonation and the explosive charge was neutralised.')).toBe('disrupted-weapons-use');
  });
  it('puts a town the gazetteer lacks in the country it stands in, not the one a missile came from', () => {
    const draft = read('Missile fired from Yemen slams into Rishon LeZion\nA ballistic missile launched from Yemen struck an open area in Rishon LeZion early on Sunday, lightly wounding six people in Israel, rescue services said. Sirens sounded across Tel Aviv and the Gush Dan region.');
    expect(draft.locations.find((p) => p.name === 'Rishon LeZion')?.countryCode).toBe('IL');
  });
});

describe('demonyms from a plural country name (fifteenth round, 2026-12-04)', () => {
  it('reads "Philippine" as the Philippines, so a Mindanao story is not put in Saudi Arabia by "Datu Saudi Ampatuan"', () => {
    const draft = read('Army clashes with militants\nTroops of the Philippine Army clashed with militants near Datu Saudi Ampatuan on Monday, the Philippine National Police said. The militants fled to the Liguasan Marsh.');
    expect(draft.incident.countryCode).toBe('PH');
  });
});

describe('camps attacked and crowds fired into (after the fifteenth round, 2026-12-04)', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads militiamen who attacked a camp for displaced people as an attack, whatever group the background says pledged allegiance', () => {
    expect(subType('At least 23 killed in militia attack on displacement camp\nAt least 23 people were killed when militiamen attacked a camp for displaced people in Ituri, Congo, on Saturday evening, officials said. The assailants stormed the Dhendro displacement site near Fataki.\nIturi is also home to the ADF, a group that has pledged allegiance to the Islamic State group.')).toBe('attack');
  });
  it('reads guards who opened fire on residents protesting, or fired into the crowd, as excessive force', () => {
    expect(subType('Guards open fire on land protest in Imam Sahib, killing two\nGuards opened fire on hundreds of residents protesting against the seizure of farmland in Imam Sahib, Afghanistan, on Monday, killing two. They first fired into the air and then into the crowd when protesters refused to disperse.')).toBe('excessive-force-against-protesters');
  });
});

describe('companies, peoples, parties and units (seventeenth round, 2026-12-05)', () => {
  it('keeps a company legal form after a comma in its name, and knows the company by its name alone later', () => {
    const { actors } = read('The contractor, Constructora Norte, S.A., and Hyundai Engineering Co., Ltd. were named in the suit on Tuesday. Constructora Norte said it had done nothing wrong.');
    expect(actors.find((a) => a.name === 'Constructora Norte, S.A.')?.kind).toBe('other-organization');
    expect(actors.find((a) => a.name === 'Hyundai Engineering Co., Ltd')?.kind).toBe('other-organization');
    expect(actors.some((a) => a.kind === 'person')).toBe(false);
  });
  it('reads a people named with its place or demonym as no actor', () => {
    expect(actorNames('Kosovo Serbs blocked roads near Zvecan on Monday. Bosnian Serbs and Kosovo Albanians joined them.')).toEqual([]);
  });
  it('keeps a party wing in brackets in the party name', () => {
    expect(actorNames('Security forces stepped up operations against the banned Communist Party of India (Maoist) in Bastar on Monday.')).toContain('Communist Party of India (Maoist)');
  });
  it('reads a number before a rifles unit as part of its name', () => {
    expect(actorNames('A joint team of 11 Rashtriya Rifles and the police launched a search operation on Tuesday.')).toContain('11 Rashtriya Rifles');
  });
  it('reads a province of the Islamic State as an armed group, not a province', () => {
    const draft = read("Islamic State's Central Africa Province claimed the raid on Sunday. The Islamic State, which calls the insurgents its Mozambique Province, said nothing.");
    expect(draft.actors.filter((a) => a.kind === 'armed-group').map((a) => a.name)).toEqual(expect.arrayContaining(['Central Africa Province', 'Mozambique Province']));
    expect(draft.locations.map((p) => p.name)).not.toContain('Central Africa Province');
  });
  it('reads a media wing named after a comma as a body', () => {
    expect(kindOf("The military's media wing, Inter-Services Public Relations, did not respond to a request for comment.", 'Inter-Services Public Relations')).toBe('other-organization');
  });
  it('finds the person after a second title that follows the first one portfolio', () => {
    expect(persons('Minister of Government Communication and Government Spokesperson Omar al-Rawashdeh said the operation was a success.')).toEqual(['Omar al-Rawashdeh']);
  });
});

describe('places in passing and common words (seventeenth round, 2026-12-05)', () => {
  it('does not read a sentence-opening common word as a town of a country the story never names', () => {
    const names = read('Protesters clashed with police in Saravan, Iran on Monday. Mobile internet connections in Saravan were cut from Monday afternoon.').locations.map((p) => p.name);
    expect(names).not.toContain('Mobile');
  });
  it('reads a name used as a -majority or -origin modifier as no place and no body', () => {
    const draft = read('Police fired on protesters in the Baluch-majority province on Friday. A Ugandan-origin group was blamed.');
    expect(draft.locations.map((p) => p.name)).not.toContain('Baluch-majority');
    expect(draft.actors.map((a) => a.name)).not.toContain('Ugandan-origin');
  });
  it('reads a reserve and a massif as places', () => {
    const names = read('The insurgents fled into the Niassa Special Reserve, Mozambique, on Monday, then to the Mabla Massif.').locations.map((p) => p.name);
    expect(names).toContain('Niassa Special Reserve');
  });
  it('does not put a village the gazetteer lacks in a neighbouring country named in passing', () => {
    const draft = read("Drone kills three children in Pakistan's Bajaur\nA drone dropped a bomb on a house in Pakistan's Bajaur district late on Monday, in the tribal district bordering Afghanistan. The device struck a compound in the village of Damadola.");
    expect(draft.locations.find((p) => p.name === 'Damadola')?.countryCode).toBe('PK');
  });
});

describe('incident types and tolls (seventeenth round, 2026-12-05)', () => {
  const incident = (text: string) => read(text).incident;
  it('reads a knife attack or a stabbing as an attack, though a suspect was arrested', () => {
    expect(incident('One dead in knife attack at market\nA man was killed and three people were injured on Sunday in a knife attack at a market in Lille, France, prosecutors said. A suspect was arrested at the scene.').subType).toBe('attack');
    expect(incident('Stabbing at station\nTwo people were wounded in a stabbing at the central station in Bremen, Germany, on Friday. Police arrested a man.').subType).toBe('attack');
  });
  it('reads projectiles fired across a border as shelling', () => {
    expect(incident('Two killed as projectiles from Yemen hit village\nTwo residents were killed when military projectiles fired from inside Yemeni territory landed on a village in Jizan, Saudi Arabia, on Thursday.').subType).toBe('shelling-artillery-missile-attack');
  });
  it('reads settlers who raid a village and shoot a man as an attack, not a riot, though they burned and stoned', () => {
    expect(incident('Palestinian man killed as settlers attack village\nA Palestinian man was shot dead when dozens of settlers attacked the village of Burin, near Nablus, on Saturday. Witnesses said the settlers set fire to two houses and threw stones at residents.').subType).toBe('attack');
  });
  it('leaves out a background toll the sentence after a "since" toll goes on with', () => {
    expect(incident('Man shot dead in Burin\nA Palestinian man was shot dead in Burin, near Nablus, on Saturday. At least 1,100 Palestinians have been killed in the territory since then. At the same time, at least 44 Israelis have been killed in attacks.').fatalities).toBe(1);
  });
});

describe('who said it (seventeenth round, 2026-12-05)', () => {
  const quotes = (text: string) => read(text).quotes.map((q) => [q.text, q.speaker]);
  it('gives a quote a spokesman rejected something as to the spokesman', () => {
    expect(quotes('Defence ministry spokesman Hayk Mirzoyan rejected the Azerbaijani version as "a complete distortion of the facts".')).toEqual([['a complete distortion of the facts', 'Hayk Mirzoyan']]);
  });
  it('gives "the prefect said" to the person introduced as the prefect of a department', () => {
    expect(quotes('The prefect of the Nord department, Bertrand Leclerc, visited the market. "I want to salute the courage of the citizens who intervened," the prefect said.')).toEqual([['I want to salute the courage of the citizens who intervened,', 'Bertrand Leclerc']]);
  });
  it('gives "It said" to the group the sentence before was about, not the outlet that carried its statement', () => {
    const said = quotes('The Islamic State group said it carried out the attack in a statement published through its Amaq news agency. It said a "soldier of the caliphate" had struck.');
    expect(said).toEqual([['soldier of the caliphate', 'Islamic State']]);
  });
  it('knows Hamas opening a sentence as the group', () => {
    expect(quotes('Hamas called on Palestinians in the West Bank to "confront the settlers by all means".')).toEqual([['confront the settlers by all means', 'Hamas']]);
  });
});

describe('buildings, streets and the day a statement was issued (seventeenth round, 2026-12-05)', () => {
  it('reads a hospital in a town as a building and the town it stands in, though the gazetteer lacks the town', () => {
    const { actors, locations } = read('Drone kills three in Bajaur\nThe wounded were taken to the District Headquarters Hospital in Khar, Pakistan, on Monday.');
    expect(actors.map((a) => a.name)).not.toContain('District Headquarters Hospital in Khar');
    expect(locations.map((p) => p.name)).toEqual(expect.arrayContaining(['District Headquarters Hospital', 'Khar']));
  });
  it('ends a body name before "on" and a street', () => {
    const { actors, locations } = read('Traders marched to the Parliament of Uganda on Parliamentary Avenue in Kampala on Monday.');
    expect(actors.map((a) => a.name)).toEqual(['Parliament of Uganda']);
    expect(locations.map((p) => p.name)).toContain('Parliamentary Avenue');
  });
  it('does not date the incident by the day a communique was issued', () => {
    const draft = read('Djibouti says three soldiers killed repelling attack near Garabtisan\nThe Ministry of Defence on Tuesday evening issued the following communique on the fighting in the Tadjourah region, Djibouti. We reproduce it in full.\nAt dawn on Monday 17 August, an armed group attacked a position of the armed forces near Garabtisan. After three hours of fighting the assailants were repulsed.', '2026-08-19');
    expect(draft.incident.date).toBe('2026-08-17');
  });
});

describe('eighteenth round (2026-12-05): incident types and tolls', () => {
  const incident = (text: string, publishedAt?: string) => read(text, publishedAt).incident;
  it('reads explosives dropped from drones as a drone strike', () => {
    expect(incident('Drones drop explosives on El Aguaje\nA farmer was killed on Thursday night when explosive charges were dropped from drones onto houses in El Aguaje, Michoacan, Mexico, residents said.').subType).toBe('air-drone-strike');
  });
  it('reads resistance forces that retake a town as a non-state group taking it', () => {
    expect(incident('Resistance forces say they have retaken Demoso from the military\nKarenni resistance forces say they have taken full control of Demoso, Myanmar, after a three-week offensive against the military that ended on Sunday.').subType).toBe('non-state-actor-overtakes-territory');
  });
  it('does not read a truce an incident strains as an agreement', () => {
    expect(incident('Strike on tent camp kills seven\nAn air strike hit a tent camp in Khan Younis, Gaza, late on Sunday, killing seven people, health officials said. The strike further strained a ceasefire that has largely held since October. Hamas said it was a flagrant violation of the ceasefire agreement. Mediators worked to prevent the collapse of the truce.').subType).toBe('air-drone-strike');
  });
  it('reads people detained and not heard of since as a disappearance', () => {
    expect(incident('Four civilians detained by Russian forces in Skadovsk, whereabouts unknown\nFour civilians were detained by Russian forces in Skadovsk, Kherson Oblast, Ukraine, on 7 March. Their families have received no information about where they are held.').subType).toBe('abduction-forced-disappearance');
  });
  it('counts the toll of a fight that began the day before the town fell', () => {
    expect(incident('Rebels take Demoso\nKarenni resistance forces took full control of Demoso, Kayah State, Myanmar, after capturing the last army base on Sunday. He said the final assault, which began on Saturday night, killed at least nine people.', '2026-04-20').fatalities).toBe(9);
  });
  it('leaves out a toll counted over months', () => {
    expect(incident('Drone attack kills farmer in Aguililla\nA farmer was killed on Thursday when drones dropped explosives on Aguililla, Michoacan, Mexico. Between January and mid-April, 37 drone attacks in the region left six people dead.').fatalities).toBe(1);
  });
});

describe('eighteenth round (2026-12-05): titles, units and well-known groups', () => {
  afterEach(() => setTypingModel({ weights: readWeights(TYPING_WEIGHTS) }));
  it('reads the holder after a title, its portfolio or the place it is of (the rules alone)', () => {
    setTypingModel(null);
    const text = 'Minister of Homeland Security Kerwin Alleyne said soldiers would come. Minister of Peace Dawit Mengistu spoke. Governor of Kano State Abba Yusuf spoke.';
    expect(persons(text)).toEqual(['Kerwin Alleyne', 'Dawit Mengistu', 'Abba Yusuf']);
    expect(read(text).actors.find((a) => a.name === 'Kerwin Alleyne')?.role).toBe('Minister of Homeland Security');
  });
  it('reads a title followed by another title and a name as no one', () => {
    expect(persons('The statement was signed by its Director of Defence Media Operations, Major General Tukur Ahmed Danladi, on Monday.')).toEqual(['Tukur Ahmed Danladi']);
  });
  it('keeps a number after "No.", a camp or an operation in the name', () => {
    const draft = read('Officers of Regional Command No. 3 cleared the road in Maracaibo, Venezuela. Soldiers of Counterterrorist Battalion No. 313 clashed with rebels. Troops of Operation Emergence 4 arrived. Gunmen raided Camp 13 in Ukhiya, Bangladesh.');
    expect(draft.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Regional Command No. 3', 'Counterterrorist Battalion No. 313', 'Operation Emergence 4']));
    expect(draft.locations.map((p) => p.name)).toContain('Camp 13');
  });
  it('does not read the verbs that open the points of a statement as names', () => {
    const names = actorNames('The network:\n1. Urges the Public Ministry to open an investigation.\n2. Calls on the Ombudsman\'s Office to accompany the families.\n3. Asks SENAFRONT to coordinate any search.');
    expect(names).toEqual(expect.arrayContaining(['Public Ministry', "Ombudsman's Office"]));
    expect(names).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(Urges|Calls|Asks)\b/)]));
  });
  it('knows Boko Haram as a group, not a place, and reads "Islam and Muslims" to the end of a name', () => {
    const draft = read('Boko Haram attack on Lake Chad army post\nBoko Haram jihadists attacked an army post in Lac province, Chad, on Monday. The Group for the Support of Islam and Muslims was also blamed.');
    expect(draft.actors.find((a) => a.name === 'Boko Haram')?.kind).toBe('armed-group');
    expect(draft.actors.map((a) => a.name)).toContain('Group for the Support of Islam and Muslims');
    expect(draft.locations.map((p) => p.name)).not.toContain('Boko Haram');
  });
  it('reads an award as no actor', () => {
    expect(actorNames('The rights group, a winner of the Nobel Peace Prize, condemned the arrests in Minsk, Belarus.')).not.toContain('Nobel Peace Prize');
  });
});

describe('eighteenth round (2026-12-05): places', () => {
  it('reads Italian squares and streets, "della" and all, as places', () => {
    const names = read('Protesters marched from Piazza della Repubblica to Corso Vercelli in Turin, Italy, on Saturday.').locations.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Piazza della Repubblica', 'Corso Vercelli']));
  });
  it('places an area west of a town in the region the clause goes on to, not in the dateline country', () => {
    const draft = read('CAIRO, Sept 28 (Reuters) - An air strike hit a tent camp in the Mawasi area west of Khan Younis in the southern Gaza Strip late on Sunday, killing seven people.');
    expect(draft.locations.find((p) => p.name === 'Mawasi')?.countryCode).toBe('PS');
    expect(draft.actors.map((a) => a.name)).not.toContain('Khan Younis');
  });
  it('reads a town named near another town as a place', () => {
    const draft = read('Assailants struck the army post at Tchoukou Telia, near the town of Ngouboua in Lac province, Chad, on Monday.');
    expect(draft.locations.map((p) => p.name)).toContain('Tchoukou Telia');
    expect(draft.actors.map((a) => a.name)).not.toContain('Tchoukou Telia');
  });
  it('reads a dateline town the gazetteer lacks as no actor', () => {
    expect(actorNames('KUAJOK, 4 August 2026 - Two communities signed a peace agreement in Warrap State, South Sudan, on Monday.')).not.toContain('KUAJOK');
  });
  it('reads a title and the place it holds as no place', () => {
    const names = read('The Governor of Warrap State said the deal would hold, in Kuajok, South Sudan.').locations.map((p) => p.name);
    expect(names).toContain('Kuajok');
    expect(names).not.toContain('Governor of Warrap State');
  });
  it('does not put a camp in the country its refugees fled', () => {
    const draft = read('Gunmen abducted three men from a refugee camp in Ukhiya on Tuesday. Ukhiya hosts Rohingyas who fled violence in Myanmar. The men lived in Block C of Camp 13 at Thainkhali, Bangladesh police said. Bangladeshi officials said the gangs also target locals.');
    expect(draft.locations.find((p) => p.name === 'Camp 13')?.countryCode).toBe('BD');
  });
});

describe('nineteenth round (2026-12-05)', () => {
  afterEach(() => setTypingModel({ weights: readWeights(TYPING_WEIGHTS) }));
  it('reads a title, its portfolio of several words and the holder (the rules alone)', () => {
    setTypingModel(null);
    const { actors, quotes } = read('Deputy Minister of Higher Education Nalaka Perera insisted the bill would not introduce fees. "Not a single rupee will be charged," he told Parliament.');
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Nalaka Perera');
    expect(quotes.map((q) => q.speaker)).toEqual(['Nalaka Perera']);
  });
  it('splits a titled person from the body after "of the"', () => {
    const names = actorNames('Commander Abdisa Kebede of the North Shewa Zone Police Department said the gunmen fled towards the forest.');
    expect(names).toEqual(expect.arrayContaining(['Abdisa Kebede', 'North Shewa Zone Police Department']));
  });
  it('keeps the number of a unit named with a place', () => {
    expect(actorNames('Officers of Police Subzone Los Ríos No. 12 arrested four suspects in Quevedo, Ecuador.')).toContain('Police Subzone Los Ríos No. 12');
  });
  it('reads a drive as a place, a model with a number as no person, and a language as neither', () => {
    expect(read('Police fired rubber bullets at marchers on Andrew Mapheto Drive in Tembisa, South Africa, on Monday.').locations.map((p) => p.name)).toContain('Andrew Mapheto Drive');
    expect(persons('A Bayraktar TB2 drone struck the camp in Tillia, Niger, on Friday.')).toEqual([]);
    expect(read('Maoists left posters written in Odia and Telugu in Jodambo, Odisha, India.').locations.map((p) => p.name)).not.toContain('Odia');
  });
  it('reads a dateline in capitals that ends on a full stop', () => {
    const draft = read('Six killed as soldiers, raiders exchange fire\nKOTIDO. A soldier and five cattle rustlers were killed on Tuesday in a gun battle at Lokoreto village, Kotido District, Uganda.');
    expect(draft.actors.map((a) => a.name)).not.toContain('KOTIDO');
  });
});

describe('twentieth round (2026-12-05): incident types', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads forces that neutralised terrorists as a clash, though weapons were recovered', () => {
    expect(subType('Three terrorists neutralised in Jijel operation\nA detachment of the army neutralised, on 21 September 2026, three (03) terrorists during a search operation near Beni Siar, Jijel, Algeria. Weapons and ammunition were recovered.')).toBe('armed-clash');
  });
  it('reads a deal reached to end clashes as the agreement', () => {
    expect(subType('Syria: deal reached to end deadly Tafas clashes in Daraa\nSyrian authorities and local fighters in Daraa agreed on Saturday to end a week of deadly clashes in the town of Tafas, Syria, officials said.')).toBe('agreement');
  });
  it('reads a headquarters overrun, or a town fallen into the hands of gangs, as taken', () => {
    expect(subType('Arakan Army says it has overrun junta battalion headquarters near Kyaukphyu\nThe Arakan Army said its fighters had captured the headquarters of a battalion at Ma Ei, Rakhine State, Myanmar, after three weeks of fighting.')).toBe('non-state-actor-overtakes-territory');
    expect(subType('Lascahobas falls into the hands of gangs after a day of fighting\nThe commune of Lascahobas, Haiti, has been under the control of armed gangs since Sunday evening, after an assault that left eleven dead.')).toBe('non-state-actor-overtakes-territory');
  });
  it('reads a crowd that burns a community homes, with no protest, as a mob', () => {
    expect(subType('Four Coptic homes torched in Minya village\nSecurity forces detained 22 people after a crowd set fire to four homes belonging to Coptic Christians in a village in Minya, Egypt, on Friday.')).toBe('mob-violence');
  });
  it('reads a protest that throws stones and sets fire in its opening as a riot', () => {
    expect(subType('Workers storm government building, 14 police injured\nSeveral hundred workers threw stones and flares at the government building in Tuzla, Bosnia, on Tuesday and set fire to its entrance, in the most violent protest in years.\nThe protest, organised by the workers of three bankrupt factories, began at noon on the main square, where the workers rallied for unpaid wages and pensions.\nBy 2 p.m. the crowd had marched to the building; when the prime minister did not come out, young men at the front began pushing against the barriers.\nProtesters have marched every week since the spring, and the unions said the protests would go on.')).toBe('violent-demonstration');
  });
  it('reads a bomb made safe before it went off as disrupted weapons use', () => {
    expect(subType('Viable pipe bomb made safe in Creggan, police say\nA viable pipe bomb left near homes in Creggan, Derry, Northern Ireland, was found on Sunday, police said.')).toBe('disrupted-weapons-use');
  });
});

describe('twenty-first round (2026-12-05): incident types', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a protest that turned violent, or into street fighting, as a riot', () => {
    expect(subType('Police detain 30 after pay protest turns violent at Dong Nai factory\nPolice in Dong Nai province, Vietnam, detained 30 people after a protest by workers over unpaid bonuses turned violent on Tuesday night, officials said.')).toBe('violent-demonstration');
    expect(subType('One dead as eviction protest in Mosul\nA man was killed on Monday when a protest against evictions in the Zanjili neighbourhood of Mosul, Iraq, turned into hours of street fighting with police, officials said.')).toBe('violent-demonstration');
  });
  it('reads suspects lynched by an angry mob as mob violence, whatever they were suspected of', () => {
    expect(subType('Suspected kidnappers lynched by angry mob in Maroua\nTwo men suspected of kidnapping a boy were beaten to death by an angry mob in Maroua, Cameroon, on Friday, police said.\nThe boy had been kidnapped on Wednesday and his kidnappers demanded a ransom, his family said.\nPolice said the kidnapping gang had abducted three children this year.')).toBe('mob-violence');
  });
  it('reads a dispute that turned into a gunfight between clans as a clash', () => {
    expect(subType('Two dead as land dispute turns into gunfight in Amarah\nTwo men were killed on Friday when a dispute between two clans over farmland near Amarah, Iraq, turned into a gunfight, police said. Gunmen from both sides opened fire on each other.')).toBe('armed-clash');
  });
  it('reads a community taken over by an armed group as taken', () => {
    expect(subType('Gang takes over ejido in Chiapas, residents flee\nAn armed group took over the community of Nuevo Paraíso in Chicomuselo, Chiapas, Mexico, on Sunday after a shootout, and hundreds of residents fled.')).toBe('non-state-actor-overtakes-territory');
  });
  it('reads troops who retake a town held by separatists as the government regaining it', () => {
    expect(subType('Army retakes Balochistan town held by separatist fighters\nQUETTA, Pakistan (AFP) - Pakistani troops regained control of the town of Mastung in Balochistan province on Friday after two days of fighting, the military said.')).toBe('government-regains-territory');
  });
});

describe('twenty-first round (2026-12-05): names and places', () => {
  it('reads a UN body written in lower case, named by the acronym given beside it', () => {
    const names = actorNames('Thousands have fled to Chad, according to the UN refugee agency (UNHCR). The U.N. human rights office said it was alarmed. The UN children’s agency UNICEF said schools had shut.');
    expect(names).toEqual(expect.arrayContaining(['UNHCR', 'U.N. human rights office', 'UNICEF']));
    expect(names).not.toContain('UN');
    expect(read('The U.N. human rights office in Chad said it was alarmed.').actors.find((a) => a.name === 'U.N. human rights office')?.kind).toBe('intergovernmental');
  });
  it('reads the end mark of a press release, a currency code and a staff byline as no one', () => {
    const draft = read('Troops arrested 12 suspects in Hanoi, Vietnam, and seized 40 million VND in cash, the ministry said.\nStaff Reporter\nENDS');
    expect(draft.actors.map((a) => a.name)).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toEqual(['Hanoi', 'Vietnam']);
  });
  it('reads both countries of a border written as one hyphenated word', () => {
    const codes = read('Four soldiers were killed near the Kenya-Somalia border on Monday when their vehicle hit a mine.').locations.map((p) => p.countryCode);
    expect(codes).toEqual(expect.arrayContaining(['KE', 'SO']));
  });
  it('keeps "van den" and "de las" inside a name', () => {
    expect(persons('“We are not a party to any conflict,” said Pieter van den Bosch, the agency’s director, in Niamey, Niger.')).toContain('Pieter van den Bosch');
    expect(actorNames('The Bartolomé de las Casas Human Rights Center in Chiapas, Mexico, said 300 people fled.')).toContain('Bartolomé de las Casas Human Rights Center');
  });
  it('reads a town "administered" or "occupied" by a country as the town, not a person', () => {
    const draft = read('Shells fell on villages in Indian-administered Kashmir and Russian-occupied Kherson on Tuesday, officials in Srinagar, India, said.');
    expect(draft.actors).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Kherson', 'Srinagar']));
  });
  it('reads a plan as no actor', () => {
    const draft = read('Troops deployed under the Sinaloa Plan patrolled Culiacán, Mexico, on Friday.');
    expect(draft.actors).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toContain('Culiacán');
  });
  it('reads a sector named after a place, a medical complex and a cathedral as places', () => {
    const draft = read('Shelling hit the Battal sector near Poonch, India, on Monday. The wounded were taken to the Nasser Medical Complex. St. George’s Cathedral was shut.');
    const places = draft.locations.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Battal', 'Nasser Medical Complex', 'St. George’s Cathedral']));
    expect(persons('Shelling hit Poonch, India. The wounded were taken to the Nasser Medical Complex.')).toEqual([]);
  });
  it('reads a saint’s church as one place, not a saint and a church', () => {
    const draft = read('Gunmen seized the priest of St. Anthony’s Catholic Church in Otukpo, Benue State, Nigeria, on Sunday.');
    expect(draft.locations.map((p) => p.name)).toContain('St. Anthony’s Catholic Church');
    expect(draft.locations.map((p) => p.countryCode)).not.toContain('CA');
  });
  it('does not read a first name as a demonym ("Francis" is no Frenchman)', () => {
    expect(persons('The statement was signed by the police spokesman, Francis Adongo, in Accra, Ghana, on Monday.')).toContain('Francis Adongo');
  });
  it('reads reporters and editors of a credit line as people, a newsroom as no one, where they filed as places', () => {
    const draft = read('Gunmen killed two in Kabul, Afghanistan, on Monday.\n(Reporting by Mohammad Yunus Yawar in Kabul and Helen Marsh; Additional reporting by Ayesha Khan in Islamabad; Editing by Dubai Newsroom)');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Mohammad Yunus Yawar', 'Helen Marsh', 'Ayesha Khan']);
    expect(draft.locations.map((p) => p.name)).toContain('Islamabad');
  });
  it('reads "The" opening a sentence before a national ministry as no owner', () => {
    const draft = read('Settlers killed a man in al-Mughayyir on Friday. The Palestinian foreign ministry described the killing as "a crime carried out under the protection of the army" and called for sanctions.');
    expect(draft.actors.map((a) => a.name)).toContain('Palestinian foreign ministry');
    expect(draft.quotes[0]?.speaker).toBe('Palestinian foreign ministry');
  });
  it('gives words reported from a body with "Human" in its name to the body, not to an unnamed person', () => {
    const draft = read('In a statement issued on Thursday, the Malawi Human Rights Commission (MHRC) said it was "concerned by the use of teargas against citizens" and urged calm in Lilongwe, Malawi.');
    expect(draft.quotes[0]?.speaker).toBe('Malawi Human Rights Commission');
  });
});

describe('twenty-first round (2026-12-05): the incident’s place', () => {
  it('does not place the incident in a town across the border named as a landmark', () => {
    const draft = read('Shelling kills farmer in south Lebanon frontier village\nBEIRUT (AP) — Israeli artillery rounds crashed into the outskirts of a frontier village in south Lebanon on Monday, killing a farmer and wounding three, the state-run news agency NNA said.\nThe rounds hit a row of houses on the southern edge of Kfar Kila, a village in the Marjayoun district that lies across the border fence from the northern Israeli town of Metula.');
    expect(draft.incident.location).toBe('Kfar Kila');
    expect(draft.incident.countryCode).toBe('LB');
  });
});

describe('twenty-second round (2026-12-05)', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a drone whose warhead sappers defused as disrupted weapons use', () => {
    expect(subType('Sappers defuse explosive-laden drone found near Ocnița village\nMilitary engineers on Wednesday defused the warhead of an attack drone that fell overnight in a field near Ocnița, Moldova, the defence ministry said.')).toBe('disrupted-weapons-use');
  });
  it('reads a march that passed without detentions as peaceful, and a human chain as a protest', () => {
    expect(subType('Thousands march peacefully in Chisinau; monitors report no detentions\nSeveral thousand people marched through Chisinau, Moldova, on Sunday to demand early elections. Police lined the route. The march ended without clashes or detentions, observers said.')).toBe('peaceful-protest');
    expect(subType('Villagers form human chain in Khagrachhari, demand justice for arson\nSeveral hundred villagers formed a human chain in front of the district office in Khagrachhari, Bangladesh, on Monday, demanding the arrest of those who burned homes last week.')).toBe('peaceful-protest');
  });
  it('notes the country of a division named inside a body’s name', () => {
    const draft = read('A man was shot dead at his home in Derry on Saturday, the Northern Ireland Ambulance Service said. Detective Inspector Ann Kerr, of the Major Investigation Team, appealed for witnesses.');
    expect(draft.locations.find((p) => p.name === 'Derry')?.countryCode).toBe('GB');
    expect(draft.actors.map((a) => a.name)).toContain('Major Investigation Team');
  });
  it('splits two divisions joined by "and", each with its word', () => {
    const names = read('Clashes spread in Myanmar\nFighting spread across Kachin State and Sagaing Region in Myanmar on Monday, officials said.').locations.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kachin State', 'Sagaing Region']));
  });
  it('does not place a town the gazetteer lacks in a country named only as a body’s owner', () => {
    const draft = read('Djibouti arrests three suspects\nDJIBOUTI (AFP) - Djibouti police arrested three people suspected of links to Somalia’s Al-Shabaab on Monday, the ministry said.\nThe raids took place in the suburb of Hayableh, the ministry said.');
    expect(draft.locations.find((p) => p.name === 'Hayableh')?.countryCode).toBe('DJ');
  });
  it('does not read "the Red Sea" as Sudan’s Red Sea state in a story elsewhere', () => {
    // Since the ninety-third round the sea is in no country at all.
    const draft = extractBriefing('A drone hit a cargo ship in the Red Sea off Hodeidah, Yemen, on Monday, officials said.', { publishedAt: '2025-06-12' });
    expect(draft.places.find((p) => p.name === 'Red Sea')?.countryCode).toBeNull();
    expect(draft.places.map((p) => p.countryCode)).not.toContain('SD');
  });
  it('goes on in the voice of a quote attributed at length, in the next paragraph', () => {
    const draft = read('The army retook Kawlin, Myanmar, on Monday.\n“The army has shown that it can retake towns,” said Aye Chan Moe, a researcher with the Centre for Peace and Conflict Studies – Yangon.\n“But holding them is another matter. The resistance still controls the hills around the town.”');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Aye Chan Moe', 'Aye Chan Moe']);
  });
  it('gives a quote to a titled name that a long apposition follows', () => {
    const draft = read('Police said six loggers were killed in Nduga, Papua, Indonesia.\n“We found six bodies near the river and we are still searching the area for survivors,” Senior Commissioner Budi Santoso, spokesman for the Operation Damai Cartenz joint task force in Papua, told reporters in Jayapura.');
    expect(draft.quotes[0]?.speaker).toBe('Budi Santoso');
  });
  it('reads "AFC/M23" as one group and "DR Congo" as the country', () => {
    const draft = read('Clashes resume in North Kivu\nFighting resumed near Sake in eastern DR Congo on Monday, officials said. The AFC/M23 said it had repelled the enemy.');
    expect(draft.actors.map((a) => a.name)).toContain('AFC/M23');
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(draft.locations.map((p) => p.countryCode)).toContain('CD');
  });
  it('reads "Vilayat", like "Wilayat", as the province of a group', () => {
    expect(kindOf('Militants of the Islamic State group, whose regional branch calls itself Vilayat Kavkaz, attacked a police post in Dagestan, Russia.', 'Vilayat Kavkaz')).toBe('armed-group');
  });
});

describe('twenty-second round (2026-12-05), from sets AX and AY', () => {
  it('does not count countries named as neighbours as the story’s', () => {
    const draft = read('Bus hits mine in Soum\nAt least five people were killed on Monday when a bus hit a mine on the road linking Arbinda to Djibo, in Soum province, on the border with Mali and Niger. The bus had left Arbinda at dawn.', '2026-04-08');
    expect(draft.locations.find((p) => p.name === 'Arbinda')?.countryCode).toBe('BF');
  });
  it('reads the short form of a place the text names in full as that place', () => {
    const draft = read('Gunmen attack police station in Rio\nGunmen attacked a police station in Rio’s North Zone on Tuesday, killing two officers, the state government of Rio de Janeiro said.', '2026-04-08');
    expect(draft.locations.map((p) => p.countryCode)).not.toContain('GR');
    expect(draft.locations.find((p) => p.name === 'Rio de Janeiro')?.aliases).toContain('Rio');
  });
  it('places a hospital by the country of the places named, when no country is', () => {
    const draft = read('Gunmen attack police station in Rio\nGunmen attacked a police station in the North Zone of Rio de Janeiro on Tuesday. The wounded were taken to the Getúlio Vargas State Hospital.', '2026-04-08');
    expect(draft.locations.find((p) => p.name === 'Getúlio Vargas State Hospital')?.countryCode).toBe('BR');
  });
  it('reads a name before "river" as the river, not the town', () => {
    const draft = read('Soldiers killed at border post in Apure\nTwo Venezuelan soldiers were killed on Sunday when mortar rounds hit a post on the outskirts of El Amparo, a town in Apure state that faces the Colombian department of Arauca across the Arauca river, officials said.', '2026-04-08');
    const places = draft.locations.map((p) => `${p.name} ${p.kind}`);
    expect(places).toContain('Arauca river site');
    expect(places).not.toContain('Arauca city');
  });
  it('reads two names before a plural place word as two places', () => {
    const draft = read('Militants have carried out attacks in the Mir Ali and Datta Khel areas of North Waziristan, Pakistan, officials said.');
    expect(draft.actors).toEqual([]);
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Mir Ali', 'Datta Khel']));
  });
  it('knows the Shining Path as a group', () => {
    expect(kindOf('Troops clashed with a Shining Path column near Pichari, Peru, on Monday.', 'Shining Path')).toBe('armed-group');
  });
  it('reads words told by unnamed officials as theirs, not the agency’s they told', () => {
    const draft = read('Jets struck Paktika, Afghanistan, on Monday. Two Pakistani security officials, speaking on condition of anonymity because they were not authorised to talk to the media, told AFP that jets had targeted "hideouts and training facilities" of the TTP and that "a large number of terrorists" had been killed.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
  it('gives a statement reproduced after a paragraph that announces it to the body named there', () => {
    const draft = read('Gunmen killed 23 people in Jean-Denis, Haiti, the National Human Rights Defense Network (RNDDH) said.\nWe reproduce below the main passages of the RNDDH statement.\n"On Thursday, at around 1 a.m., dozens of heavily armed individuals entered Jean-Denis from the side of the river."');
    expect(draft.quotes[0]?.speaker).toBe('National Human Rights Defense Network');
  });
});

describe('twenty-third round (2026-12-05), from sets AZ and BA', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a name followed by an age in brackets as a person, not an acronym', () => {
    expect(persons('His companions, Bikram Naik (35) and Raju Dehury (28), are being treated in Cuttack, India.')).toEqual(['Bikram Naik', 'Raju Dehury']);
  });
  it('reads a spokesman for a group as a person', () => {
    expect(kindOf('"We have pulled back," Thant Zin Oo, a spokesman for the group, told AFP by phone from Sagaing, Myanmar.', 'Thant Zin Oo')).toBe('person');
  });
  it('places a street named after a town abroad in the story’s country', () => {
    const draft = read('Police fired tear gas at students near York Street in Colombo, Sri Lanka, on Monday.');
    expect(draft.locations.find((p) => p.name === 'York Street')?.countryCode).toBe('LK');
  });
  it('reads a module busted and men held with grenades as arrests', () => {
    expect(subType('Police bust terror module in Ludhiana, three held with grenades and pistols\nLudhiana, March 3: Police in Punjab, India, have busted a terror module and arrested three of its members, officials said. Two hand grenades and a pistol were recovered from them.')).toBe('arrests');
  });
  it('does not date the incident by a dateline with the state in brackets (the rules alone)', () => {
    byTheRulesAlone(() => {
      const draft = read('Trader abducted in Assam\nDibrugarh (Assam), Aug 3 (PTI) A trader has been abducted by suspected militants, police said on Monday. He was abducted from his shop late Thursday night by five armed men.', '2026-08-03');
      expect(draft.incident.date).toBe('2026-07-30');
    });
  });
  it('reads a mob that beats people to death as mob violence, whatever it accused them of', () => {
    expect(subType('Mob beats two men to death in Gedaref over kidnapping rumour\nTwo men were beaten to death by a crowd in Gedaref, Sudan, on Sunday after a woman accused them of trying to kidnap her son, police said. Rumours of child kidnapping have spread in the city, and police said no child had been abducted.')).toBe('mob-violence');
  });
  it('reads a headline that counts the killed before the abducted as an attack', () => {
    expect(subType('Gunmen kill 9 in Zamfara village, abduct dozens\nGunmen killed nine people and abducted dozens of others in Bakura, Zamfara State, Nigeria, on Sunday night. The kidnappers have not contacted the families of those abducted.')).toBe('attack');
  });
  it('splits a force from the places it holds after "in"', () => {
    const draft = read('The Rapid Support Forces in Khartoum and Gezira were pushed back by the army in Sudan on Monday.');
    expect(draft.actors.map((a) => a.name)).toContain('Rapid Support Forces');
    expect(draft.locations.map((p) => p.name)).toContain('Khartoum');
  });
});

describe('twenty-third round (2026-12-05), from sets BB and BC', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('does not read protesters who dispersed on their own as a protest broken up', () => {
    expect(subType('Displaced families march in Iguala to demand a safe return\nSome 300 displaced people marched through Iguala, Guerrero, Mexico, on Tuesday to demand a safe return to their villages.\nThey rallied for two hours outside the town hall.\nOrganisers read a list of demands.\nThe marchers carried banners with the names of their communities.\nPolice watched from a distance, and the protesters dispersed on their own in the afternoon.')).toBe('peaceful-protest');
  });
  it('reads cylinder bombs launched at a base as shelling', () => {
    expect(subType('Child killed as cylinder bombs hit homes in El Tarra\nA child was killed on Monday when improvised explosive cylinders launched at a police station landed on homes in El Tarra, Norte de Santander, Colombia, the army said.')).toBe('shelling-artillery-missile-attack');
  });
  it('reads Spanish bodies and buildings by their first word', () => {
    const draft = read('Members of the Cooperativa Los Pinos marched to the Palacio de Gobierno in Tegucigalpa, Honduras, on Monday.');
    expect(draft.actors.find((a) => a.name === 'Cooperativa Los Pinos')?.kind).toBe('other-organization');
    expect(draft.locations.map((p) => p.name)).toContain('Palacio de Gobierno');
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('twenty-fourth round (2026-12-05), from sets BH and BI', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads weapons seized with no one arrested as disrupted weapons use', () => {
    expect(subType('Troops recover rifles and mines from rebel hideout near Kidal\nMalian troops recovered a large cache of weapons, including 14 rifles and six landmines, from a rebel hideout near Kidal on Tuesday, the army said.\nThe army said the raid followed weeks of surveillance.\nLast month, police announced the arrest of four men accused of smuggling arms in the region.')).toBe('disrupted-weapons-use');
  });
  it('still reads arrests made with a weapons seizure as arrests', () => {
    expect(subType('Police arrest five and seize weapons in Kano raid\nPolice arrested five suspects and seized weapons, including three rifles, in a raid on a house in Kano, Nigeria, on Monday.')).toBe('arrests');
  });
  it('reads an agreed cessation of hostilities as an agreement', () => {
    expect(subType('Army and rebels agree to halt hostilities in Lanao\nThe army and the rebel group on Monday agreed to an immediate cessation of hostilities in Lanao del Sur, a week after fighting there killed four people.\nThe deal was witnessed by church leaders.')).toBe('agreement');
  });
  it("dates an abduction by its day, not by the day a body demanded news of it (the rules alone)", () => {
    byTheRulesAlone(() => {
      const draft = read('Family demands news of teacher taken in Cojutepeque\nA teachers\' union on Friday demanded that police say where a teacher taken from her home earlier this week is held.\nMaría Reyes, 39, was taken by armed men on Tuesday, March 10, according to her family.', '2026-03-14');
      expect(draft.incident.date).toBe('2026-03-10');
    });
  });
  it("keeps the day protesters demanded something as their protest's", () => {
    byTheRulesAlone(() => {
      const draft = read('Nurses march in Lilongwe over pay\nThousands of nurses on Friday demanded higher pay in a march through Lilongwe, Malawi.', '2026-03-14');
      expect(draft.incident.date).toBe('2026-03-13');
    });
  });
  it('leaves a quote unnamed when its speaker is told only as a relative of someone named', () => {
    const draft = read('Police named the dead man as Karim Osei, 31.\nA cousin of Karim Osei said the family wanted a second autopsy. "We only want to know how he died," he said.');
    expect(draft.quotes[0]?.text).toContain('We only want to know');
    expect(draft.quotes[0]?.speaker).toBeNull();
  });
  it('gives "the police officer said" to the police official named before, not to the police', () => {
    const draft = read('The march ended without incident, said Joseph Banda, deputy commissioner of the Lusaka Province Police.\n"They kept to the agreed route," the police officer said.');
    expect(draft.quotes[0]?.speaker).toBe('Joseph Banda');
  });
  it('reads names placed by "in the", "near the" or in a list of villages as places', () => {
    const draft = read('Families fled Tawila, Kori Sumeila and surrounding villages after fighting in the Gisu Tana and near the Seko Nile. Shells fell in the Dar Kuma area of Zawiya, Libya.');
    const names = draft.locations.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kori Sumeila', 'Gisu Tana', 'Seko Nile', 'Dar Kuma']));
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
  it('does not read a declaration as a place', () => {
    const draft = read('The talks in Jeddah, Saudi Arabia, built on commitments made in the Jeddah Declaration of 2023.');
    expect(draft.locations.map((p) => p.name)).not.toContain('Jeddah Declaration');
    expect(draft.locations.map((p) => p.name)).toContain('Jeddah');
  });
  it("reads a part of a person's name before a verb of speech as that person, not as a town of that name", () => {
    const draft = read('Michoacán\'s security secretary, Gerardo Olvera Tapia, spoke in Morelia, Mexico. "We will find them," Olvera said.');
    expect(draft.locations.map((p) => p.name)).not.toContain('Olvera');
    expect(draft.locations.map((p) => p.name)).toContain('Morelia');
    expect(draft.quotes[0]?.speaker).toBe('Gerardo Olvera Tapia');
  });
  it('reads a given name and one surname as the person named in full before', () => {
    const draft = read('Rogelio Antonio Menjívar Cruz, 47, was taken from his home in Suchitoto, El Salvador. Neighbours said Rogelio Menjívar had been threatened.');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Rogelio Antonio Menjívar Cruz']);
  });
  it("reads Central America's numbered gangs whole", () => {
    const draft = read('Police arrested 14 suspected members of Barrio 18 and two of MS-13 in Guatemala on Tuesday.');
    expect(draft.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Barrio 18', 'MS-13']));
    expect(draft.actors.map((a) => a.name)).not.toContain('Barrio');
  });
  it('reads a name ending in a common word as a person when a description follows it', () => {
    const draft = read('The army was welcome, Sheikh Salem Abu Eid, a spokesman for the tribal union, said on Monday.');
    expect(draft.actors.find((a) => a.name === 'Salem Abu Eid')?.kind).toBe('person');
  });
  it('gives "the statement said" to the body opening the sentence that issued it, past a long aside', () => {
    const draft = read('Officials in Sweida counted 40 prisoners on each list, Al-Watan reported.\nThe office of Sheikh Hikmat al-Hijri, the spiritual leader who has become the most powerful voice among the factions, confirmed the truce in a statement on Wednesday.\nBut the statement said the truce "does not replace our demand for justice" for the dead.');
    expect(draft.quotes[0]?.speaker).toBe('Hikmat al-Hijri');
  });
  it("keeps a ministry's portfolios listed with commas in its name", () => {
    const draft = read('Teachers marched to the Ministry of Education, Science and Technology in Nairobi, Kenya, on Monday.');
    expect(draft.actors.map((a) => a.name)).toContain('Ministry of Education, Science and Technology');
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('twenty-fifth round (2026-12-05), from sets BJ and BK', () => {
  const subType = (text: string) => read(text).incident.subType;
  it("gives a paragraph-long quote after a statement's paragraph to the body that issued it", () => {
    const draft = read('Three aid workers were abducted near Kidira, Senegal, on Tuesday, according to the statement from Sahel Water Relief (SWR), a charity working in the region since 2015.\n"Sahel Water Relief is deeply worried for three of its staff who were taken at their work site on Tuesday afternoon. We ask for their swift release."');
    expect(draft.quotes[0]?.speaker).toBe('Sahel Water Relief');
  });
  it('gives "the statement reads" to a body named after a long opening phrase', () => {
    const draft = read('Gunmen killed nine people in Kamango, DR Congo, on Monday night.\nIn a statement issued in Beni on Wednesday, the Collective of Families of the Disappeared of North Kivu (CFDNK) described the attack as a massacre. The statement reads in part:\n"On the night of Monday, armed men entered the village and went from house to house. Our monitors counted nine bodies."');
    expect(draft.quotes[0]?.speaker).toBe('Collective of Families of the Disappeared of North Kivu');
  });
  it('reads a statement issued jointly by a body as that body\'s', () => {
    const draft = read('A truck hit a mine near Fuzuli, Azerbaijan, on Monday, according to a joint statement issued by the Mine Action Agency and the police.\nThe agency presented the statement:\n"On Monday, at around 11:00, a truck ran over an anti-tank mine on a dirt road. The driver died at the scene."');
    expect(draft.quotes[0]?.speaker).toBe('Mine Action Agency');
  });
  it('reads collectives, syndicates and chambers as bodies', () => {
    const draft = read('The Collective of Natives of Gao and the Somali Journalists Syndicate condemned the attack, as did the Chamber of Commerce of Mopti in Mali.');
    expect(draft.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Collective of Natives of Gao', 'Somali Journalists Syndicate']));
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
  it('reads a headline that says two sides agree something, with the deal in the lead, as an agreement', () => {
    expect(subType('Kyrgyzstan, Tajikistan agree border patrols after deadly clash\nKyrgyzstan and Tajikistan on Friday signed an agreement on joint border patrols in Batken, two months after a clash killed four guards.\nThe clash had broken out over a water point.')).toBe('agreement');
  });
  it('reads a rally that passed without incidents and with no one detained as peaceful', () => {
    expect(subType('Thousands rally in Tbilisi against price rises\nSeveral thousand people rallied on Saturday in central Tbilisi, Georgia, against rising prices.\nThe rally ended in the afternoon.\nPolice said the protest passed without incidents and that no one was detained.')).toBe('peaceful-protest');
  });
  it('reads a lathi-charge, and hundreds of aspirants dispersed, as a protest broken up', () => {
    expect(subType('Police lathi-charge teachers marching on Ranchi secretariat\nPolice used batons to disperse hundreds of job aspirants who tried to march to the secretariat in Ranchi, India, on Monday.')).toBe('protest-with-intervention');
  });
  it('reads militants who stormed a town and held it for hours as territory taken, before forces regained it', () => {
    expect(subType('Militants hold Dasht for hours, torch police station\nDozens of armed militants stormed Dasht, a town in Kech district, Pakistan, on Monday evening and held it for nearly five hours, setting fire to the police station before security forces regained control early on Tuesday, officials said.\nTwo policemen were killed in the attack.')).toBe('non-state-actor-overtakes-territory');
  });
  it('keeps "Human" opening a sentence in Human Rights Watch', () => {
    const draft = read('The army denied that human rights were violated in Gao, Mali. Human Rights Watch said the strike killed civilians.');
    expect(draft.actors.map((a) => a.name)).toContain('Human Rights Watch');
  });
  it('keeps "ut-" inside a name, as "al-" is', () => {
    const draft = read('Police in Osh, Kyrgyzstan, said they had detained 11 members of Hizb ut-Tahrir on Monday.');
    expect(draft.actors.map((a) => a.name)).toContain('Hizb ut-Tahrir');
  });
});

describe('twenty-sixth round (2026-12-05), from sets BL and BM', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads "a ceasefire agreed" in the lead, under an agreeing headline, as an agreement', () => {
    expect(subType('Truce holds in Tripoli after two days of clashes as militias agree to pull back\nA ceasefire agreed late on Friday between two militias in Tripoli, Libya, was holding on Sunday, after two days of clashes that killed four people.\nThe clashes had closed the airport.')).toBe('agreement');
  });
  it('reads rocket launchers dismantled before they were fired as disrupted weapons use', () => {
    expect(subType('Army dismantles rocket launchers near Marjayoun\nThe Lebanese army said on Sunday that it had found and dismantled three rocket launchers ready for firing in a field near Marjayoun, Lebanon.')).toBe('disrupted-weapons-use');
  });
  it('dates a clash by its day, not by the day a communiqué was read on television (the rules alone)', () => {
    byTheRulesAlone(() => {
      const draft = read('Army says 12 fighters killed in clash near Bol\nThe army said its troops repelled an attack near Bol, Chad, killing 12 assailants, according to a communiqué read on Télé Tchad on Thursday evening.\n"On Tuesday 10 March 2026, at around 4 a.m., terrorists attacked our position," the communiqué said.', '2026-03-13');
      expect(draft.incident.date).toBe('2026-03-10');
    });
  });
  it("gives a statement's next paragraphs to its issuer too", () => {
    const draft = read('Four deminers were abducted near Goudomp, Senegal, on Monday, according to the statement from Clear Fields Africa (CFA), a charity.\n"Clear Fields Africa is deeply worried for four of its staff taken at their work site on Monday afternoon."\n"We have told the authorities and are doing all we can to bring our colleagues home."');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Clear Fields Africa', 'Clear Fields Africa']);
  });
  it("leaves a province or a town named between a title and a name out of the person's name", () => {
    const draft = read('Police in Kandhkot, Sindh, Pakistan, said the sit-in ended after DSP Kandhkot Abdul Qadir Soomro held talks. Chief Minister Sindh Murad Ali Shah praised the police.');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Abdul Qadir Soomro', 'Murad Ali Shah']);
  });
  it('gives "the officer said" to the titled person whose sentence comes just before', () => {
    const draft = read('Colonel Ana Paredes, head of the Arequipa police, said the march ended without incident. "It was an orderly demonstration," the officer said.');
    expect(draft.quotes[0]?.speaker).toBe('Ana Paredes');
  });
  it('reads roads and roundabouts in Sinhala and Spanish, and "en" inside a name', () => {
    const draft = read('Students marched on Galle Mawatha in Colombo, Sri Lanka, while others gathered at the Óvalo Grau in Trujillo, Peru. The group Justicia en Marcha said police watched.');
    expect(draft.locations.find((p) => p.name === 'Óvalo Grau')?.countryCode).toBe('PE');
    expect(draft.locations.map((p) => p.name)).toContain('Galle Mawatha');
    expect(draft.actors.map((a) => a.name)).toContain('Justicia en Marcha');
  });
});

describe('twenty-seventh round (2026-12-05), from sets BN and BO', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads soldiers who neutralise a device before it goes off as disrupted weapons use', () => {
    expect(subType('Dapaong: soldiers neutralise a roadside bomb near Cinkassé\nA roadside bomb buried on the road near Cinkassé, Togo, was discovered and neutralised on Monday morning, the army said.')).toBe('disrupted-weapons-use');
  });
  it('reads a headline that counts the killed ("19 killed") before the abducted as an attack', () => {
    expect(subType('At least 12 killed, women abducted in night attack on Akobo village\nAt least 12 civilians were killed and several women abducted when armed men attacked a village in Akobo County, South Sudan, on Sunday night. The kidnappers fled with cattle.')).toBe('attack');
  });
  it('reads protesters who torch a building in the headline as a riot, even when police fired on them', () => {
    expect(subType('Protesters torch electricity office in Kut over power cuts\nHundreds of protesters stormed the electricity office in Kut, Iraq, on Saturday night. Police opened fire on the protesters with live ammunition, killing two demonstrators, witnesses said.')).toBe('violent-demonstration');
  });
  it('does not date an incident by a dateline with an agency\'s initials after the date (the rules alone)', () => {
    byTheRulesAlone(() => {
      const draft = read('Chiefs sign peace deal in Yendi\nYendi (N/R), Aug. 21, GNA – Representatives of two clans on Thursday signed a peace agreement in Yendi, Ghana.', '2026-08-21');
      expect(draft.incident.date).toBe('2026-08-20');
    });
  });
  it('reads dotted initials of suspects as no body, and keeps the U.N.', () => {
    const draft = read('Police in Mitrovica, Kosovo, arrested two suspects identified by their initials as K.B. and R.T. The U.N. mission said it was concerned.');
    expect(draft.actors.map((a) => a.name)).toEqual(['U.N.']);
  });
  it('reads "Co Tyrone" as the county, in the story\'s country', () => {
    const draft = read('A device was found near Omagh, Co Tyrone, Northern Ireland, on Monday.');
    expect(draft.locations.find((p) => p.name === 'Co Tyrone')).toMatchObject({ kind: 'admin2', countryCode: 'GB' });
  });
  it('reads a person identified only by a first name after "identified only by his first name"', () => {
    const draft = read('A trader in El Fasher, Sudan, who asked to be identified only by his first name, Adam, said the shell hit the market. "There was blood everywhere," he told reporters.');
    expect(draft.actors.find((a) => a.name === 'Adam')?.kind).toBe('person');
    expect(draft.quotes[0]?.speaker).toBe('Adam');
  });
});

describe('twenty-eighth round (2026-12-05), from sets BP and BQ', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('drops a plural common noun and "and" that open a sentence before a body', () => {
    const draft = read('The town of Apatzingán, Mexico, was quiet on Monday. Soldiers and National Guard troops patrolled the streets.');
    expect(draft.actors.map((a) => a.name)).toContain('National Guard');
    expect(draft.actors.map((a) => a.name)).not.toContain('Soldiers and National Guard');
  });
  it('reads "Kachalla" as a bandit leader\'s title, and "Tudun" opening a Hausa village\'s name', () => {
    const draft = read('Jets struck a camp of Kachalla Musa Dogo near Tudun Kaura in Zamfara, Nigeria, on Monday.');
    expect(draft.actors.find((a) => a.name === 'Musa Dogo')?.kind).toBe('person');
    expect(draft.locations.map((p) => p.name)).toContain('Tudun Kaura');
  });
  it('reads a mob that kills men accused of helping kidnappers as mob violence', () => {
    expect(subType('Mob kills 3 men accused of spying for kidnappers in Katsina\nAn angry mob beat and burned to death three men accused of working as informants for kidnapping gangs in Funtua, Katsina State, Nigeria, police said.')).toBe('mob-violence');
  });
  it('reads clans signing a peace covenant as an agreement', () => {
    expect(subType('Feuding clans in Lanao del Sur sign peace pact\nTwo clans whose feud left three people dead in a gun battle last year ended their conflict on Friday, signing a peace covenant before army and provincial officials in Marawi, the Philippines.')).toBe('agreement');
  });
  it('does not read someone taken to a health centre as territory taken', () => {
    expect(subType('Two farmers shot dead in firing from hills at Kangchup\nTwo farmers were killed and a third was taken to the Kangpokpi Community Health Centre after suspected militants fired from the hills on paddy fields at Kangchup, Manipur, India, on Monday.')).toBe('attack');
  });
  it('reads a two-word demonym inside a body\'s name as the story\'s country', () => {
    const draft = read('Gendarmes backed by the Central African Armed Forces arrested nine men in Bouar on Tuesday. They will be taken to Bangui, and the road to Douala in Cameroon stays open.');
    expect(draft.locations.find((p) => p.name === 'Bouar')?.countryCode).toBe('CF');
  });
  it('leaves "he said" unnamed after a paragraph ending on an unnamed witness', () => {
    const draft = read('Police chief Musa Ibrahim said troops were searching the forest near Gusau, Nigeria.\nThree residents, reached by phone, said they heard jets. One of them, a trader who asked not to be named, said wounded men fled on motorcycles.\n"We heard the bombs from here," he said.');
    expect(draft.quotes[0]?.speaker).toBeNull();
  });
  it('reads "the council member said" as no body speaking', () => {
    const draft = read('The Karenni Interim Council said troops had entered Loikaw, Myanmar. A member of the council, who asked not to be named, said residents had fled.\n"We need rice and medicine," the council member said.');
    expect(draft.quotes[0]?.speaker).toBeNull();
  });
  it('splits a body and another body\'s acronym joined by "and"', () => {
    const draft = read('Troops of the Assam Rifles and CRPF were deployed in Bishnupur, Manipur, India.');
    expect(draft.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Assam Rifles', 'CRPF']));
  });
});

describe('twenty-ninth round (2026-12-05), from sets BR and BS', () => {
  it("reads a given name that is also a body's word as a person's when a description follows it", () => {
    const draft = read('"They burned the olive groves," Jihad Nasser, head of the Burin village council, told reporters in the West Bank on Sunday. Speaking to state-run Radio Mogadishu, the commander said troops had left.');
    expect(draft.actors.find((a) => a.name === 'Jihad Nasser')?.kind).toBe('person');
    expect(draft.actors.find((a) => a.name === 'Radio Mogadishu')?.kind).toBe('media');
  });
  it('reads "-designed" as a modifier, not part of a name', () => {
    // With the learned second look too: it made a person of the name the rules used to read.
    const draft = extractBriefing('Drones hit Sumy\nRussia launched 90 attack drones, mostly Iranian-designed Shaheds, and two missiles at Sumy, Ukraine, overnight, the air force said.', { publishedAt: '2026-03-02' });
    expect(draft.actorRoles.map((r) => r.actor.name).filter((name) => /Shahed/.test(name))).toEqual([]);
    // ...and still reads what the sentence does name.
    expect(draft.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Sumy', 'Ukraine']));
  });
});

describe('thirtieth round (2026-12-05), from sets BV and BW', () => {
  it('gives a quote to a body that "called on" someone with it', () => {
    expect(speakerOf('On Monday evening, the human rights organisation Citizens Against Torture (CAT) called on the authorities to "release every detainee held without charge" before the holiday in Bamako, Mali.', 'release every')).toBe('Citizens Against Torture');
  });
  it('gives "For X, the deal is "..."" to X', () => {
    expect(speakerOf('Elders signed the truce in Marsabit, Kenya, on Friday. For the county commissioner, Joseph Mwangi, the truce is "a fragile beginning that needs work".', 'fragile beginning')).toBe('Joseph Mwangi');
  });
  it('reads "she assured" as speech', () => {
    expect(speakerOf('The governor, Amina Bello, visited the camp in Yola, Nigeria, on Sunday. "No family will be left without food," she assured.', 'No family')).toBe('Amina Bello');
  });
  it('keeps "he said" unnamed after a resident reached by an outlet', () => {
    expect(speakerOf('The road to Bossangoa, Central African Republic, was closed on Tuesday.\nReached by telephone by Studio Kalangou, a farmer near Bossangoa said the fields were empty. "We cannot go out to plant," he said.', 'We cannot')).toBeNull();
  });
  it('gives a quote after "According to the statement" to the body that issued it', () => {
    expect(speakerOf('The Ministry of Defence said in a statement read on state television that troops had repelled an attack near Mopti, Mali. According to the statement, the unit was ambushed on Sunday by "dozens of terrorists on motorbikes and in pick-up trucks".', 'dozens of')).toBe('Ministry of Defence');
  });
  it('names the man "who gave his name as" someone', () => {
    expect(speakerOf('"The roof fell on us while we slept," said the man, who gave his name as Ko Aung Naing. The strike hit Monywa, Myanmar, on Monday.', 'roof fell')).toMatch(/Aung Naing/);
  });
  it('gives a quote to the body opening the sentence, past an aside that names a person\'s party', () => {
    expect(speakerOf("The Karen National Union (KNU), an armed group allied with lawmakers of Aung San Suu Kyi's ousted party, said on Monday the strike on Hpapun, Myanmar, was \"an attack on people who had nothing left\".", 'nothing left')).toBe('Karen National Union');
  });
  it('goes on in a statement\'s voice after "it continued", past bodies the statement names', () => {
    const draft = read('In a statement on Friday, the Interior Ministry said raids were carried out in Culiacán, Mexico. "Agents of the Navy and the Attorney General\'s Office searched two houses," the statement said. "Five people were detained and rifles seized," it continued.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Interior Ministry', 'Interior Ministry']);
  });
  it('keeps a three-word quote a body appealed with', () => {
    expect(speakerOf('Governor Paulo Tembe, speaking in Pemba, Mozambique, on Monday, appealed to residents "not to flee" and said help was coming.', 'not to flee')).toBe('Paulo Tembe');
  });
  it('reads a cache of rifles and bomb-making material recovered, with nothing exploding, as disrupted weapons use', () => {
    expect(read('Police find weapons cache near border\nPolice in Lindi Region have recovered a cache of rifles, ammunition and materials for making improvised explosive devices buried in a forest near Nachingwea, Tanzania, the regional police commander said on Monday.').incident.subType).toBe('disrupted-weapons-use');
    expect(read('Arms dump found in forest near Nachingwea\nPOLICE in Lindi have recovered rifles, grenades and explosive materials buried in plastic drums in a forest near Nachingwea, Tanzania.\nThe regional commander said the explosives were meant for making improvised explosive devices and that bomb disposal experts had taken them away.').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads a name described as a settlement, or "at" a name before the day, as a place', () => {
    const draft = read('Jets hit Kangar Dutse, a fishing settlement in Borno, Nigeria, on Sunday. A militia leader, Bukar Kolo, said traders arriving at Kwata Fulbe on Monday saw the camp burning.');
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Kangar Dutse', 'Kwata Fulbe']));
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Bukar Kolo']);
  });
  it('reads past "a.m." to the statement that opens the sentence', () => {
    expect(read('The Ministry of Defence said in a statement that troops repelled an attack near Ménaka, Mali. According to the statement, the patrol was attacked on Sunday at around 10 a.m. near the village of Tinfadimata by "hundreds of terrorists on motorbikes and pick-ups".').quotes[0]?.speaker).toBe('Ministry of Defence');
  });
  it('reads a name taken for a person in the headline as the town the text then says it is', () => {
    const draft = read('Army says it has recaptured Warta Dhuusa from al-Shabaab\nThe Somali National Army has retaken the strategic town of Warta Dhuusa in Middle Shabelle region, Somalia, officials said.');
    expect(draft.locations.map((p) => p.name)).toContain('Warta Dhuusa');
    expect(draft.actors.map((a) => a.name)).not.toContain('Warta Dhuusa');
  });
  it('finds a town whose hyphen the gazetteer closes up', () => {
    expect(defaultGazetteer().lookup('Pétion-Ville').map((p) => `${p.name} ${p.countryCode}`)).toContain('Pétionville HT');
  });
  it('reads a ward, a cantonment and a settlement word as places, and a machine operator at a factory as a person', () => {
    const draft = read('"We have not been paid," said Rokeya Begum, a sewing operator at Delta Knit in Gazipur, Bangladesh. Troops later fought militants near Lashio\'s Nam Hkam ward and outside the Kohat Cantonment.');
    expect(draft.actors.find((a) => a.name === 'Rokeya Begum')?.kind).toBe('person');
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Nam Hkam', 'Kohat Cantonment']));
  });
  it('reads Ahlu Sunnah Wa-Jama\'a as a body', () => {
    expect(read('Cabo Delgado was first attacked by insurgents, then known as Ahlu Sunnah Wa-Jama\'a, in 2017, Mozambique.').actors.find((a) => /Ahlu Sunnah/.test(a.name))?.kind).toBe('armed-group');
  });
});

describe('thirty-first round (2026-12-05), from sets BX and BY', () => {
  const countryOf = (text: string, name: string) => read(text).locations.find((p) => p.name === name)?.countryCode;
  it("does not place a village in the country of the side whose shells hit it", () => {
    expect(countryOf('Farmer killed as Israeli shells hit outskirts of Deir Mimas Tahta\nA Lebanese farmer was killed when Israeli artillery shells struck the border village of Deir Mimas Tahta overnight, Lebanon\'s Health Ministry said. Israel says it targets Hezbollah positions.', 'Deir Mimas Tahta')).toBe('LB');
  });
  it("does not place a town in the country named last when the story is about another", () => {
    expect(countryOf('Shelling hits Khiam, Lebanon\nIsraeli artillery hit Khiam in south Lebanon on Tuesday, Lebanon\'s state news agency said. The Lebanese army deployed in Marjayoun. Israel and Hezbollah agreed a truce in 2024.\nThe shelling came days after a drone strike on a car in the town of Ain Qana Tahta killed a man.', 'Ain Qana Tahta')).toBe('LB');
  });
  it('dates an incident told "overnight" in the lead by the lead, not by a day written far below for another attack', () => {
    const draft = read('Drones hit Sumy apartment block\nSUMY, Ukraine, March 10 (Reuters) - Russian drones struck an apartment block in Sumy overnight, killing three people, officials said on Tuesday.\nThe regional governor said 14 people were wounded. Rescuers searched the rubble through the morning. Schools in the city were closed. The city lies 30 km from the border.\nOn Sunday, a drone attack on Odesa cut power to thousands of homes.', '2026-03-10');
    // Overnight into Tuesday: Monday night or Tuesday; never Sunday.
    expect(['2026-03-09', '2026-03-10']).toContain(draft.incident.date);
  });
  it('reads "reported on June 3" as the day of the report', () => {
    expect(read('Ukrainian troops liberate Pryiutne in Zaporizhzhia Oblast, General Staff says\nUkrainian forces have regained control of the village of Pryiutne in Zaporizhzhia Oblast after nearly a week of fighting, the General Staff of Ukraine\'s Armed Forces reported on June 3.\nAccording to the General Staff, soldiers of the 33rd Brigade finished clearing the village of Russian troops on June 2 and raised the flag over the school.', '2026-06-04').incident.date).toBe('2026-06-02');
  });
  it('reads "U.S. Central Command said" past the stops of its initials, and goes on in its voice with "It ... said"', () => {
    const draft = read('BEIRUT (AP) — A drone strike hit a car near Atareb in northwestern Syria late Saturday, killing two men.\nU.S. Central Command said in a statement Sunday that its forces carried out the strike and killed "a senior ISIS official who planned attacks in Syria and beyond." It identified the man as Omar Jasim al-Rawi, also known as Abu Bakr al-Iraqi, and said he had been involved in "moving money and weapons for cells" in the east.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['U.S. Central Command', 'U.S. Central Command']);
  });
  it('keeps a quote unnamed when an unnamed resident said it mid-sentence and "He said" opens the next sentence', () => {
    const draft = read('Police chief Omar Haddad said the strike hit a car near Atareb, Syria.\nA resident who asked that his name not be used said he had heard a drone for an hour before "a huge blast that shook every window on the street." He said rescuers took away two bodies.');
    expect(draft.quotes[0]?.speaker).toBeNull();
  });
  it('reads a reporter "seized by gunmen" as an abduction', () => {
    expect(read('Syndicate demands release of Hodeidah reporter seized by Houthi gunmen\nADEN, 12 May 2026 – The Yemeni Journalists Syndicate has demanded the release of Nabil Saleh, a reporter who it said was taken by armed men from his home in Hodeidah on the evening of Sunday, 10 May.', '2026-05-12').incident.subType).toBe('abduction-forced-disappearance');
  });
  it('reads a person described by a post in "the group\'s" as a person, and a convener\'s and a datuk\'s titles as titles', () => {
    const draft = read('"Many had gunshot wounds," Marta Ruiz Vidal, the group\'s head of mission in Bangui, Central African Republic, said. Student Union Convener Kasun Perera said the march was peaceful. Commander Datuk Azlan Hamzah said troops were on alert. Datuk Azlan added that boats were searched.');
    expect(draft.actors.find((a) => a.name === 'Marta Ruiz Vidal')?.kind).toBe('person');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Azlan Hamzah', 'Kasun Perera', 'Marta Ruiz Vidal']);
  });
  it('reads a power station, a chiefdom, "half of" a name and a village "struck ... in" a district as places', () => {
    const draft = read('Drones struck the Um Sayala power station near Kosti in White Nile state, Sudan, and rockets struck Ban Nong Kha in Kantharalak district. Chiefs of the Bapere Mambasa chiefdom fled. The island forms the western half of New Guinea.');
    const names = draft.locations.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Ban Nong Kha', 'Bapere Mambasa', 'New Guinea']));
    expect(names.some((n) => /^Um Sayala/.test(n))).toBe(true);
    expect(draft.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('thirty-second round (2026-12-05), from sets BZ and CA', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads a drone shot down before it struck, and an arsenal found, as disrupted weapons use', () => {
    expect(subType('Army downs drone carrying explosives near Ruwaished\nAMMAN — Border guards shot down a drone carrying explosives and rifles that crossed into Jordan from Syria early on Tuesday, the army said.')).toBe('disrupted-weapons-use');
    expect(subType('Police unearth gang arsenal on farm in Usulután\nAn arsenal of rifles, shotguns, grenades and ammunition buried in barrels was found on Sunday on a farm in Usulután, El Salvador, police said.')).toBe('disrupted-weapons-use');
  });
  it('does not place the incident in the town across the border that the place faces', () => {
    const text = "Suicide bomber kills two Venezuelan guardsmen at Apure border checkpoint\nCARACAS, March 4, 2026 (AFP) - A man on a motorcycle loaded with explosives blew himself up at a National Guard checkpoint in Venezuela's western Apure state late Monday, killing himself and two guardsmen, the armed forces said.\nFive other soldiers were wounded in the blast, which struck a roadside post at the entrance to El Nula, a small town on the Uribante river that faces the Colombian city of Arauca across the border, according to a statement from the army.\nColombian troops in Arauca were put on alert, Colombia's defence ministry said.";
    expect(read(text, '2026-03-04').incident.location).toBe('El Nula');
  });
  it('does not date the incident by what raiders "had" done days before', () => {
    expect(read('Soldier and four raiders killed in Kotido gunfight\nKOTIDO. A soldier and four cattle raiders were killed on Saturday when troops exchanged fire with armed warriors at Losilang village in Kotido District, Uganda.\nThe clash followed a pursuit of warriors who had raided Rengen Sub-county last Thursday, driving away 300 cattle.', '2026-07-27').incident.date).toBe('2026-07-25');
  });
  it('does not read a headline\'s last word as the title of the name opening the next line', () => {
    const draft = read('Army retakes Qatia from militants: spokesman\nEgypt\'s Armed Forces have regained full control of Qatia in North Sinai, four days after Islamic State militants stormed it, the military spokesman said.');
    expect(draft.actors.map((a) => a.name)).not.toContain('Egypt');
    // ...and still reads it as the country it is.
    expect(draft.locations.find((p) => p.name === 'Egypt')?.countryCode).toBe('EG');
  });
  it('reads the country of a post apart from the person who holds it', () => {
    const draft = read('"Children must be protected," said UNICEF Representative in South Sudan Marie Dubois-Kane. The children were taken near Pibor.');
    expect(draft.actors.find((a) => a.name === 'Marie Dubois-Kane')?.kind).toBe('person');
    expect(draft.quotes[0]?.speaker).toBe('Marie Dubois-Kane');
  });
  it('keeps short quotes reported as "what he called" and after "In a statement, he said"', () => {
    expect(speakerOf('In a statement on social media, President Kemal Arslan condemned what he called a "cowardly terrorist attack" in Gaziantep, Turkey.', 'cowardly')).toBe('Kemal Arslan');
    expect(speakerOf('Rebel spokesman Kuku Ali Jumma denied targeting civilians in Kadugli, Sudan. In a statement, he said the fighters had struck "legitimate military positions" in the town.', 'legitimate')).toBe('Kuku Ali Jumma');
  });
  it('gives a quote to the one body before the verb, to "him" whom an outlet quoted, and to a body posting "with the message:"', () => {
    expect(speakerOf('A man died in custody in Maan, Jordan. The Public Security Directorate said Ahmad Nawafleh had "suffered a sudden health crisis in his cell" on Sunday.', 'sudden health')).toBe('Public Security Directorate');
    expect(speakerOf('Maan Governor Khaled Hijazin met tribal elders in Maan, Jordan, on Monday. The state news agency Petra quoted him as saying the inquiry would be "independent and serious and fast".', 'independent')).toBe('Khaled Hijazin');
    expect(speakerOf('The Ministry of Justice shared the police post on Sunday with the message: "Not a single weapon will remain hidden in San Miguel."', 'Not a single')).toBe('Ministry of Justice');
  });
});

describe('thirty-third round (2026-12-05), from sets CB and CC', () => {
  const subType = (text: string) => read(text).incident.subType;
  it('reads people held on suspicion of preparing riots as arrests, not a riot', () => {
    expect(subType('Security service detains four suspected of plotting mass riots in Osh\nOfficers of the security service detained four people in Osh, Kyrgyzstan, on Tuesday on suspicion of preparing mass riots, the service said.\nA case was opened under Article 278 (Mass riots) of the Criminal Code.')).toBe('arrests');
  });
  it('reads a smuggling attempt thwarted as disrupted weapons use', () => {
    expect(subType('Border guards foil attempt to smuggle weapons into Najran\nBorder guards have thwarted an attempt to smuggle rifles, ammunition and explosives into Saudi Arabia through the Najran region. The consignment included two improvised explosive devices ready for use, a spokesman said.')).toBe('disrupted-weapons-use');
  });
  it('reads a rally broken up by security forces as a protest that met intervention', () => {
    expect(subType('Police break up pensioners\' rally in Shiraz\nSecurity forces in the Iranian city of Shiraz broke up a rally by retired teachers demanding higher pensions on Sunday, a rights group said.')).toBe('protest-with-intervention');
  });
  it('reads a Serail as a place, and an unnamed speaker told by their age as unnamed', () => {
    const draft = read('Protesters set fire to Sidon Serail gate\nLawmaker Rami Haddad condemned the attack in Sidon, Lebanon. "The Serail belongs to everyone," he said.\nA 24-year-old mechanic who took part in the march said it was meant to be peaceful. "We came to shout, not to burn," he said.');
    expect(draft.actors.map((a) => a.name)).not.toContain('Sidon Serail');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Rami Haddad', null]);
  });
  it('gives a quote to "the human rights organization" that noted it', () => {
    expect(speakerOf('The Kalys Legal Clinic said in a statement that the case in Bishkek, Kyrgyzstan, raised concerns. "Accusations of plotting riots have become a tool against critics," the human rights organization noted.', 'Accusations')).toBe('Kalys Legal Clinic');
  });
});

describe('thirty-fourth round (2026-12-05), from sets CD and CE', () => {
  it('places "the Armenian village of X" in Armenia, whatever the sentence names of the other side', () => {
    const draft = read('Armenia and Azerbaijan sign border protocol\nYEREVAN, Armenia (AP) — The protocol was signed on the border between Armenia\'s Tavush province and Azerbaijan\'s Gazakh district, just outside the Armenian village of Voskepar Nor, officials in Baku and Yerevan said.', '2026-05-27');
    expect(draft.locations.find((p) => p.name === 'Voskepar Nor')?.countryCode).toBe('AM');
  });
  it('reads the day a group "published the statement" as the day of the statement', () => {
    expect(read('Rights group says Russian forces detained teacher in Oleshky\nKYIV — A Ukrainian rights group says Russian forces took a retired teacher from his home in occupied Oleshky, Kherson region, last week.\nThe group published the statement on Monday, 20 July. We reproduce it below.\nOn 14 July 2026, armed men in uniform came to the house of Petro Kovalenko and drove him away.', '2026-07-21').incident.date).toBe('2026-07-14');
  });
  it('reads a region "known as" a name, residents "of nearby" a name, and someone "(34) of" a name as places', () => {
    const draft = read('Soldiers patrolled the region known as Tierra Fria in Michoacán, Mexico. Residents of nearby Nueva Esperanza fled. Police arrested Laishram Tomba (34) of Khurai Lamlong Leikai in Imphal, India.');
    expect(draft.locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Tierra Fria', 'Nueva Esperanza', 'Khurai Lamlong Leikai']));
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Laishram Tomba']);
  });
});

describe('thirty-fifth round (2026-12-05), from sets CF and CG', () => {
  it('reads a military accused of using a drone to drop explosives as a drone strike', () => {
    expect(read('Rights coalition says military drone killed two in Puncak\nJAKARTA - Rights groups have accused the army of using a drone to drop explosives on a village in Puncak regency, Central Papua, Indonesia, killing a woman and her son.').incident.subType).toBe('air-drone-strike');
  });
  it('dates an agreement by the day it "was reached", not the calm of the day after (the rules alone)', () => {
    byTheRulesAlone(() => {
      expect(read('Libya: rival Tripoli forces agree ceasefire after days of deadly clashes\nTripoli (AFP) - Rival armed groups in Tripoli have agreed to a ceasefire after three days of clashes that killed at least eight people, the Presidential Council announced, as calm largely returned to the city on Thursday.\nThe agreement was reached late Wednesday between the two forces, following mediation by elders from Misrata.', '2026-11-20').incident.date).toBe('2026-11-18');
    });
  });
  it('gives "It said" and "the communiqué said" to the body after the opening phrase of the sentence before', () => {
    const draft = read('Fighting in Djibo, Burkina Faso, lasted until the afternoon.\nIn a communiqué read on the national broadcaster RTB on Tuesday evening, the Armed Forces General Staff gave a different picture. It said the units had repelled "a complex and coordinated terrorist attack" near the town.\n"The courage of the men made it possible to inflict a severe defeat on the enemy," the communiqué said.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Armed Forces General Staff', 'Armed Forces General Staff']);
  });
  it('reads the name before a lower-case post and its holder as a body, and "posed" as speech', () => {
    const draft = read('"The anger did not come from nowhere," Walhi Central Sulawesi director Sunardi Katili said in Palu, Indonesia. Riders chairman Dickson Omondi said protests would go on in Kisumu, Kenya. "He went into that cell alive and came out dead. Who killed him?" Omondi posed.');
    expect(draft.actors.find((a) => a.name === 'Walhi Central Sulawesi')?.kind).toBe('other-organization');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Sunardi Katili', 'Dickson Omondi']);
  });
});

describe('thirty-sixth round (2026-12-05), from sets CH and CI', () => {
  it('does not read "the North Zone" of a city as a town called Zone abroad', () => {
    const draft = read('Drones drop explosives on police base\nThree officers were wounded when drones dropped explosives on a police base in Complexo da Maré, in the North Zone of Rio de Janeiro, on Monday.', '2026-06-16');
    expect(draft.locations.find((p) => p.name === 'North Zone')?.countryCode).toBe('BR');
    expect(draft.locations.every((p) => p.countryCode === 'BR' || p.countryCode === null)).toBe(true);
  });
  it('does not place a town by a country or a capital that speaks after the comma', () => {
    expect(read('An Italian tourist has been abducted by armed men in Algeria\'s far south, near the desert town of Bordj El Haoues, Italy\'s foreign ministry confirmed on Friday. Italy and Rome were named again and again: Italian police, Italian diplomats.').locations.find((p) => p.name === 'Bordj El Haoues')?.countryCode).toBe('DZ');
    expect(read('Two engineers were abducted in Algeria near Tin Zaouatine, Rome said on Friday, naming two Italians.').locations.find((p) => p.name === 'Tin Zaouatine')?.countryCode).toBe('DZ');
  });
  it('gives "the press release said" to the body that issued it, and reads "Sadar" as a place', () => {
    const draft = read('The gunfight took place near Ruma in Bandarban, Bangladesh, the ISPR said in a press release on Sunday.\n"The terrorists opened fire and the army members retaliated," the press release said.\nResidents have fled to Thanchi Sadar fearing fresh violence.');
    expect(draft.quotes[0]?.speaker).toBe('ISPR');
    expect(draft.locations.map((p) => p.name)).toContain('Thanchi Sadar');
  });
  it('reads a titled name ending in "Islam" as a person', () => {
    expect(read('Bandarban Superintendent of Police Md Shahidul Islam confirmed that three bodies had been received in Bangladesh.').actors.find((a) => /Shahidul Islam/.test(a.name))?.kind).toBe('person');
  });
  it('dates a town regained by the day it was regained, not the day it was stormed', () => {
    expect(read('Pakistan says forces retake Balochistan town from separatist fighters\nQuetta (AFP) - Pakistani security forces have regained control of the town of Kalat in Balochistan province after a day-long operation against separatist fighters, the military said Monday.\nDozens of fighters stormed Kalat on the evening of August 1, setting fire to offices.\nTroops cleared the town on Sunday, the military said.', '2026-08-04').incident.date).toBe('2026-08-02');
  });
});

describe('thirty-seventh round (2026-12-05), from sets CJ and CK', () => {
  it('reads improvised mortar rounds that fell on a police station as shelling', () => {
    const text = "ELN 'tatucos' hit Sardinata police station: one patrolman dead, three wounded\nCúcuta. A police patrolman was killed and three other officers were wounded in the early hours of Sunday when at least six improvised mortar rounds fell on the police station in Sardinata, Norte de Santander, in an attack the authorities attributed to the National Liberation Army (ELN).\nThe projectiles, homemade gas cylinders packed with explosives and shrapnel, were launched from a rural area.\nThe explosions damaged eleven houses. An explosive charge left near the park was later detonated by police experts.\nThe ELN has used improvised explosive devices and explosive-laden motorcycles in attacks on police across Catatumbo this year.";
    expect(read(text, '2026-04-06').incident.subType).toBe('shelling-artillery-missile-attack');
  });
  it('reads the date after "reported on Sunday evening," as the report\'s day', () => {
    expect(read('Ukrainian forces retake Novoprokopivka, General Staff says\nUkrainian troops have regained control of the village of Novoprokopivka in Zaporizhzhia region, the General Staff reported on Sunday evening, 7 June.\nThe brigade finished clearing the village on Saturday, 6 June, the General Staff said.', '2026-06-08').incident.date).toBe('2026-06-06');
  });
  it('reads "Commander-in-Chief of the Armed Forces of Ukraine" as a title, and an honorific inside a full name as the name\'s', () => {
    const people = read('Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi thanked the brigade in Robotyne, Ukraine. Internal Security Minister Mohamed Sheikh Ali Dhoore condemned an attack in Mogadishu, Somalia.').actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Mohamed Sheikh Ali Dhoore', 'Oleksandr Syrskyi']);
  });
  it('places a town of two named countries in the one whose district the text names', () => {
    const draft = read('Smuggler killed in shootout on Azerbaijan-Iran border in Astara\nA smuggler was killed and an Azerbaijani border guard wounded in a clash on the border with Iran in the Astara district late on Wednesday, the State Border Service said. The men came from Iranian territory and fled back into Iran.');
    expect(draft.locations.find((p) => p.name === 'Astara')?.countryCode).toBe('AZ');
  });
  it('gives a quote opening the paragraph after a communiqué to its issuer, as after a statement (an é ends no word for \\b)', () => {
    const draft = read('Fighting near Djibo, Burkina Faso, lasted hours. The General Staff of the Armed Forces published a communiqué on Tuesday evening.\n"Units of the 14th battalion repelled a complex attack near Djibo and neutralised dozens of terrorists."');
    expect(draft.quotes[0]?.speaker).toBe('General Staff of the Armed Forces');
  });
});

describe('thirty-eighth round (2026-12-05), from sets CN and CO', () => {
  it("gives a reproduced communiqué to the body the text says issued it, not to a body its words open with", () => {
    const text = 'Chad and rebels sign ceasefire\nThe government and the rebel Council for the Salvation of the Republic signed a ceasefire in Faya-Largeau, Chad, on Saturday.\nThe signing was announced in a communiqué from the Ministry of National Reconciliation, read on national television on Sunday evening. We reproduce its main passages below.\n"The Government of the Republic of Chad and the rebel council signed, on Saturday 15 August 2026, an agreement on the definitive cessation of hostilities."\n"The Government welcomes the spirit of responsibility shown by the two parties."';
    expect(speakers(text)).toEqual(['Ministry of National Reconciliation', 'Ministry of National Reconciliation']);
  });
  it('still gives a statement with no issuer told to the body its words open with', () => {
    const text = 'Police arrest 17 in Bawku\nSeventeen suspects were arrested in Bawku, Ghana, on Sunday.\nA press release signed by the regional police spokesman and issued in Bolgatanga on Monday reads in part:\n"The Upper East Regional Police Command, in collaboration with the military, conducted an operation at Natinga in the early hours of Sunday.\n"The suspects are in police custody assisting investigations."';
    expect(speakers(text)).toEqual(['Upper East Regional Police Command', 'Upper East Regional Police Command']);
  });
  it('gives "The statement, as published by the news agency X, reads:" to the statement\'s issuer, not its publisher', () => {
    const text = 'Yemen army says it retook Harib\nYemen\'s government said on Monday that its forces had recaptured the centre of Harib district from the Houthis.\nThe announcement came in a statement issued by the Armed Forces Media Centre, a day after heavy fighting. The statement, as published by the state news agency Saba, reads:\n"The heroes of the national army succeeded on Sunday in liberating the centre of Harib district."';
    expect(speakers(text)).toEqual(['Armed Forces Media Centre']);
  });
  it('reads a state\'s embassy written in lower case as one government body', () => {
    const draft = read('Gunmen abducted three Chinese nationals at a mine in Kayes, Mali, the Chinese embassy in Bamako said. In a statement on Monday, the Chinese embassy in Mali said it had "immediately activated the emergency mechanism". The Cambodian embassy in January had warned of the same.');
    const embassies = draft.actors.filter((a) => /embassy/.test(a.name));
    expect(embassies.map((a) => [a.name, a.kind])).toEqual([['Chinese embassy in Bamako', 'government'], ['Cambodian embassy', 'government']]);
    expect(draft.quotes[0]?.speaker).toBe('Chinese embassy in Bamako');
  });
  it('reads a capitalised title of a place before a comma and a name as the title, and its initials without the place', () => {
    const draft = read('State radio reported on Saturday that the Senior Divisional Officer for Mayo-Sava, Ousmanou Bakary, had visited Amchide, Cameroon. Speaking to residents, the SDO said: "The State will not abandon you."');
    expect(draft.actors.find((a) => a.name === 'Ousmanou Bakary')?.role).toBe('Senior Divisional Officer for Mayo-Sava');
    expect(draft.actors.map((a) => a.name)).not.toContain('SDO');
    expect(draft.quotes[0]?.speaker).toBe('Ousmanou Bakary');
    // Before a place the gazetteer knows, the title is the place's, not a person's.
    expect(persons('The chief minister sought a report from the Inspector General of Police, Punjab, in Lahore, Pakistan.')).toEqual([]);
  });
  it('gives "he said" inside a paragraph that opened on an unnamed source to that source, not to the person named before', () => {
    const draft = read('Shells hit Amchide\n"Homes burned all night," traditional ruler Abba Goni said in Amchide, Cameroon.\nA military source in Maroua, who asked not to be named because he is not authorised to speak, said the shells were fired from Nigeria. He said troops responded with artillery fire. "Our units located the firing positions and the threat was neutralised," he said.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Abba Goni', null]);
  });
  it('reads one-word names in a list of people as people, not places', () => {
    const draft = read('Gunmen abducted six workers in Lakki Marwat, Pakistan, on Monday. The abducted labourers were identified as Gul Wazir, Rafiullah, Sher Ali, Naseebullah, Abdul Qayyum and Irfanullah. Police said four came from Bannu.');
    expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Abdul Qayyum', 'Gul Wazir', 'Irfanullah', 'Naseebullah', 'Rafiullah', 'Sher Ali']);
    expect(draft.locations.map((p) => p.name)).not.toContain('Rafiullah');
  });
  it('reads "Ain o Salish Kendra (ASK)" as one body: "o" inside a name, and initials in brackets make no site of it', () => {
    const draft = read('Police fired tear gas at students in Dhaka, Bangladesh, on Monday. Rights body Ain o Salish Kendra (ASK) condemned the police action.');
    expect(draft.actors.find((a) => a.name === 'Ain o Salish Kendra')?.kind).toBe('other-organization');
    expect(draft.locations.map((p) => p.name)).toEqual(['Dhaka', 'Bangladesh']);
  });
  it("reads a weapon's model before 'rifle' as no body", () => {
    expect(actorNames('Inside were two AKM assault rifles, a FAL rifle and 12 grenades, the Joint Command of the Armed Forces (CCFFAA) of Peru said.')).toEqual(['Joint Command of the Armed Forces']);
  });
});

describe('thirty-ninth round (2026-12-05), from sets CP and CQ', () => {
  it('reads "Nigerian" as Nigeria\'s demonym, not Niger\'s, and "Nigerien" as Niger\'s', () => {
    expect(read('A bomber blew herself up in the northeast Nigerian town of Konduga late on Saturday, killing 12.').locations.find((p) => p.name === 'Konduga')?.countryCode).toBe('NG');
    expect(read('The Nigerien army and Nigerian police met in Diffa on Monday.').actors.filter((a) => a.kind === 'state-force').map((a) => a.name)).toEqual(['Nigerien army', 'Nigerian police']);
  });
  it('reads a town seized, then described after a comma ("seized Tyotkino, a town in ..."), as taken', () => {
    expect(read('Fighters say they have seized Tyotkino, a town in Russia\'s Kursk region on the border with Ukraine, after fighting that lasted all day.').incident.subType).toBe('non-state-actor-overtakes-territory');
    expect(read('Rebels have captured Pinga, a busy trading town in eastern Democratic Republic of Congo, after two days of fighting with militias.').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('splits a force from "in the X region" after it, and keeps "Islamic State in the Sahel" whole', () => {
    const draft = read('The government of Ethiopia signed a deal with a faction of the Oromo Liberation Army in the Oromia region. Islamic State in the Sahel fighters attacked a village the same week.');
    expect(draft.actors.map((a) => a.name)).toEqual(['Oromo Liberation Army', 'Islamic State in the Sahel']);
    expect(draft.locations.find((p) => p.name === 'Oromia')?.countryCode).toBe('ET');
  });
  it('reads a town in capitals in brackets after the date that opens a line as where the story was filed, not an agency', () => {
    const draft = read('Drone strike kills nine in market\nApril 23, 2026 (KOSTI) – At least nine people were killed when a drone struck a market in Sudan on Wednesday.');
    expect(draft.actors.map((a) => a.name)).toEqual([]);
    expect(draft.locations.find((p) => p.name === 'KOSTI')?.countryCode).toBe('SD');
    expect(read('Drone strike kills nine\nApril 23, 2026 (AFP) – At least nine people were killed in Kosti, Sudan, on Wednesday.').actors.find((a) => a.aliases.includes('AFP'))?.kind).toBe('media');
  });
  it('leaves a demonym that qualifies lower-case words out of the name before it', () => {
    const draft = read('Prosecutors said the killings were committed by servicemen of the 114th Separate Motor Rifle Brigade of the Russian armed forces in Donetsk, Ukraine.');
    expect(draft.actors.map((a) => a.name)).toEqual(['114th Separate Motor Rifle Brigade', 'Russian armed forces']);
  });
  it('dates the incident by the day the text writes inside the week the lead gives (the rules alone)', () => {
    byTheRulesAlone(() => {
      const text = 'Rebels say they hold two road workers\nFighters in Indonesia\'s Central Papua province say they are holding two construction workers who were seized from a road project last week.\nThe two men were taken at gunpoint on Thursday 23 July near Bilogai village in Intan Jaya, police said.';
      expect(read(text, '2026-07-27').incident.date).toBe('2026-07-23');
    });
  });
});

describe('fortieth round (2026-12-05), from sets CR and CS', () => {
  it('dates a retaking by the day troops "took full control", even when that sentence says weapons were seized', () => {
    const text = 'Army says it has retaken Mawlu from rebels\nYangon (AFP) - Myanmar\'s military said Tuesday its troops had recaptured the town of Mawlu from rebels.\nSoldiers "cleared and took full control" of Mawlu in Sagaing region on Saturday after a two-week operation, the state newspaper reported, adding that 20 fighters had been killed and weapons seized.\nA rebel spokesman disputed the account. "We pulled back from the town on Friday night because the air strikes were killing civilians," he told AFP by phone.';
    expect(read(text, '2026-07-14').incident.date).toBe('2026-07-11');
  });
  it('reads a crowd that "dispersed by around 3pm" as dispersing on its own', () => {
    const text = 'Hundreds rally in Tafileh against fuel prices\nAMMAN — Several hundred people took part in a peaceful sit-in in the southern city of Tafileh on Saturday to protest against higher fuel prices.\nThe protesters gathered after the noon prayer and walked to the municipality building, where they held the sit-in for about two hours, carrying flags and banners.\nThe sit-in was called by a coalition of local activists and retired servicemen.\n"We came out peacefully because people can no longer pay," said Omar Hamdan, one of the organisers.\nPolice officers were deployed around the municipality building and in nearby streets but did not intervene, and the crowd dispersed by around 4pm, according to a police statement.';
    expect(read(text, '2026-02-15').incident.subType).toBe('peaceful-protest');
  });
  it('does not read "no arrests" as arrests, and reads a cache of weapons unearthed as disrupted weapons use', () => {
    expect(read('Claymore mines, rifles unearthed in Oddusuddan; no arrests\nA cache of weapons and explosives believed buried during the war was unearthed in a jungle area in Oddusuddan, Sri Lanka, on Sunday, the army said. Four claymore mines, two rifles and 36 hand grenades were recovered. Police said no arrests had been made.').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads an activist "forcibly disappeared" after arrest as a disappearance', () => {
    const text = 'Kurdish teacher \'forcibly disappeared\' after arrest by intelligence agents in Mahabad, rights group says\nA 31-year-old Kurdish teacher has been missing since he was detained by plainclothes intelligence agents outside his school in Mahabad, Iran, on the morning of Tuesday 3 March, according to a rights group.\nThe group said the teacher was taken to an unknown location. His family says every state body it has approached has denied holding him.';
    expect(read(text, '2026-03-06').incident.subType).toBe('abduction-forced-disappearance');
  });
  it('gives "the doctors\' group said" to the body last named', () => {
    expect(speakers('The Sudan Doctors Network said the drone struck the market in El Obeid, Sudan. "This is a deliberate targeting of civilians," the doctors\' group said in a statement.')).toEqual(['Sudan Doctors Network']);
  });
  it('reads "Inspector General of Police (IGP), Jammu Zone, Name" as his title, so "the IGP said" is his', () => {
    const draft = read('"One terrorist has been killed," Inspector General of Police (IGP), Jammu Zone, Rakesh Kumar Sharma told reporters in Kishtwar, India. "We believe the group belongs to Jaish-e-Mohammed," the IGP said.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Rakesh Kumar Sharma', 'Rakesh Kumar Sharma']);
    expect(draft.actors.map((a) => a.name)).not.toContain('IGP');
  });
  it('gives "he said" after a sentence told by someone unnamed to no one, within the paragraph or opening the next', () => {
    expect(speakers('"It is a barbaric act," Prefect Ibrahim Gado said of the 14 dead in Karimama, Benin.\nLocal sources put the toll higher. A municipal councillor from Karimama, who asked us not to publish his name, said that 23 bodies had been buried. "Some families fled into the bush," he said.')).toEqual(['Ibrahim Gado', null]);
    expect(speakers('"No arrests have been made," police spokesman Nihal Jayasuriya said in Oddusuddan, Sri Lanka.\nSpeaking to News 1st, the farmer who alerted the Army said his hoe had struck one of the barrels.\n"At first I thought it was an old water tank," he said.')).toEqual(['Nihal Jayasuriya', null]);
  });
  it('ends a name before a year after "in"', () => {
    const draft = read('He joined the Indian Army in 2019 in Jammu, India.');
    expect(draft.actors.map((a) => a.name)).toEqual(['Indian Army']);
    expect(draft.locations.map((p) => p.name)).toContain('Jammu');
  });
});

describe('forty-first round (2026-12-05), from sets CT and CU', () => {
  it('reads a town seized, then described after a comma with no article ("seize Diapaga, chief town of ..."), as taken', () => {
    expect(read('Burkina Faso: JNIM fighters seize Diapaga, chief town of Tapoa province\nFada, 7 March 2026 – Fighters have controlled Diapaga in eastern Burkina Faso since Thursday, residents said. Fighting with the army detachment lasted for most of the morning.', '2026-03-08').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('does not read protests the arrested once led as the crowd the arrests answered', () => {
    expect(read('Agents detain seven union leaders in Barquisimeto, rights group says\nBARQUISIMETO – Agents of military counterintelligence detained seven trade union leaders in Lara state late on Sunday, Foro Penal said on Tuesday, in the latest of a string of arrests of labour organisers who have led protests over public-sector pay.', '2026-03-10').incident.subType).toBe('arrests');
  });
  it('places a village "in north-central Burkina Faso" there, whatever the dateline\'s country', () => {
    const draft = read('DAKAR, Senegal — At least 47 civilians were killed when armed men attacked the village of Foubé in north-central Burkina Faso on 28 June, Amnesty International said on Monday.', '2026-07-13');
    expect(draft.locations.find((p) => p.name === 'Foubé')?.countryCode).toBe('BF');
  });
  it('gives "the communiqué said" to the body that "announced on Tuesday in a communiqué"', () => {
    expect(speakers('ALGIERS – An army detachment discovered a cache of weapons near Timiaouine, Algeria, the Ministry of National Defence announced on Tuesday in a communiqué relayed by the Algeria Press Service.\n"A detachment of the People\'s National Army discovered a cache of weapons and ammunition," the communiqué said.')).toEqual(['Ministry of National Defence']);
  });
  it('gives a quote "according to the same source" to whoever spoke last', () => {
    expect(speakers('The Ministry of National Defence of Algeria said troops found a cache. "The detachment discovered the cache during a sweep," the ministry said.\nAccording to the same source, the cache contained "four rifles, one machine gun and two home-made bombs."')).toEqual(['Ministry of National Defence of Algeria', 'Ministry of National Defence of Algeria']);
  });
  it('gives "she said" after "Name, X\'s wife, said" to the name, not to X', () => {
    expect(speakers('Agents took José Pernalete from his home in Barquisimeto, Venezuela, on Sunday.\nCarmen Oviedo, Pernalete\'s wife, said the agents knocked on the door shortly before eleven. "They did not even let him put on his shoes," she said by telephone.')).toEqual(['Carmen Oviedo']);
  });
  it('gives "he said" after "A tea seller ... said" to no one, and "he added" after "The administrator" to the administrator named before', () => {
    expect(speakers('"Eleven people died when the bomber reached the gate," police commissioner Abdiqadir Mire said in Mogadishu, Somalia.\nA tea seller whose stall stands across the road from the academy said the blast shattered windows. "There was a huge bang and then smoke everywhere," he said.')).toEqual(['Abdiqadir Mire', null]);
    expect(speakers('Quissanga district administrator Salimo Abdala Mussa said the town in Mozambique would be recovered.\nThe administrator did not say when that would happen. "I cannot give a date, but Quissanga will not stay in the hands of these bandits," he added.')).toEqual(['Salimo Abdala Mussa']);
  });
  it('dates a find by "The find was made on 25 May", not by the day the army reported it (the rules alone)', () => {
    byTheRulesAlone(() => {
      const text = 'Army finds rebel arms cache in the VRAEM\nPeruvian soldiers discovered a cache of weapons and defused two bombs along a jungle trail in Vizcatán del Ene, Peru, the Joint Command of the Armed Forces reported on Tuesday.\nThe find was made on 25 May by a patrol of the Special Command. No one was arrested, the statement said.';
      expect(read(text, '2026-05-27').incident.date).toBe('2026-05-25');
    });
  });
  it('gives "the rights group said" to the body named before whose name holds "rights"', () => {
    expect(speakers('The KGB detained 12 people in Hrodna, Belarus, the Viasna Human Rights Centre said. Police also searched homes, the Investigative Committee said.\nIn a statement published on its website, the rights group said that the detainees were held for donations. "Repression in Belarus does not stop for a single day," the statement said.')).toEqual(['Viasna Human Rights Centre']);
  });
});

describe('forty-second round (2026-12-05), from sets CV and CW', () => {
  it('reads "Libreville, September 5th –" as a dateline, so "on Friday" counts back from it', () => {
    expect(read('Hundreds march against water cuts\nLibreville, September 5th – Several hundred residents of Nzeng-Ayong took to the streets of Libreville, Gabon, on Friday morning to protest against repeated water cuts.', '2026-09-05').incident.date).toBe('2026-09-04');
  });
  it('dates a retaking by the day troops "cleared and secured" the town, not the day the operation was launched', () => {
    const text = 'Pakistan says troops retake market town from militants\nISLAMABAD (AP) — Pakistan’s military said Saturday that troops had retaken the main market town in the Tirah valley from militants after two days of fighting.\nIn a statement, the military said troops “cleared and secured” Bagh, the hub of Tirah in Khyber district, on Friday.\nIt said the operation, launched Thursday, was carried out at the request of elders.';
    expect(read(text, '2026-10-03').incident.date).toBe('2026-10-02');
  });
  it('reads a crowd that storms a station, hurling stones and setting cars on fire, as a riot, whatever "custody" says', () => {
    expect(read('Crowd storms police station in southern town after man dies in custody\nHundreds of people stormed a police station in the town of Kara-Suu, Kyrgyzstan, on Sunday, hurling stones, smashing windows and setting two police cars on fire after a local man died in custody.\nPolice used tear gas to disperse the crowd, the Interior Ministry said.', '2026-09-08').incident.subType).toBe('violent-demonstration');
  });
  it('dates an incident by a day the text writes over the day it was reported, when no incident\'s sentence dates it (the rules alone)', () => {
    byTheRulesAlone(() => {
      const text = 'Roadside bomb kills three soldiers near Colombian border\nQuito (AFP) - Three Ecuadorian soldiers were killed and four wounded when a homemade bomb exploded under their patrol truck near the border with Colombia, the armed forces said Monday, in the deadliest attack on the military in the region in years.\nThe device went off on Sunday afternoon as the truck travelled along a dirt road near the village of Mataje, in Esmeraldas province, the Joint Command of the Armed Forces said in a statement.';
      expect(read(text, '2026-04-14').incident.date).toBe('2026-04-12');
    });
  });
  it('reads "Thu" inside a name ("Khine Thu Kha") as no Thursday', () => {
    const draft = read('Khine Thu Kha, a spokesman for the Arakan Army, told reporters in Sittwe, Myanmar, on Monday that the group would protect civilians.', '2024-12-09');
    expect(draft.dates.map((d) => d.text)).toEqual(['on Monday']);
  });
  it('reads Togolese, Uzbek, Tajik, Kyrgyz and Kazakh as their countries\' demonyms', () => {
    const forces = read('The Togolese army, Uzbek army, Tajik military, Kyrgyz police and Kazakh armed forces met in Almaty on Monday.').actors.filter((a) => a.kind === 'state-force').map((a) => a.name);
    expect(forces).toEqual(['Togolese army', 'Uzbek army', 'Tajik military', 'Kyrgyz police', 'Kazakh armed forces']);
  });
});

describe('forty-third round (2026-12-05), from sets CX and CY', () => {
  it('places a village "in Irumu territory of Ituri province" in the province\'s country, not the country named before', () => {
    const draft = read('Ugandan air strikes hit rebel camps in Congo\nKAMPALA (Reuters) - Ugandan military aircraft bombed rebel camps late on Sunday, Uganda\'s army said on Tuesday. The strikes hit camps near the village of Ofaye in Irumu territory of Ituri province, the army said.');
    expect(draft.locations.find((p) => p.name === 'Ofaye')?.countryCode).toBe('CD');
  });
  it('reads a name "known as" after a kingpin\'s or a commander\'s post as a person\'s', () => {
    expect(kindOf('The attack was believed to have been carried out by a gang led by a kingpin known as Dan Karami, which has been operating between Kaduna and Zamfara, Nigeria.', 'Dan Karami')).toBe('person');
  });
  it('reads Caritas and the country after it as a body', () => {
    expect(kindOf('Caritas Papua New Guinea said 40 families had fled Porgera, Papua New Guinea.', 'Caritas Papua New Guinea')).toBe('other-organization');
  });
  it('reads TNT, RDX and other explosives\' initials as no body', () => {
    expect(actorNames('Police in Kano, Nigeria, found two kilograms of TNT and a bag of RDX in the car, the Nigeria Police Force said.')).toEqual(['Nigeria Police Force']);
  });
});

describe('forty-fourth round (2026-12-05), from sets CZ and DA', () => {
  it('reads a dateline on a line of its own under the credit line, so "today" is its day', () => {
    expect(read('CI busts terror module, three held with grenades\nTribune News Service\nAmritsar, September 10\nThe Counter Intelligence wing of the Punjab Police today busted a terror module and arrested three of its operatives with two hand grenades in Amritsar, India.', '2026-09-11').incident.date).toBe('2026-09-10');
  });
  it('reads a ceasefire the headline says was announced, and the lead agreed, as the event, not the clashes before it', () => {
    expect(read('Syria announces ceasefire in Sweida after week of clashes\nDamascus (AFP) - Syrian authorities and Druze armed factions agreed to a ceasefire in the southern province of Sweida on Sunday, after a week of clashes that a war monitor said had killed more than 60 people.\nThe agreement provides for an immediate halt to fighting.', '2026-08-24').incident.subType).toBe('agreement');
  });
  it('reads a headline whose "death toll rises to 27" as an attack, whatever the lead says of those abducted', () => {
    expect(read('UN condemns "horrific" attack on Twic East villages as death toll rises to 27\nJUBA – The UN Mission in South Sudan has condemned last Saturday\'s attack on villages in Twic East County in which at least 27 civilians were killed and more than a dozen others abducted.\nArmed youth attacked several settlements, shooting residents and driving away cattle.', '2026-11-18').incident.subType).toBe('attack');
  });
  it('does not date a retaking by the day its communiqué is "dated"', () => {
    const text = 'Mali: Army announces recapture of Boulkessi\nBAMAKO, 10 November 2026 – The Malian Armed Forces announced on Monday that they had regained control of Boulkessi, a town in central Mali.\nIn a communiqué dated 9 November and read on the national broadcaster, the General Staff said the town had been retaken. We reproduce the main passages below.\n"The General Staff informs the public that on Saturday 7 November 2026, following an offensive operation launched on 5 November, FAMa units reinvested the town of Boulkessi."';
    expect(read(text, '2026-11-10').incident.date).toBe('2026-11-07');
  });
});

describe('forty-fifth round (2026-12-05), from sets DB and DC', () => {
  it('reads the day in "(23:40 GMT on Tuesday)" as the same moment in another zone, no date of its own', () => {
    const draft = read('Russian drone attack on Odesa kills four\nA Russian drone attack on Odesa, Ukraine, overnight into Wednesday killed four people, officials say.\nA drone struck a residential building at around 02:40 local time (23:40 GMT on Tuesday), setting several flats on fire.', '2026-04-15');
    expect(draft.dates.filter((d) => /GMT|Tuesday/.test(d.text))).toEqual([]);
    expect(draft.incident.date).toBe('2026-04-15');
  });
  it('reads a ceasefire that "holds", agreed two days before, as the agreement, not the fighting it ended', () => {
    expect(read("Ceasefire holds in Lebanon's Ain al-Hilweh camp after four days of fighting\nSIDON, Lebanon, Nov 19 (Reuters) - A ceasefire between Fatah and Islamist militants in Lebanon's largest Palestinian refugee camp largely held on Thursday, two days after it was agreed, allowing displaced families to return.\nThe truce was agreed late on Tuesday after four days of clashes that killed six people.", '2026-11-19').incident.subType).toBe('agreement');
  });
  it('reads "des" inside a French name ("Observatoire Haïtien des Droits Humains") as part of it', () => {
    expect(actorNames('The Observatoire Haïtien des Droits Humains (OHDH) said the blast killed six in Cité Soleil, Haiti.')).toContain('Observatoire Haïtien des Droits Humains');
  });
});

describe('forty-sixth round (2026-12-05), from sets DD and DE', () => {
  it('dates arrests by their day, not the day a rights group "denounced" them', () => {
    expect(read('Rights group denounces arrest of five union leaders in Barquisimeto\nThe rights group Foro Penal denounced on Wednesday the arrest of five trade union leaders in Barquisimeto, Venezuela, who were detained by intelligence officers on Monday evening, hours after a workers assembly.', '2026-01-22').incident.date).toBe('2026-01-19');
  });
  it('gives "the statement said" to the body before an aside ("X, which speaks for the armed forces, confirmed ... in a statement")', () => {
    const draft = read('A roadside bomb killed three Iraqi soldiers in Wadi al-Shay, Iraq, on Monday, security sources said.\nIraq\'s Security Media Cell, which speaks for the armed forces, confirmed the attack in a statement and named the officer killed.\n"A cowardly terrorist attack targeted one of our units during the performance of its duty," the statement said.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Security Media Cell']);
  });
});

describe('forty-seventh round (2026-12-05), from sets DH and DI', () => {
  it('names the reporter of a byline as a person, and no one in "By Staff Reporter" or "By Tuesday evening"', () => {
    expect(persons('Gunmen kill four in Katsina village\nBy Musa Abdullahi Danbatta, Katsina\nGunmen killed four farmers in Dutsinma on Sunday, police said.')).toContain('Musa Abdullahi Danbatta');
    expect(persons('Fighting rages near Bamenda\nFrom Grace Ngum Achu in Bamenda\nSeparatist fighters attacked a checkpoint near Bamenda on Monday.')).toContain('Grace Ngum Achu');
    expect(persons('Troops retake Gwoza\nBy Staff Reporter, Maiduguri\nBy Tuesday evening the troops had entered Gwoza, the army said.')).toEqual([]);
    expect(persons('Police arrest nine in Kisumu\nBy Citizen Digital Reporter\nPolice arrested nine people in Kisumu on Friday.')).toEqual([]);
  });
  it('reads "indicated" and "underlined" as speech, and "the General Staff" as the body cut short before "of"', () => {
    expect(speakers('The regional coordinator of the volunteers, Adama Ouedraogo, spoke after the burial. "We will not abandon our fields," Mr Ouedraogo indicated.')).toEqual(['Adama Ouedraogo']);
    expect(speakers('Sergeant Paul Mensah led the patrol. "The road is open again," he underlined.')).toEqual(['Paul Mensah']);
    expect(speakers('The General Staff of the Armed Forces announced the operation on Sunday. "The terrorists fled towards the forest," the General Staff indicated.')).toEqual(['General Staff of the Armed Forces']);
  });
  it('reads a town taken back before the text tells how it was lost as the retaking, dated by the day it was taken back, not the day the operation began', () => {
    const draft = read('Police statement on Hinche\nThe national police published the statement below on Friday.\nThe police inform the public that, after an operation launched on Monday 6 April 2026, the forces of order regained full control of the town of Hinche on Tuesday 7 April 2026.\nHinche fell into the hands of gangs in June 2025, when armed men seized the town and emptied its prison.', '2026-04-10');
    expect(draft.incident.subType).toBe('government-regains-territory');
    byTheRulesAlone(() => expect(read('Police statement on Hinche\nThe national police published the statement below on Friday.\nThe police inform the public that, after an operation launched on Monday 6 April 2026, the forces of order regained full control of the town of Hinche on Tuesday 7 April 2026.', '2026-04-10').incident.date).toBe('2026-04-07'));
  });
  it('keeps a rally peaceful when the force the text tells of met an earlier one', () => {
    const text = 'Nurses stage sit-in at Shaheed Minar\nHundreds of nurses staged a sit-in at the Central Shaheed Minar in Dhaka on Sunday, demanding higher allowances.\nThey said their pay had not risen in six years.\nThe association will meet the health ministry next week.\nIn March last year, police used water cannon to disperse nurses during a similar programme near the Secretariat.';
    expect(read(text, '2026-02-02').incident.subType).toBe('peaceful-protest');
  });
  it('counts "two days after the signing" back from the day given, and dates a communiqué "published ... on Monday" as told that day', () => {
    byTheRulesAlone(() => {
      const draft = read('Communities sign peace pact in Mopti\nThe governor published the communique below on Monday evening, two days after the signing of a local peace agreement in Konna between herders and farmers.', '2026-03-10');
      expect(draft.dates.find((d) => d.text === 'two days after')?.date).toBe('2026-03-07');
      expect(draft.incident.date).toBe('2026-03-07');
    });
  });
});

describe('forty-eighth round (2026-12-05), from sets DJ and DK', () => {
  it('reads units that "opened fire at positions" and "returned fire" as a clash, not the peace treaty in the background', () => {
    const text = 'Soldier killed as Azerbaijani units open fire at Armenian positions near Tegh\nOne Armenian soldier was killed on Monday after Azerbaijani units opened fire at Armenian positions near the village of Tegh, the defence ministry said.\nArmenian units returned fire.\nIt was the worst incident since the two capitals said in March that the text of a peace treaty had been agreed.';
    expect(read(text, '2026-04-22').incident.subType).toBe('armed-clash');
  });
  it('reads fighters who "claim control" of a village as taking it, and a village "returned under control" by the defenders as taken back, however much the text tells of shells', () => {
    expect(read('Rebel fighters claim control of border village near Graivoron\nThe rebel fighters said on Thursday they had crossed the border and now held the village, as shelling continued.', '2026-03-12').incident.subType).toBe('non-state-actor-overtakes-territory');
    const retaken = 'Defenders liberated Novoandriivka\nUkrainian defenders have returned under control the village of Novoandriivka in Zaporizhzhia region, the brigade reported on Tuesday.\nRussian artillery shelled the village for days, and drones struck the roads; the shelling continued on Tuesday, with shells and guided bombs hitting the outskirts.';
    expect(read(retaken, '2026-03-12').incident.subType).toBe('government-regains-territory');
  });
  it('gives a quote after "According to him," to the person named last, and one after "According to the spokesman," to the spokesman', () => {
    expect(speakers('Spokesman Andrii Kovalenko spoke on national television on Monday. According to him, the enemy tried to counterattack overnight, but "every attempt was repelled".')).toEqual(['Andrii Kovalenko']);
    expect(speakers('Army spokesman Colonel Idriss Mahamat said troops found two bombs near Bol. According to the spokesman, engineers defused them, preventing "a terrible loss of life" on the road.')).toEqual(['Idriss Mahamat']);
  });
  it('gives "the company said" and "the paramilitary said" to the body of that kind named last', () => {
    expect(speakers('The grid operator Ukrenergo and the private utility company DTEK reported damage in Odesa. "Our crews are at the site," the company said in a statement.')).toEqual(['DTEK']);
    expect(speakers('The Rapid Support Forces attacked the village on Friday. In a statement on Saturday, the paramilitary said its forces had "cleansed the area of army remnants".')).toEqual(['Rapid Support Forces']);
  });
  it('reads "Sr. Comr." as a title before the speaker\'s name', () => {
    expect(speakers('Police were deployed in Sugapa. "The situation is under control," task force spokesman Sr. Comr. Bayu Santoso said.')).toEqual(['Bayu Santoso']);
  });
  it('keeps "she said" after someone who would not be named unnamed, or gives it to the body they speak for', () => {
    expect(speakers('Rodel Pangilinan, a health worker, was taken from his home on Monday. Pangilinan\'s wife, who asked not to be named for security reasons, told the Inquirer that he had no enemies. "He only gives vaccines to children," she said.')).toEqual([null]);
    expect(speakers('The Moro Islamic Liberation Front (MILF) said it was investigating. Colonel Roden Alcantara said troops held the area. A MILF commander, who requested anonymity, said the men had defended their farms from the army. "They came to burn our houses," he said.')).toEqual(['Moro Islamic Liberation Front']);
  });
});

describe('forty-ninth round (2026-12-05), from sets DL and DM', () => {
  it('reads police who "hold seven over" a crime or "capture 17" gang members as arrests, and people "captured in the district of" a town as taking no town', () => {
    expect(read('Police hold five over recruitment for insurgents\nPolice in Lindi are holding five people on suspicion of recruiting youths for insurgents fighting across the border, the regional police commander said on Monday.', '2026-02-03').incident.subType).toBe('arrests');
    expect(read('Police capture 12 gang members who extorted bus drivers in Sonsonate\nThe National Civil Police said 12 members of the gang were captured in the district of Sonsonate on Thursday during an operation.', '2026-06-12').incident.subType).toBe('arrests');
  });
  it('reads a cache "with" weapons and a hideout "containing" homemade bombs that troops destroyed as weapons disrupted', () => {
    expect(read('Cache with weapons found in mountains of Chatkal district\nA cache with weapons, ammunition and a homemade explosive device was found in the mountains of Chatkal district, the security service said on Tuesday.\nThree rifles, four hand grenades and 900 cartridges were in the cave.', '2025-10-21').incident.subType).toBe('disrupted-weapons-use');
    expect(read('Army detachment destroys homemade bombs in Jijel\nAn army detachment discovered and destroyed on Monday a hideout for terrorists in the forest near Jijel containing two rifles, homemade bombs and ammunition, the defence ministry said.', '2025-11-26').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads control "restored" over a town as the town taken back', () => {
    expect(read('Government forces end siege of Vanj\nOn 2 September, as a result of measures taken by the joint forces of the interior ministry, the hostages were released and full control over the settlement of Vanj was restored, the ministry said. Gunmen had seized the town hall on 30 August.', '2025-09-03').incident.subType).toBe('government-regains-territory');
  });
  it('reads a protest that "turns to violence" or "degenerated into clashes" as a riot', () => {
    expect(read('Water cuts protest turns to violence in Tiznit\nSeveral police officers were injured on Saturday in Tiznit after a protest against water cuts degenerated into clashes with the security forces, the local authorities said.', '2025-06-08').incident.subType).toBe('violent-demonstration');
  });
  it('reads a sum of money ("Sh4.7 million") as no end of the sentence that names the speaker', () => {
    expect(speakers('Commander Juma Mrisho said the men were found in a house where officers also recovered Sh4.7 million in cash and papers "which show they were moving recruits across the river".')).toEqual(['Juma Mrisho']);
  });
  it('keeps "he said" after an unnamed speaker who "told" an outlet unnamed, and reads "expressed" as speech', () => {
    expect(speakers('Police officer Nimal Perera said two gunmen fled on a motorcycle.\n"People fell on the ground. It was over in a minute," a neighbour who was at the funeral told the Daily Mirror, requesting anonymity.\n"There were children playing near the tent," he said.')).toEqual([null, null]);
    expect(speakers('The letter was received by the deputy mayor, Julio Ramos Zelaya. "The municipality is open to dialogue," Ramos expressed.')).toEqual(['Julio Ramos Zelaya']);
  });
  it('does not take "the Algerian border" for the country of a story that names only Tunisian places', () => {
    const draft = read('Soldier killed in clash with terrorists in Jebel Semmama\nA soldier was killed on Sunday in a clash with a terrorist group in the governorate of Kasserine, the defence ministry said.\nThe army reinforced its positions on the roads leading to the Algerian border.', '2025-06-02');
    expect(draft.incident.countryCode).toBe('TN');
  });
  it('does not take a dateline\'s agency for the subject that speaks ("TRIPOLI, Oct. 5 (Xinhua) -- The LNA said")', () => {
    expect(speakers('TRIPOLI, Oct. 5 (Xinhua) -- The Libyan National Army (LNA) said on Monday its forces had retaken the town after clashes with "Chadian gangs and mercenaries."')).toEqual(['Libyan National Army']);
  });
});

describe('fiftieth round (2026-12-05), from sets DN and DO', () => {
  it('reads a border area "cleared of terrorists" as taken back, and militants who "take over" a town "for hours" or hold "the town for nearly five hours" as taking it', () => {
    expect(read('Guards say Saravan border village cleared of terrorists after overnight raid\nThe Revolutionary Guards said on Monday that the village had been cleared after armed members of a terrorist group attacked a border post and took up positions among homes. Five attackers were killed.', '2025-10-06').incident.subType).toBe('government-regains-territory');
    expect(read('Militants take over Surab for hours, torch police station\nDozens of armed militants stormed Surab on Saturday evening, seizing the bazaar and holding the town for nearly four hours before withdrawing, officials said.', '2025-10-05').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('reads soldiers and gunmen killed together as a fight, not an attack on civilians', () => {
    expect(read('Soldier, two gunmen killed in shootout near Bolgatanga\nA soldier and two suspected gunmen were killed in an exchange of gunfire at Zuarungu on Friday evening, the armed forces said.', '2025-11-04').incident.subType).toBe('armed-clash');
    expect(read('Three gunmen and police officer killed in Buynaksk operation\nThree gunmen and a police officer were killed on Friday during a counter-terrorist operation in Buynaksk, the committee said.', '2025-11-04').incident.subType).toBe('armed-clash');
  });
  it('reads an army that "takes back" a town as retaking it', () => {
    expect(read('Army takes back Goundam from the jihadists\nThe armed forces entered Goundam on Saturday, three weeks after the jihadists seized it, the army said.', '2026-03-16').incident.subType).toBe('government-regains-territory');
  });
  it('reads "Police arrest six suspected kidnappers" as arrests, however much the text tells of the kidnappings', () => {
    const text = 'Police arrest four suspected kidnappers in Zaria\nThe police command said it had arrested four suspected members of a kidnapping gang terrorising travellers on the Zaria road.\nThe suspects confessed to the abduction of nine passengers and the kidnapping of a farmer, the police said. Kidnappers had seized 20 travellers on the road in March.';
    expect(read(text, '2026-10-06').incident.subType).toBe('arrests');
  });
  it('gives "the statement said" after "a ministry statement read on state television" to the ministry, not the channel', () => {
    expect(speakers('The Ministry of Defence said troops were on alert. The blast hit the camp at dawn, according to a ministry statement read on state television Tele Sahel.\n"A vehicle laden with explosives forced its way towards the camp," the statement said.')).toEqual(['Ministry of Defence']);
  });
  it('reads "Md Rafiqul Islam, officer-in-charge of X" as a person (a post after the name, though "Islam" is a common word), gives "he said" after it to him, and "declared the Coordinator of X, Mr. Name" or "declared Mr. Name to Radio X" to the person', () => {
    expect(speakers('Workers clashed with police. Md Rafiqul Islam, officer-in-charge of Tongi Police Station, said police showed restraint. "We used teargas to save the factories," he said.')).toEqual(['Md Rafiqul Islam']);
    expect(speakers('"Nothing can justify the killing of farmers," declared the National Coordinator of the Platform, Mr. Felix Adjovi.')).toEqual(['Felix Adjovi']);
    const draft = read('The mayor of Goundam, Mr. Alkaya Maiga, welcomed the news. "It is a big relief," declared Mr. Maiga to Radio Jamana.');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Alkaya Maiga']);
    expect(draft.actors.map((a) => a.name)).toContain('Radio Jamana');
  });
});

describe('fifty-first round (2026-12-05), from sets DP and DQ', () => {
  it('reads a name after a local division\'s word ("tambon", "barangay", "kebele") as a place, and "Adds" opening an update note as no name\'s word', () => {
    const draft = read('Bomb defused in Yala\nA bomb was found in a culvert in tambon Bang Lang of Yala province, Thailand, on Monday morning, police said.');
    expect(draft.actors.map((a) => a.name)).not.toContain('Bang Lang');
    expect(draft.locations.map((p) => p.name)).toContain('Bang Lang');
    expect(persons('Rangers hit by drone in Narathiwat\nUPDATE 2, 14:20: Adds Isoc comment.\nTwo rangers were wounded in Rueso, Thailand, on Monday, Colonel Somchai Duangdee said.')).toEqual(['Somchai Duangdee']);
  });
  it('reads "South Lebanon" as the south of Lebanon, not a town of that name abroad', () => {
    const draft = read('Drone strike kills two in south Lebanon\nBEIRUT — An Israeli drone struck a car in South Lebanon late Wednesday, killing two people, the Lebanese Health Ministry said. The United States called for calm.', '2026-02-26');
    expect(draft.locations.find((p) => p.name === 'South Lebanon')?.countryCode).toBe('LB');
  });
  it('reads a headline that parties "agree ceasefire" as the agreement when the lead comes after a line naming the outlet and its town', () => {
    expect(read('Government and rebels agree ceasefire after week of fighting near Tabqa\nNorth Press – Raqqa\nThe defence ministry and the rebel council reached an agreement on Sunday evening to cease fire on the front lines near Tabqa, after a week of clashes that killed dozens.', '2026-10-12').incident.subType).toBe('agreement');
  });
  it('dates arrests by the day of the arrests, not the day of the killing the suspects are held for', () => {
    byTheRulesAlone(() => {
      const text = 'Police arrest two suspects in killing of shopkeeper in Nablus\nNABLUS (WAFA) – The Palestinian Police announced on Wednesday the arrest of two suspects in the killing of a shopkeeper who was shot dead in the old city of Nablus on Saturday.\nPolice said detectives arrested the two suspects on Tuesday afternoon in the village of Beita.';
      expect(read(text, '2026-04-15').incident.date).toBe('2026-04-14');
    });
  });
  it('takes a place into a title only right after "of" ("Maj-Gen Soe Min Htet" keeps "Soe", which is also a town)', () => {
    expect(persons('On 19 August, Commander of the Eastern Command Maj-Gen Soe Min Htet met town elders in Demoso.')).toEqual(['Soe Min Htet']);
  });
});

describe('fifty-second round (2026-12-05), from sets DR and DS', () => {
  it('reads civilians who "were killed" in an armed group\'s raid on a displacement site as an attack on civilians', () => {
    const text = 'UN mission condemns deadly attack on Plaine Savo site\nBunia – The mission strongly condemns the attack carried out on Tuesday by elements of an armed group against the Plaine Savo site for displaced persons.\nAt least 14 civilians, including five children, were killed with machetes and firearms.';
    expect(read(text, '2025-07-24').incident.subType).toBe('attack');
  });
  it('reads forces that "recovered control" of a post as taking it back, and police who "safely destroyed an unexploded mortar bomb" as weapons disrupted', () => {
    expect(read('Troops recover Quiterajo after two weeks of occupation\nThe defence forces on Monday recovered control of the Quiterajo administrative post, which had been occupied by insurgents since September, the ministry said.', '2026-03-10').incident.subType).toBe('government-regains-territory');
    expect(read('Police destroy unexploded mortar bomb found in Musanze\nA police bomb disposal team on Tuesday safely destroyed an unexploded mortar bomb that farmers had found in a field in Musanze district, Rwanda.', '2026-03-10').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads a headline\'s ceasefire as the event when a byline with a stop and a dated line come before the lead, and names that reporter', () => {
    const text = 'Misrata armed groups sign ceasefire after week of fighting\nBy Salma Ben Ali.\nTripoli, 14 March 2026:\nThe armed groups of Misrata signed an agreement on Thursday to cease fire, after a week of clashes that left nine dead, the municipal council said.';
    const draft = read(text, '2026-03-14');
    expect(draft.incident.subType).toBe('agreement');
    expect(draft.actors.map((a) => a.name)).toContain('Salma Ben Ali');
  });
  it('gives a quote to the name a description gives ("said a fisherman who gave his name only as Abdala"), and "the prosecutor\'s office said" to the office named before', () => {
    expect(speakers('"They came in three groups," said a fisherman who gave his name only as Selemani.')).toEqual(['Selemani']);
    expect(speakers('The Ankara Chief Public Prosecutor\'s Office ordered the detentions. "The suspects sent money to the group," the prosecutor\'s office said.')).toEqual(["Ankara Chief Public Prosecutor's Office"]);
  });
});

describe('fifty-third round (2026-12-05), from sets DT and DU', () => {
  it('reads "Militants seize X town, torch bank" as a taking, whoever was killed and whatever burned', () => {
    const text = 'Militants seize Surab town, torch bank and police station\nQUETTA: Dozens of armed militants stormed Surab on Friday evening and remained in control of its bazaar for several hours, setting fire to a bank and the police station, officials said.\nTwo policemen and a passer-by were killed when the militants opened fire on the station.\nA banned group claimed responsibility for the attack. Gunmen torched two vehicles and shot dead a shopkeeper who tried to flee.\nResidents said the gunmen set fire to the bazaar gate before leaving at dawn.';
    expect(read(text, '2025-09-20').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('reads soldiers who "shot seven civilians" as an attack on civilians', () => {
    expect(read('Soldiers shot five civilians in Novoselivka, prosecutors say\nKyiv - Prosecutors said on Tuesday they had opened an investigation into the shooting of five civilians by soldiers in the village of Novoselivka, Donetsk region, Ukraine.', '2025-09-23').incident.subType).toBe('attack');
  });
  it('reads "Mawlawi", "Madam" and "Colonel-Major" as titles, and "who gave his name simply as" as giving a name', () => {
    expect(persons('The head of the department, Mawlawi Noor Agha Sabari, blamed the border guards. Madam Christiana Asibi Azure led the march. Colonel-Major Hamadou Saley Djibo signed for the army.')).toEqual(['Noor Agha Sabari', 'Christiana Asibi Azure', 'Hamadou Saley Djibo']);
    expect(speakers('"We buried two people this morning," said a resident who gave his name simply as Tanko.')).toEqual(['Tanko']);
  });
  it('reads "Baku, August 14. A large quantity ..." as a dateline, and "NARAYANPUR, APRIL 20:" with its month in capitals too', () => {
    byTheRulesAlone(() => {
      expect(read('Weapons found in Kalbajar\nBaku, August 14. A large quantity of weapons was discovered in Kalbajar district, the ministry said on Thursday. According to the ministry, officers found the cache on August 12 in a forest.', '2025-08-14').incident.date).toBe('2025-08-12');
    });
    expect(datelineDate('NARAYANPUR, APRIL 20: Security forces took control of Kutul village, the police said.')?.text).toBe('APRIL 20');
  });
  it('dates a town taken back by the day it was taken back, not by the fighting before', () => {
    byTheRulesAlone(() => {
      const text = 'Forces retake Kutul after three days of fighting\nNARAYANPUR, APRIL 20: Security forces took control of Kutul village, the police said.\nA joint team set out on Friday morning. Gunfights broke out on Friday afternoon and again on Saturday.\nBy Sunday noon, the teams had cleared the ridge and the village.';
      expect(read(text, '2026-04-21').incident.date).toBe('2026-04-19');
    });
  });
});

describe('fifty-fourth round (2026-12-05), from sets DV and DW', () => {
  it('reads "the capture of a community leader" as no place taken, and a crowd that burns a police post after it as a riot', () => {
    const text = 'San Mateo: residents burn police substation and two patrols after capture of community leader\nA group of residents set fire to the police substation and to two patrol cars on Monday in San Mateo, Huehuetenango, after the capture of a community leader in the morning, our correspondent said.\nHundreds of people gathered in front of the substation demanding his release.';
    expect(read(text, '2026-03-03').incident.subType).toBe('violent-demonstration');
  });
  it('reads armed men "killing at least eleven civilians" as an attack on civilians, whatever fall of a town the background tells', () => {
    const text = 'Eleven civilians killed in night attack on Kabara hill\nOn Friday night, armed men attacked homes and a bar on Kabara hill, in the commune of Buganda, killing at least eleven civilians.\nThe attackers left before dawn, killing two more civilians on the road.\nAfter the fall of Uvira in February, many fighters crossed the border.';
    expect(read(text, '2026-03-03').incident.subType).toBe('attack');
  });
  it('reads "no one arrested" in a headline as no arrests, and a cache "of rifles, grenades and ammunition" as weapons disrupted', () => {
    const text = 'Soldiers find buried gang arsenal in Morazan hills; no one arrested, ministry says\nSAN SALVADOR - The defence ministry reported on Thursday the discovery of a cache of rifles, grenades and ammunition buried on a hillside in Morazan. No one was arrested in connection with the find, the ministry said.\nThe police said gang members had been arrested in the area last year.';
    expect(read(text, '2026-02-27').incident.subType).toBe('disrupted-weapons-use');
  });
});

describe('fifty-fifth round (2026-12-05), from sets EA and EB', () => {
  it('reads a labelled paragraph ("Source: Name, Head of ...") as text, and gives "Quote:" and "Quote from X:" their speakers', () => {
    const text = 'Russian drones hit Nikopol market: one killed\nRussian drones struck the central market of Nikopol on the morning of 4 March, killing a woman.\nSource: Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration, on Telegram\nDetails: According to Lysak, the drones came in at about 09:00 from the left bank.\nQuote: "They aimed at the market at the busiest hour. There was no soldier there."\nYevhen Yevtushenko, head of the district administration, said the market would stay closed.\nQuote from Yevtushenko: "We will clear the debris today and count the damaged stalls."';
    const draft = read(text, '2026-03-04');
    expect(draft.actors.find((a) => a.name === 'Serhii Lysak')?.kind).toBe('person');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Serhii Lysak', 'Yevhen Yevtushenko']);
  });
  it('reads an "illegal detention" of villagers by forces as an abduction, not arrests', () => {
    const text = 'Two shepherds illegally detained near the dividing line\nThe security service said on Friday that soldiers of the occupying forces had carried out the illegal detention of two shepherds near the village, and moved them to the occupied town.\nThe detained shepherds have not been released, and the service called the detention a violation of the ceasefire.';
    expect(read(text, '2026-05-09').incident.subType).toBe('abduction-forced-disappearance');
  });
  it('puts a small town the text places "in" a division of another country in that country', () => {
    const text = 'Border guard killed in shooting in Kyrgyzstan\nA Kyrgyz border guard was killed on Sunday near the village of Isfara in Batken region, the Kyrgyz border service said, blaming Tajikistan.';
    expect(read(text, '2026-05-11').locations.find((p) => p.name === 'Isfara')?.countryCode).toBe('KG');
  });
  it('reads the lead after a title-case line naming the outlet, its town and the day, where a crowd burns a building', () => {
    const text = 'Angry youths burn council building, nine injured\nMansura - Radio Delta - Sunday 12 July 2026\nDozens of angry youths stormed the council building late on Saturday and set it on fire after a demonstration over water cuts turned violent, witnesses told our radio.\nPolice said nine officers were hurt by stones.';
    expect(read(text, '2026-07-12').incident.subType).toBe('violent-demonstration');
  });
  it('dates by the incident, not by the day "a statement issued by" a body came out', () => {
    const text = 'Police arrest six over explosives in Hoima\nKAMPALA – Police have arrested six people suspected of stockpiling explosives in Hoima, according to a statement issued by the Uganda Police Force on Monday.\nThe suspects were arrested on Saturday 11th April 2026 at a house in the town, the statement said.';
    byTheRulesAlone(() => expect(read(text, '2026-04-14').incident.date).toBe('2026-04-11'));
  });
  it('reads a dateline that gives its weekday ("RAMALLAH, Thursday, March 12, 2026 (WAFA) –") as the day told, and the start of an operation as no retaking', () => {
    const text = 'Forces restore control of Balata camp after two-day operation\nNABLUS, Thursday, March 12, 2026 (WAFA) – The security services announced on Thursday that their forces had regained full control of Balata camp on Wednesday evening, after two days of confrontations with outlaws.\nTwo people were killed during the operation, which began at dawn on Tuesday, according to medical sources.';
    byTheRulesAlone(() => expect(read(text, '2026-03-12').incident.date).toBe('2026-03-11'));
  });
});

describe('fifty-sixth round (2026-12-05), from set EG', () => {
  it('reads a place whose own name holds a possessive ("Cox\'s Bazar") whole, so its towns stay in their country', () => {
    const text = "Three fishermen abducted near Teknaf\nTeknaf (Cox's Bazar) Correspondent\nThree fishermen were abducted by an armed gang from the bank of the Naf river in Teknaf upazila of Cox's Bazar on Tuesday night, family members said.\nThe abductors spoke the Rohingya language and came from the Myanmar side, locals said.";
    const draft = read(text, '2026-02-11');
    expect(draft.locations.find((p) => p.name === "Cox's Bazar")?.countryCode).toBe('BD');
    expect(draft.incident.countryCode).toBe('BD');
  });
  it('reads protesters who "throw stones" at police in the headline as rioting, after a rally that "started peacefully"', () => {
    const text = 'Clashes in Kutaisi: protesters throw stones at police, six officers injured\nThe rally which started peacefully in Kutaisi on Saturday afternoon ended with clashes in the evening, when part of the protesters began to throw bottles at the police cordon. Police used water cannon and detained eleven people.';
    expect(read(text, '2026-04-12').incident.subType).toBe('violent-demonstration');
  });
});

describe('fifty-seventh round (2026-12-05), from sets ED, EE and EF', () => {
  it('counts a country once when its short form follows in brackets ("the Democratic Republic of Congo (DR Congo)")', () => {
    const text = 'Police destroy old mortar bombs found in Rusizi farm\nA Rwanda National Police bomb disposal team on Tuesday destroyed three mortar bombs found in a farm in Rusizi District, near Kamembe.\nThe farm lies along the river that marks the border with the Democratic Republic of Congo (DR Congo).\nThe Rwanda Investigation Bureau opened an inquiry. Armed groups from eastern DR Congo used the area in the past, police said.\nThe find comes as Rwanda and DR Congo work on a peace deal.';
    const draft = read(text, '2026-06-10');
    expect(draft.incident.countryCode).toBe('RW');
  });
  it('reads a headline\'s "violent demonstration" and a "police commissariat burnt" as a riot', () => {
    const text = 'Mongo: violent demonstration against fuel prices, police commissariat burnt\nYesterday Tuesday, hundreds of young people went out in the streets of Mongo to protest against the price of fuel, our correspondent said.\nPolice used tear gas to disperse them.';
    expect(read(text, '2026-03-04').incident.subType).toBe('violent-demonstration');
  });
  it('reads a national defence force that "fully freed X town" as the state retaking it, even with local militias beside it', () => {
    const text = 'Army restores peace in Dangila town\nBAHIR DAR – The Ethiopian National Defense Force, in collaboration with regional police and local militias, has fully freed Dangila town from the extremist group, military officials said on Monday.\nThe fighting lasted several hours and ended on Sunday afternoon.';
    expect(read(text, '2026-03-10').incident.subType).toBe('government-regains-territory');
  });
  it('reads a list item\'s "That the Public Ministry ..." as opening the item, not as part of a name', () => {
    const text = 'Groups demand the release of an abducted defender\nThe organisations demand:\na) That the Public Ministry open an investigation without delay.\nb) That the Secretariat of Security say whether police took part.';
    const names = read(text, '2025-07-10').actors.map((a) => a.name);
    expect(names).toContain('Public Ministry');
    expect(names.some((n) => n.startsWith('That'))).toBe(false);
  });
  it('dates an agreement by its signing, not by "a weekend shootout" it came after', () => {
    const text = 'Two neighbours agree ceasefire after border shootout\nBISHKEK, May 12, 2026 (AFP) - Kyrgyzstan and Tajikistan agreed to a ceasefire along their shared frontier, officials said Tuesday, after a weekend shootout that killed a border guard.\nThe commanders of the two border forces signed the agreement in Batken on Monday, the border service said.\nUnder the deal, both sides will withdraw troops deployed to the area since Saturday.';
    expect(read(text, '2026-05-12').incident.date).toBe('2026-05-11');
  });
});

describe('fifty-eighth round (2026-12-05), from sets EH, EI, EJ and EK', () => {
  it('reads the town after "in Kahawa," as where it is too ("in Kahawa, Ambalangoda"), so the story has its country', () => {
    const text = 'Three killed in shooting at wedding\nThree people were killed when gunmen opened fire at a wedding reception in Pitigala, Ambalangoda on Sunday night, the Police Media Division said.\nThe gunmen fled on a motorcycle.';
    expect(read(text, '2026-10-27').incident.countryCode).toBe('LK');
  });
  it('counts "Israeli attacks" and "the Israeli enemy\'s artillery" as who fired, not where the story is', () => {
    const text = 'Israeli attacks kill farmer near Chebaa\nIsraeli attacks killed a farmer on Tuesday near Chebaa, the Health Ministry said, blaming "the Israeli enemy\'s artillery".\nIsraeli raids hit two more villages, and Israeli attacks also hit Khiam, residents said.\nLebanon has filed a complaint.';
    expect(read(text, '2026-04-29').incident.countryCode).toBe('LB');
  });
  it('reads "in the south-central Andes" as the mountains, not a town of that name in another country', () => {
    const text = 'Explosive device kills two soldiers\nLIMA, May 6 (Reuters) - An explosive device killed two Peruvian soldiers on patrol in the south-central Andes on Tuesday, the armed forces said.\nThe patrol was near the community of Llochegua. Colombia offered its condolences.';
    expect(read(text, '2026-05-07').locations.some((p) => p.countryCode === 'CO' && p.kind !== 'country')).toBe(false);
  });
  it('reads youths who clash with the security forces, near "the occupied city of Sebta", as a riot', () => {
    const text = 'Castillejos: night of clashes between youths and security forces, vehicles burned\nHundreds of young people gathered on the beach on Monday to try to swim to the occupied city of Sebta, and clashes broke out with the security forces.\nSome threw stones at the agents and burned tyres.';
    expect(read(text, '2026-01-13').incident.subType).toBe('violent-demonstration');
  });
  it('reads suspects arrested for an attack of the week before as arrests, not as the attack', () => {
    const text = 'Ngozi grenade attack: four suspects arrested\nFour people suspected of involvement in the grenade attack that killed a trader at a market in Ngozi last week were arrested on Saturday, police said.\nPolice said a grenade was found at the home of one of them.';
    expect(read(text, '2026-02-02').incident.subType).toBe('arrests');
  });
  it('reads "Speaking to KT Press," without the participle in the outlet\'s name', () => {
    const text = 'Shells land in Bugarama\nShells fired from across the border landed in Bugarama on Sunday, the army said.\nSpeaking to KT Press, a local official said two houses were damaged.';
    const names = read(text, '2026-02-02').actors.map((a) => a.name);
    expect(names.some((n) => n.startsWith('Speaking'))).toBe(false);
  });
});

describe('fifty-ninth round (2026-12-05), from sets EL, EM, EN and EO', () => {
  it('reads "Head of <body> <First Last>" as the body and the person who heads it, not one name', () => {
    const text = 'Drone hits Sumy apartment block\nA Russian drone hit an apartment block in Sumy overnight, killing two people, Head of Sumy Regional Military Administration Oleh Hryhorov said on Telegram.\nThe Officer-in-Charge (OC) of Konotop Police Station Ivan Petrenko said a second drone fell in a field.\nThe spokesman of Operation Lafiya Dole, Colonel Ivan Bondar, said air defences downed nine drones.';
    const names = read(text, '2026-03-02').actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Sumy Regional Military Administration', 'Oleh Hryhorov', 'Ivan Petrenko']));
    expect(names.some((n) => n.endsWith('Administration Oleh Hryhorov') || n.endsWith('Station Ivan Petrenko') || n === 'Lafiya Dole')).toBe(false);
  });
  it('reads "Jute Mills" and a "Parishad" as bodies, and "Later," as no name', () => {
    const text = 'Jute mill workers block highway over unpaid wages\nWorkers of the Star Jute Mills and the Crescent Jute Mills blocked the Khulna-Jashore highway on Monday, said the convener of the Sramik Parishad Abdul Karim Mia.\nLater, the workers went home peacefully.';
    const actors = read(text, '2026-01-06').actors;
    expect(actors.find((a) => a.name === 'Star Jute Mills')?.kind).not.toBe('person');
    expect(actors.some((a) => a.name === 'Abdul Karim Mia' && a.kind === 'person')).toBe(true);
    expect(actors.some((a) => a.name === 'Later')).toBe(false);
  });
  it('reads forces who "liberated the settlement of" a village, or "cleared Russian troops out of" it, as retaking it', () => {
    const text = 'Ukrainian forces free Kruhliakivka – General Staff\nUkrainian defenders have cleared Russian troops out of the village of Kruhliakivka in Kharkiv Oblast, the General Staff said on Thursday. "Units of the Defence Forces have liberated the settlement of Kruhliakivka," it said.\nTwelve Russian soldiers were killed in the fighting for the village, the brigade said.';
    expect(read(text, '2026-02-19').incident.subType).toBe('government-regains-territory');
  });
  it('reads weapons and ammunition "discovered" in a house as weapons disrupted, however many grenades and mines they list', () => {
    const text = 'Large quantity of weapons and ammunition found in Shusha\nA large quantity of weapons and ammunition left behind by illegal armed formations has been discovered in Shusha city, the Ministry of Internal Affairs said.\nThe find included 12 hand grenades, 4 anti-tank mines and 2 grenade launchers.';
    expect(read(text, '2026-07-08').incident.subType).toBe('disrupted-weapons-use');
  });
});

describe('sixtieth round (2026-12-05), from sets EP, EQ, ER and ES', () => {
  it('reads "President of Tajikistan Emomali Rahmon" as the president, not a person named after the country', () => {
    const text = 'Border treaty holds after shelling\nThe border treaty signed by President Sadyr Japarov and President of Tajikistan Emomali Rahmon in March has held, officials said on Monday.';
    const names = read(text, '2026-05-04').actors.map((a) => a.name);
    expect(names).toContain('Emomali Rahmon');
    expect(names).not.toContain('Tajikistan Emomali Rahmon');
  });
  it('reads police who "find gang arsenal buried" as weapons disrupted, not the grenades in it', () => {
    const text = 'Police find gang arsenal buried on farm in Apopa; no arrests\nSAN SALVADOR. Police and soldiers found on Tuesday an arsenal buried on a farm in Apopa, authorities reported.\nThe barrels contained six rifles, four pistols, three fragmentation grenades and 1,200 cartridges.';
    expect(read(text, '2026-04-29').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads an army that "repulsed" armed men, killing four, as a clash', () => {
    const text = 'Army repulses armed attackers in Nyamagabe, four killed\nThe army on Saturday repulsed a group of armed men who crossed into Nyamagabe District from the forest, killing four of them, the army has said.\nThe attackers had burned two houses before they were pushed back.';
    expect(read(text, '2026-04-26').incident.subType).toBe('armed-clash');
  });
  it('reads mothers of the disappeared who "gathered" to call for them as a peaceful protest', () => {
    const text = 'Mothers ask for Hasan Ocak in the 1,074th week\nThe mothers of the disappeared gathered in the square for the 1,074th week, calling on the commission to hear the families of people who disappeared in custody in the 1990s.\nThey held carnations and photographs. Hasan Ocak was taken into custody in 1995 and disappeared.';
    expect(read(text, '2025-10-25').incident.subType).toBe('peaceful-protest');
  });
  it('puts "the Zar village of Kalbajar district" in the division\'s country, not a namesake across the border', () => {
    const text = 'One killed in mine explosion in Kalbajar\nBaku. 9 April. An anti-tank mine exploded under an excavator on April 8 in the area of the Zar village of Kalbajar district, the Mine Action Agency of Azerbaijan said.\nArmenia has not handed over accurate minefield maps, the statement said.';
    expect(read(text, '2025-04-09').incident.countryCode).toBe('AZ');
  });
});

describe('sixty-first round (2026-12-05), from sets ET, EU, EV and EW', () => {
  it('reads a country\'s title holder after "Minister of Foreign Affairs of the Republic of", "Ambassador ... to the Republic of" and "Presidents of A and"', () => {
    const text = 'Tajikistan protests drone strike\nMinister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin said on Monday the strike was unacceptable. He met the Ambassador of the People\'s Republic of China to the Republic of Tajikistan Zhang Wei.\nOn March 13, 2025, Presidents of Kyrgyzstan and Tajikistan Sadyr Japarov and Emomali Rahmon signed the border treaty.';
    const names = read(text, '2026-06-23').actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Sirojiddin Muhriddin', 'Zhang Wei', 'Sadyr Japarov']));
    expect(names.some((n) => n.startsWith('Tajikistan '))).toBe(false);
  });
  it('does not put a street named after a town abroad in that town\'s country before the story has named its own', () => {
    const text = 'Lae burns as protest turns violent\nLAE city came to a standstill yesterday as hundreds of angry protesters blocked Markham Road and torched a police vehicle.\nMorobe police said two people died. Police reinforcements were flown in from Port Moresby.';
    expect(read(text, '2026-06-23').locations.some((p) => p.countryCode === 'CA')).toBe(false);
  });
});

describe('sixty-second round (2026-12-06), from set FD', () => {
  it('reads a division across the border of the one country a story names as that neighbour\'s ("Táchira state" beside Colombia)', () => {
    const text = 'Border post hit by mortar fire\nTwo guardsmen were killed late on Friday when mortar rounds struck a post near Ureña, a border town in Táchira state. The rounds were fired from across the river, from Colombian territory, said officials in Colombia.';
    expect(read(text, '2026-02-07').locations.find((p) => p.name === 'Táchira')).toMatchObject({ countryCode: 'VE' });
  });
  it('counts a local division only one country has ("Ruma upazila", "woreda", "barangay") as naming that country', () => {
    const text = 'Two killed in hills gunfight\nTwo gunmen were killed in a gunfight with soldiers in a remote area of Ruma upazila on Tuesday, officials said. Some of the gunmen fled towards the border with India, and the army has since closed the roads of Thanchi upazila.';
    const { locations, incident } = read(text, '2026-03-12');
    expect(incident.countryCode).toBe('BD');
    expect(locations.filter((p) => p.kind !== 'country').every((p) => p.countryCode === 'BD')).toBe(true);
  });
  it('reads "SSP Poonch Shafqat Hussain" and "Deputy Commissioner Jammu Sachin Kumar" as a post, its town and the holder', () => {
    const text = 'POONCH: An explosive device was found near the highway on Monday.\nSenior Superintendent of Police (SSP) Poonch Farooq Ahmad Mir said a case had been registered. Deputy Commissioner Jammu Rakesh Verma visited the site later and said traffic from Jammu would resume. SSP Poonch Mohan Lal Sharma was transferred last week.';
    const { actors, locations } = read(text, '2026-08-11');
    const names = actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Farooq Ahmad Mir', 'Rakesh Verma', 'Mohan Lal Sharma']));
    expect(names.some((n) => n.startsWith('Poonch') || n.startsWith('Jammu'))).toBe(false);
    expect(locations.map((p) => p.name)).toEqual(expect.arrayContaining(['Poonch', 'Jammu']));
    // A first name that is also a town's, not named as a place elsewhere, stays a name.
    expect(persons('Commissioner Victoria Anne Lang said on Monday the road would reopen.')).toContain('Victoria Anne Lang');
  });
  it('lets the division word written choose between namesakes ("Kurdistan province" is Iran\'s, not Iraq\'s Kurdistan Region)', () => {
    const text = 'Clash in Iran\'s west\nTwo guards were killed in a clash in Sarvabad county, in Iran\'s western Kurdistan province, on Tuesday. The militants came from camps in Iraq, officials said.';
    expect(read(text, '2026-05-20').locations.find((p) => p.kind === 'admin1')).toMatchObject({ countryCode: 'IR' });
  });
  it('reads militants who "seize" a town "for hours" in the headline as a taking', () => {
    const text = 'Militants seize Kardan for hours, torch police station\nDozens of armed men entered the town of Kardan on Monday evening, set fire to the police station and a bank, and left before dawn, officials said. One policeman was killed.';
    expect(read(text, '2026-06-02').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('dates a statement "made public on Friday" by its publication, not the incident', () => {
    const text = 'Group denounces abduction of activist\nTOCOA – A rights network made public on Friday a statement about an activist who was taken by armed men on Wednesday evening near his home.\nThe network said the activist was forced into a pickup truck and has not been seen since.';
    byTheRulesAlone(() => expect(read(text, '2025-11-08').incident.date).toBe('2025-11-05'));
  });
});

describe('sixty-third round (2026-12-06), from sets FF, FG and FH', () => {
  it('puts a Lebanese village shelled by Israel in Lebanon: "in South Lebanon" names Lebanon, and a "caza" is Lebanon\'s', () => {
    const text = 'Farmer killed by Israeli shelling near Houla\nA farmer was killed on Monday when Israeli shells fell near Houla, in the Marjayoun caza, the Health Ministry said. Israel said its troops fired at suspects near the border. Our correspondent in South Lebanon said Israeli drones flew over the area. Israel still holds five positions.';
    const { locations, incident } = read(text, '2026-03-10');
    expect(incident.countryCode).toBe('LB');
    expect(locations.filter((p) => p.kind !== 'country').every((p) => p.countryCode === 'LB')).toBe(true);
  });
  it('reads a rolling story whose headline agrees a ceasefire as the agreement, its lead below the update lines', () => {
    const text = 'Army and rebels agree ceasefire in the east after two days of clashes (updated)\nOur correspondent – Eastern countryside\nLast updated: 14 October 2026, 4:10 pm. This story is being updated as new information becomes available.\nUpdate, 4:10 pm: Aid trucks entered the town on Wednesday afternoon, in the first test of the ceasefire reached on Tuesday night between the army and the rebels.\nUpdate, 11:30 am: The army published the terms. Fighting had killed nine people since Sunday and clashes went on until Tuesday.';
    expect(read(text, '2026-10-14').incident.subType).toBe('agreement');
  });
  it('reads a town that "fall in the hands of" gangs as taken, and a headline "seizes Al-Qatrun in Libya\'s far south" too', () => {
    expect(read('Mirador fall in the hands of gangs, people flee\nMIRADOR – The town is under the control of armed gangs after fighting with the police that started on Sunday night and left six dead.', '2025-08-19').incident.subType).toBe('non-state-actor-overtakes-territory');
    expect(read('Armed group seizes Al-Wadi in Libya\'s far south\nFighting between an armed group and army units killed seven people in the south on Monday, a hospital said. Gunmen were deployed at the town\'s roundabout.', '2026-02-09').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('does not date a taking by the day the fighting for it began', () => {
    const text = 'Militia takes border town\nAn armed group seized control of the town of Umm Dafuq on Monday morning after a night of fighting with the army. The fighting began late on Sunday when dozens of vehicles attacked army positions, residents said.';
    expect(read(text, '2026-02-10').incident.date).toBe('2026-02-09');
  });
  it('dates a statement "posted on X on Wednesday" by its posting', () => {
    const text = 'US strike kills militant leader in Syria\nA US drone strike killed a militant leader near the town of Qabasin, the US military said Thursday.\nThe strike late Tuesday hit a car on a farm road. Central Command said in a statement posted on X on Wednesday that the strike had killed the group\'s finance chief.';
    byTheRulesAlone(() => expect(read(text, '2025-06-12').incident.date).toBe('2025-06-10'));
  });
  it('reads "drone bombs" and drones that "dropped explosives" as a drone strike', () => {
    expect(read('Drone bombs kill two in border village\nTwo villagers were killed when drone bombs hit a border village late on Thursday, the army said. Troops fired back at positions across the border.', '2026-10-16').incident.subType).toBe('air-drone-strike');
    expect(read('Ranger and villager killed on border\nA ranger and a villager were killed when drones flown from Cambodia dropped explosives on a border village late on Thursday, the army said. Two drones crossed the border and released bombs over the village, hitting a checkpoint.', '2026-10-16').incident.subType).toBe('air-drone-strike');
  });
  it('keeps "Energy-rich Marib" and "Route Nationale 3" as places, not a person and a road without its number', () => {
    expect(persons('Energy-rich Marib is the government\'s last major stronghold in the north of Yemen.')).toEqual([]);
    expect(read('Gangs blocked Route Nationale 3 near Mirebalais, in Haiti, on Monday.').locations.map((p) => p.name)).toContain('Route Nationale 3');
  });
  it('does not count an age ("Maria Lopez, 52, was killed") or "two more bodies" as the toll', () => {
    const age = 'Shooting at market\nAt least 40 people were shot dead at a market on Monday, police said. Maria Lopez, 22, was killed at her stall.';
    expect(read(age, '2026-05-05').incident.fatalities).toBe(40);
    const more = 'Airstrike on hospital\nAn airstrike hit a hospital on Monday, killing at least nine people, residents said. Volunteers put the death toll at 11 on Tuesday, saying two more bodies had been pulled from the rubble.';
    expect(read(more, '2026-05-05').incident.fatalities).toBe(9);
  });
  it('places a story that names no country by its large town, not by a small namesake abroad ("Bambui" beside "Bamenda")', () => {
    const text = 'Bambui: two soldiers killed by roadside bomb\nTwo soldiers died when an improvised explosive device went off under their pick-up in Bambui on Monday. The wounded were taken to hospital in Bamenda, where a curfew was declared.';
    const { locations, incident } = read(text, '2025-11-05');
    expect(locations.find((p) => p.name === 'Bamenda')).toMatchObject({ countryCode: 'CM' });
    expect(incident.countryCode).toBe('CM');
  });
});

describe('sixty-fourth round (2026-12-06), from sets FI, FJ and FK', () => {
  it('reads traders who "clash with police" in the headline and stone, burn and loot in the lead as a riot', () => {
    const text = 'One dead as traders clash with police over fuel shortage in Kinama\nThe situation was tense on Monday in Kinama, where hundreds of traders took to the streets to protest against the lack of fuel. One person died, the police said.\nWhen the station manager said there was no fuel, the drivers started to throw stones at the station.\nYoung people burned tyres and blocked the road. Some shops were looted.\nThe police intervened with tear gas to disperse the protesters.';
    expect(read(text, '2025-07-15').incident.subType).toBe('violent-demonstration');
    // ...also where the protest's words outweigh the clash's: the headline's clash and the lead's stones decide.
    const protest = 'Gitega: one dead as angry bus drivers and vendors clash with police over fuel shortage\nGitega (Radio) - Hundreds of bus drivers and vendors took to the streets of Magarama on Monday to protest against the fuel shortage. One man died, police said.\nThe protesters gathered at dawn at the fuel station. When the manager said the tanks were empty, the drivers began to shout and to throw stones at the pumps.\nYoung men burned tyres on the main road. Several kiosks were looted, residents said.\nThe police fired tear gas to disperse the protesters, who answered with more stones. Several protesters were arrested.';
    expect(read(protest, '2025-07-15').incident.subType).toBe('violent-demonstration');
  });
  it('reads "rebels take Pinga after two days of fighting" as a taking, dated by the day they entered, not the day the fighting started', () => {
    const text = 'Rebels take Kibua after two days of fighting with the army\nRebels entered Kibua on Sunday evening, residents said. The fighting started on Saturday at dawn on the hills east of the town. By Sunday around 6 pm, the rebels controlled the central market.';
    expect(read(text, '2026-02-09').incident.subType).toBe('non-state-actor-overtakes-territory');
    byTheRulesAlone(() => expect(read(text, '2026-02-09').incident.date).toBe('2026-02-08'));
  });
  it('places a town "in Macomia District of Mozambique\'s Cabo Delgado Province" in Mozambique, whatever the dateline', () => {
    const text = 'Joint forces recapture coastal town\nKIGALI - The army said on Friday that troops had recaptured the coastal town of Quionga Velha, in Palma District of Mozambique\'s Cabo Delgado Province. Rwanda\'s troops led the operation.';
    expect(read(text, '2026-04-25').locations.find((p) => p.name === 'Quionga Velha')).toMatchObject({ countryCode: 'MZ' });
  });
  it('dates arrests by the arrests, not by the shooting they are "in connection with", nor by the day they were confirmed', () => {
    const text = 'Police arrest 14 over Pusiga shooting\nThe police have arrested 14 persons in connection with last Thursday\'s shooting incident at Pusiga, which claimed two lives.\nThe suspects were picked up in a dawn swoop at Widana last Saturday.\nThe regional police spokesperson, who confirmed the arrests to the Daily Graphic on Monday, gave the names of some suspects.\nIt will be recalled that on Thursday, July 9, unknown gunmen opened fire on traders, killing two.';
    byTheRulesAlone(() => expect(read(text, '2026-07-14').incident.date).toBe('2026-07-11'));
  });
  it('does not date arrests by the earlier arrests they "came two days after"', () => {
    const text = 'Four militants held in Dhaka\nPolice yesterday arrested four suspected members of a banned militant outfit from a rented flat in the capital.\nThe arrests came two days after the elite force detained two suspected militants in Gazipur on Monday night.';
    byTheRulesAlone(() => expect(read(text, '2025-06-12').incident.date).toBe('2025-06-11'));
  });
  it('reads "Rocket launchers ... found" (the weapons named before their finding) as weapons disrupted, not shelling', () => {
    const found = 'Army: Rocket launchers and mortar rounds found in Kfar Dounine outskirts\nBeirut (NNA) – The army said on Thursday a unit searched the outskirts of the town and found a facility containing four rocket launchers, 36 rockets, anti-armour missiles and mortar rounds.';
    expect(read(found, '2026-06-18').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads "the chairman of GBAO Mahmadsaid Davlatov" as a body known by its initials and the person who chairs it', () => {
    const names = persons('"Stay calm," the chairman of GBAO Mahmadsaid Davlatov said at a meeting with elders on Monday.');
    expect(names).toContain('Mahmadsaid Davlatov');
    expect(names.some((n) => n.startsWith('GBAO'))).toBe(false);
  });
  it('reads a headline that counts the dead of a village attack, with children abducted, as the attack', () => {
    const text = 'Death toll in Ayod village attack rises to 34, dozens of children abducted\nAt least 34 people were killed and dozens of children abducted when armed youth attacked the village on Sunday, officials said. Many children remain missing and families are searching for the abducted.';
    expect(read(text, '2026-03-09').incident.subType).toBe('attack');
  });
});

describe('sixty-fifth round (2026-12-06), from sets FT and FU', () => {
  it('finds "the North West Region" as Cameroon\'s Northwest Region, not Botswana\'s North-West District, and the towns beside it', () => {
    const text = 'Two soldiers killed in Ndu ambush\nSeparatist fighters ambushed a patrol on Tuesday in Ndu, Donga Mantung Division in the North West Region, military sources said. The wounded were taken to Nkambe.';
    const { locations, incident } = read(text, '2025-10-29');
    expect(locations.find((p) => p.name === 'North West Region')).toMatchObject({ countryCode: 'CM' });
    expect(incident.countryCode).toBe('CM');
    // ...also where the division word is written after it and nothing else says which country.
    const governor = 'Three killed in Babungo blast\nThree persons were killed on Saturday when a bomb exploded in Babungo. The Governor of the North West Region, John Nfor, condemned the attack.';
    expect(read(governor, '2025-09-15').locations.find((p) => p.name === 'North West Region')).toMatchObject({ countryCode: 'CM' });
    // A compass point alone is still a region of many countries: nothing is joined.
    expect(defaultGazetteer().lookup('South West').length).toBe(0);
  });
  it('reads "defenders have liberated <village>" and "cleared the village of X ... of Russian forces" as a place taken back', () => {
    const headline = 'Commander: our defenders have liberated Pishchane in Kharkiv Oblast\nUkrainian units took part in the operation, which lasted a week, the commander said on Telegram on Sunday. Twelve Russian soldiers were taken prisoner.';
    expect(read(headline, '2026-05-04').incident.subType).toBe('government-regains-territory');
    const cleared = 'Village back under Ukrainian control\nUkrainian troops have fully cleared the village of Pishchane in Kupiansk district, Kharkiv Oblast, of Russian forces, the General Staff said on Sunday. Russian forces had entered it in March.';
    expect(read(cleared, '2026-05-04').incident.subType).toBe('government-regains-territory');
  });
  it('does not read "captured two tanks" as people captured (arrests)', () => {
    const text = 'Brigade captures two tanks near Pishchane\nThe brigade said on Sunday it had captured two tanks and three armoured vehicles near Pishchane. Fighting continued.';
    expect(read(text, '2026-05-04').incident.subType).toBe('armed-clash');
  });
  it('reads grenades, explosives or ammunition found, named before their finding or in a list, as weapons disrupted', () => {
    const text = 'Grenades, mines and TNT found in empty house in border village\nA large quantity of ammunition and explosives was found in an empty house in the village, the police said on Thursday. Sappers made the mines safe. Nobody was detained.';
    expect(read(text, '2025-12-03').incident.subType).toBe('disrupted-weapons-use');
  });
  it('does not date a taking by "for around two days before" in its background (a duration, not a day)', () => {
    const text = 'Fighters seize border village\nFighters of an armed group said on Thursday they had taken full control of the village of Tetkino after crossing the border before dawn.\nIn 2023, its fighters briefly seized Tetkino and held parts of it for around two days before pulling back.';
    byTheRulesAlone(() => expect(read(text, '2026-03-13').incident.date).toBe('2026-03-12'));
  });
  it('reads dates in numbers with dots day first, and with slashes the way nearest before publication', () => {
    const sentences = (text: string) => readArticle(text).sentences;
    const dotted = 'BISHKEK, 02.04.2026. The meeting ended.';
    expect(readDates(dotted, sentences(dotted), new Date('2026-04-02T00:00:00Z')).map((d) => d.date)).toContain('2026-04-02');
    const slashed = 'The report is dated 03/04/2026.';
    expect(readDates(slashed, sentences(slashed), new Date('2026-04-05T00:00:00Z')).map((d) => d.date)).toContain('2026-04-03');
    expect(readDates(slashed, sentences(slashed), new Date('2026-03-06T00:00:00Z')).map((d) => d.date)).toContain('2026-03-04');
  });
  it('knows the official names statements use: "Russian Federation", "Kyrgyz Republic", "Syrian Arab Republic"', () => {
    const { locations } = read('The delegation of the Kyrgyz Republic met officials of the Russian Federation and of the Syrian Arab Republic on Monday.');
    expect(locations.filter((p) => p.kind === 'country').map((p) => p.countryCode).sort()).toEqual(['KG', 'RU', 'SY']);
  });
  it('reads a mob that burns police vehicles and ransacks a police station demanding justice as a riot, not mob violence', () => {
    const text = 'Mob torch police vehicles, attack Thoubal PS over custodial death; curfew imposed\nIMPHAL, June 9: Tension prevail in Thoubal district since Sunday night after an irate mob set on fire two police vehicles and ransacked part of Thoubal Police Station demanding justice for a youth who allegedly died in police custody.\nThe youth was picked up by a police team on Saturday evening in connection with a theft case.';
    expect(read(text, '2025-06-09').incident.subType).toBe('violent-demonstration');
  });
  it('reads "the Prosecutor-General\'s Office" whole wherever it stands', () => {
    expect(actorNames('Officers tried to detain him on a warrant of the Prosecutor-General\'s Office, the ministry said.')).toContain("Prosecutor-General's Office");
  });
  it('splits a body from the town after "in" ("the Nepali Congress in Kathmandu"), but not an embassy\'s or a mission\'s', () => {
    expect(actorNames('Leaders of the Sonali Bank in Bandarban said the robbers took cash.')).toContain('Sonali Bank');
    expect(actorNames('The 6th Military Region in Tamanrasset said the cache was found on Monday.')).toContain('6th Military Region');
    expect(actorNames('The Turkish Embassy in Astana said two citizens were hurt.')).toContain('Turkish Embassy in Astana');
  });
  it('reads "On Friday the Ministry ..." and "signed in Bishkek the Treaty ..." without the day or the town in the name', () => {
    expect(actorNames('On Friday the Ministry of Foreign Affairs of the Kyrgyz Republic handed a note of protest.')).toContain('Ministry of Foreign Affairs of the Kyrgyz Republic');
    expect(read('The presidents signed in Bishkek the Treaty on the State Border in 2025.').locations.find((p) => p.name === 'Bishkek')).toMatchObject({ countryCode: 'KG' });
  });
  it('reads names after "the veredas of", "the annex of" and "the communities of" as places, not people', () => {
    expect(persons('Troops searched the veredas of San Isidro and Pan de Azúcar in Colombia on Monday.')).toEqual([]);
    expect(persons('Soldiers patrolled near the annex of Pampa Aurora in Peru.')).toEqual([]);
  });
});

describe('sixty-sixth round (2026-12-06), from sets FZ and GB', () => {
  it('reads an operation to detain in which an officer and members of an armed group were killed as a clash, not arrests', () => {
    const text = 'Shootout in Aksy district: officer and two members of armed group killed\nAn officer of the State Committee for National Security and two members of an armed group were killed during a special operation in Aksy district on May 6, the committee reported. The operation was carried out to detain members of a banned group. Two suspects were detained alive.';
    expect(read(text, '2025-05-07').incident.subType).toBe('armed-clash');
  });
  it('reads "constitutional order was restored" and "freed from the criminals" as a place taken back', () => {
    const restored = 'Constitutional order fully restored in Roshtqala district\nDUSHANBE - The Ministry of Internal Affairs said on Wednesday that a criminal group had seized the district centre in June. During a special operation on Tuesday the settlement was completely freed from the criminals and constitutional order was restored.';
    expect(read(restored, '2025-07-09').incident.subType).toBe('government-regains-territory');
    const freed = 'Roshtqala district centre back in government hands\nDUSHANBE - The district centre was completely freed from the criminals on Tuesday, the ministry said on Wednesday. A criminal group had seized it in June.';
    expect(read(freed, '2025-07-09').incident.subType).toBe('government-regains-territory');
  });
  it('finds "Gorno-Badakhshan Autonomous Region" as the autonomous province the list names', () => {
    expect(defaultGazetteer().lookup('Gorno-Badakhshan Autonomous Region')).toEqual([expect.objectContaining({ kind: 'admin1', countryCode: 'TJ' })]);
    expect(defaultGazetteer().lookup('Gorno-Badakhshan')).toEqual([expect.objectContaining({ kind: 'admin1', countryCode: 'TJ' })]);
  });
  it('reads "Police chief of Western Province Nalaka Perera" and "Senior DIG in charge of the Southern Province ..." as a post and its holder', () => {
    expect(persons('"More arrests will follow," Police chief of Western Province Nalaka Perera said on Monday.')).toEqual(['Nalaka Perera']);
    expect(persons('Teams have been deployed to arrest the suspects, Senior DIG in charge of the Southern Province Sunil Jayasena said.')).toEqual(['Sunil Jayasena']);
  });
  it('keeps the lower-case division word of a body\'s place in its name ("... of Vanj district")', () => {
    expect(actorNames('Gunmen attacked the building of the Department of Internal Affairs of Ishkoshim district on Monday.')).toContain('Department of Internal Affairs of Ishkoshim district');
  });
});

describe('sixty-seventh round (2026-12-06), from sets GD and GE', () => {
  it('knows "Saida" as Sidon in Lebanon beside Algeria\'s Saïda, and "Mocímboa da Praia" as the list\'s Mocímboa', () => {
    const text = 'Clashes in refugee camp\nSAIDA — Two people were killed in clashes on Monday in a Palestinian refugee camp on the outskirts of Saida, in south Lebanon, the National News Agency said.';
    expect(read(text, '2025-07-29').incident.countryCode).toBe('LB');
    expect(defaultGazetteer().lookup('Mocímboa da Praia')).toEqual([expect.objectContaining({ countryCode: 'MZ' })]);
  });
  it('reads farmers who "staged a peaceful march" as a peaceful protest', () => {
    const text = 'Farmers march to DC\'s office over arrears\nMore than 500 cashew farmers on Monday staged a peaceful march to the District Commissioner\'s office, demanding payment of arrears.';
    expect(read(text, '2025-08-01').incident.subType).toBe('peaceful-protest');
  });
  it('reads youths who "burn police vehicles" in the headline as a riot, whatever the police did', () => {
    const text = 'Tension in Gaya as youths burn police vehicles over death of rider\nThere was tension on Monday in Gaya as hundreds of angry youths took to the streets after a rider died in police custody.\nThe protesters blocked the highway and later marched to the police division. Police fired tear gas and live rounds to disperse the protesters, and three people were shot dead.';
    expect(read(text, '2025-07-29').incident.subType).toBe('violent-demonstration');
  });
  it('reads a headline "Boko Haram kills 14 villagers in night raid" as an attack, not a raid that arrests', () => {
    const text = 'Boko Haram kills 14 villagers in Gossi night raid\nFourteen people died on Sunday night when insurgents stormed Gossi, a village near the border, sources said. Soldiers were deployed to the village on Monday.';
    expect(read(text, '2025-10-07').incident.subType).toBe('attack');
  });
  it('reads police and a gang that "trade fire for hours" as a clash, whatever arrest warrants the police came to serve', () => {
    const text = 'Five killed as police and gang trade fire for hours in Rio\'s Jacarezinho\nRIO DE JANEIRO - At least five people were killed on Thursday when a police operation in the Jacarezinho favela turned violent. Troops entered the favela at dawn to serve arrest warrants.';
    expect(read(text, '2025-07-18').incident.subType).toBe('armed-clash');
  });
});

describe('sixty-eighth round (2026-12-06), from sets GL to GO', () => {
  it('reads young people who clash with the security forces, or clashes between youth and them, as a riot, not an armed clash', () => {
    const lead = 'Night of tension in Berkane after death of street vendor\nHundreds of young people clashed with the security forces in Berkane on Saturday night after a protest over the death of a street vendor turned to violence.\nThe security forces used tear gas to disperse them.';
    expect(read(lead, '2025-09-08').incident.subType).toBe('violent-demonstration');
    const headline = 'Clashes between youth and security forces in Berkane after death of vendor\nStones were thrown at the security forces and tyres burned in Berkane on Saturday night after the death of a street vendor, police said.\nEleven officers were injured in the clashes.';
    expect(read(headline, '2025-09-08').incident.subType).toBe('violent-demonstration');
  });
  it('reads a sit-in whose crowd "dispersed peacefully" as a peaceful protest, whatever force met earlier protests', () => {
    const text = 'Families of victims stage sit-in in Kathmandu\nFamilies of those killed when police opened fire on protesters in September staged a peaceful sit-in at Maitighar today, demanding action on the inquiry report.\nAround 200 people carried placards reading "Who gave the order to shoot?" and sat on the road for three hours before dispersing peacefully.';
    expect(read(text, '2025-12-09').incident.subType).toBe('peaceful-protest');
  });
  it('does not read a rally that "was peaceful for most of the night" as peaceful, nor relatives of detainees who marched as arrests at the march', () => {
    const dispersed = 'Thousands rally outside parliament in Tbilisi against foreign agents law\nThousands of protesters rallied outside parliament in Tbilisi on Saturday evening against the foreign agents law.\nThe protesters marched along Rustaveli Avenue, waving flags.\nThe rally was peaceful for most of the night, with speeches and music.\nShortly after 2 am, riot police dispersed the protesters with water cannon and pepper spray and detained 12 people.';
    expect(read(dispersed, '2025-11-10').incident.subType).toBe('protest-with-intervention');
    const march = 'Mothers of men detained under emergency rule march in San Salvador to demand their release\nHundreds of mothers and wives of men detained under the state of exception marched on Wednesday through the capital to demand the release of relatives who, they say, have spent years in prison without trial.\nThe march left the park at 8:30 a.m. and reached the cathedral, where the participants held a rally.\nThe demonstrators carried photographs of their detained relatives.\nPolice officers accompanied the march and filmed the participants, but did not intervene.';
    expect(read(march, '2025-11-13').incident.subType).toBe('peaceful-protest');
  });
  it('ends a title "of <place>" where the words after the place no longer name a place with it', () => {
    const text = 'Deputy Governor of Taiz Ali Hamoud al-Sabri said on Monday that 40 families had fled the fighting.';
    const official = read(text, '2025-07-01').actors.find((a) => a.name.includes('al-Sabri'));
    expect(official).toEqual(expect.objectContaining({ name: 'Ali Hamoud al-Sabri', role: 'Deputy Governor of Taiz' }));
  });
  it('reads hyphenated ranks ("Lieutenant-Colonel", "Major-General") as titles, not names', () => {
    expect(persons('The army spokesman, Lieutenant-Colonel Didier Houngbo, confirmed the blast on Tuesday.')).toEqual(['Didier Houngbo']);
    expect(persons('Major-General Joseph Kato said troops were sent to the area on Tuesday.')).toEqual(['Joseph Kato']);
  });
  it('reads a line that ends on "said:" as text, not as a crosshead, and gives its speaker the quote below it', () => {
    const text = 'Gunmen killed five people in a village near Homs on Monday, the Syrian Network for Human Rights (SNHR) said.\nKarim Abdul Halim, SNHR\'s Executive Director, said:\n"This is a horrific crime against unarmed civilians."';
    expect(speakerOf(text, 'horrific crime')).toBe('Karim Abdul Halim');
  });
  it('does not read a name followed by ", Save the Children\'s ..." as a town listed beside the town of Save', () => {
    const text = 'Shelling killed three children in Taiz on Monday, Save the Children said.\nNour Khalil, Save the Children\'s Country Director in Yemen, said the attack was a crime.';
    expect(persons(text)).toContain('Nour Khalil');
  });
  it('finds the speaker after a quote across a long apposition, and after "cried"', () => {
    const apposition = 'Mothers of the disappeared marched in Mexico City on Sunday.\n"We have nothing to celebrate," Rosa María Fuentes, a member of the search collective Las Rastreadoras who has been looking for her son since 2019, told reporters.';
    expect(speakerOf(apposition, 'nothing to celebrate')).toBe('Rosa María Fuentes');
    const cried = 'Gunmen kidnapped 12 bus passengers near Saint-Marc on Monday.\n"We are poor people," cried Marie-Ange Joseph, whose brother is among the hostages.';
    expect(speakerOf(cried, 'poor people')).toBe('Marie-Ange Joseph');
  });
  it('ends an inverted speaker at where the words were said ("said ... Lieutenant Colonel X at a press conference")', () => {
    const text = 'Police clashed with gunmen in a favela in Rio de Janeiro on Monday.\n"The criminals chose confrontation," said Military Police of Rio de Janeiro State spokesperson Lieutenant Colonel Marcos Pereira Lins at an afternoon press conference.';
    expect(speakerOf(text, 'chose confrontation')).toBe('Marcos Pereira Lins');
    const unnamed = 'Gunmen killed eight men in a billiard hall in Choloma on Sunday night.\n"They were boys who went to play pool," said the mother of one of the victims outside the Santa Lucía Forensic morgue in Choloma on Monday morning, where the bodies were taken.';
    expect(speakerOf(unnamed, 'went to play pool')).toBeNull();
  });
});

describe('sixty-ninth round (2026-12-06), from sets GP, GQ and GS', () => {
  it('dates an overnight attack by the hour a rolling story gives anywhere ("a direct hit ... at around 02:40")', () => {
    const text = 'Drone attack on Odesa kills three (updated)\n12:40 – The death toll from the overnight attack has risen to three, the regional governor said.\n11:20 – Rescuers pulled two people alive from the rubble.\n10:15 – The Air Force said Russia attacked overnight with 90 drones.\n08:05 – A port warehouse was also hit in the region.\n07:10 – Two people were killed when a drone hit a residential building at around 02:40, the governor said.';
    byTheRulesAlone(() => expect(read(text, '2026-01-22').incident.date).toBe('2026-01-22'));
  });
  it('reads "armed men attacked <Two-Word> village" as an attack on civilians', () => {
    const text = 'Four wounded in Manipur\nArmed men attacked Lamtai Chingjin village in Manipur on Thursday night, wounding four residents, the police said.';
    expect(read(text, '2026-02-14').incident.subType).toBe('attack');
  });
  it('reads a town in capitals on a line of its own under the headline as the dateline, not an organisation', () => {
    const text = 'Five villagers killed in Manipur attack\nIMPHAL\nFive persons were killed when armed men attacked a village in Manipur on Thursday night, the police said.';
    const read1 = read(text, '2026-02-14');
    expect(read1.actors.map((a) => a.name)).not.toContain('IMPHAL');
    expect(read1.locations.map((p) => p.name)).toContain('IMPHAL');
  });
  it('drops "Officials in the" that opens a sentence from the body\'s name', () => {
    expect(actorNames('Officials in the Union Home Ministry said the case would be handed over on Monday.')).toContain('Union Home Ministry');
  });
  it('reads "Bangladesh Railway said" as a body, not a person', () => {
    expect(kindOf('Train services remained suspended until 8pm, Bangladesh Railway said.', 'Bangladesh Railway')).toBe('other-organization');
  });
  it('reads "a fight which opposed soldiers and an armed group" as a clash, not "not a fight between neighbours"', () => {
    const fight = 'Cibitoke: at least five dead in a fight between soldiers and armed men near the river\nRUGOMBO, May 3rd – At least five people were killed in a fight which opposed soldiers of the Burundian army and an armed group on Sunday near Ruhagarika hill, in Rugombo commune. Three of the dead are soldiers, according to local sources.\nResidents say the gunshots started around 3 a.m. and continued until after 6 a.m.\nAccording to military sources, a patrol was attacked while it was moving along the river.\nThe commune administrator spoke on Monday of an "attack of criminals". Two assailants were killed and the others fled, he said. Imbonerakure were later seen arresting young men in the area.';
    expect(read(fight, '2026-05-04').incident.subType).toBe('armed-clash');
    const notAFight = 'At least three villagers killed in settler attack inside Bosawas reserve\nSAN JOSE, Costa Rica — Armed men killed at least three indigenous people and burned a dozen homes in an attack before dawn on Tuesday on a community inside the Bosawas reserve in northern Nicaragua, indigenous leaders said.\nThe attack on Wakal Tingni, a community of about 30 families in the municipality of Siuna, began at about 4 a.m., according to the territorial government. Its president, Marcos Pilarte, said about 20 men armed with rifles and machetes surrounded the houses and opened fire while families were sleeping.\nPilarte said four people had been killed: three men and a 14-year-old girl, whose body was found on Wednesday in the forest.\n"This was not a fight between neighbours. They came to kill and to burn, so that we would leave our land," Pilarte said.';
    expect(read(notAFight, '2026-04-08').incident.subType).toBe('attack');
  });
  it('gives a quote to whoever was named with the title in "said the Secretary of State"', () => {
    const text = 'Troops retook the village of Mbau on Sunday.\nThe Secretary of State in Cabo Delgado province, Joana Mabunda Sitoe, who visited the district on Monday, appealed to families to wait.\n"We understand the anxiety of our people," said the Secretary of State.';
    expect(speakerOf(text, 'anxiety of our people')).toBe('Joana Mabunda Sitoe');
  });
  it('reads the police ranks CIP and DCOP as titles', () => {
    expect(persons('"The weapons were hidden there long ago," said CIP Jean Bosco Habimana, the police spokesperson.')).toEqual(['Jean Bosco Habimana']);
    expect(persons('The regional commander, DCOP Kwame Asante, said calm had returned.')).toEqual(['Kwame Asante']);
  });
});

describe('seventieth round (2026-12-06), from sets GU and GV', () => {
  it('does not take "on Monday (13)" into a body\'s name: a bracket of digits is no acronym', () => {
    expect(actorNames('The suspects will be produced before the Vavuniya Magistrate\'s Court on Monday (13) and remanded.')).toContain("Vavuniya Magistrate's Court");
  });
  it('reads weapons found with "no one detained" as weapons disrupted, not arrests', () => {
    const text = 'Army unearths rifles buried near Arcatao; no one detained\nSoldiers found a cache of assault rifles and explosives buried on a hillside near Arcatao on Monday, the army reported.\nThe find was made during a search operation. Nobody was arrested.';
    expect(read(text, '2026-06-16').incident.subType).toBe('disrupted-weapons-use');
  });
  it('reads families who end a blood feud in a reconciliation session as an agreement', () => {
    const text = 'Two Sohag families end blood feud in reconciliation session\nTwo families in Sohag ended on Saturday a blood feud that has claimed nine lives since 2015, in a reconciliation session held in the village of Awlad Yahya, the state news agency reported.\nPolice had arrested several members of both families after the last killing in 2024.';
    expect(read(text, '2026-06-14').incident.subType).toBe('agreement');
  });
});
describe('seventy-first round (2026-12-06), from sets GX to HA', () => {
  it('reads "protestors", the other spelling, as protesters: a headline of protestors who burn riots', () => {
    const text = 'Angry protestors burn tyres and storm water office in Basra after week of shortages\nHundreds of residents protested on Sunday in the centre of Basra against water shortages that have lasted a week, local officials said.\nThe protesters marched to the water directorate and police used tear gas and fired live bullets over the heads of the crowd.';
    expect(read(text, '2026-06-15').incident.subType).toBe('violent-demonstration');
  });
  it('does not read live fire the police say they did not use as force used on a crowd', () => {
    const text = 'Teachers rally in Erbil over unpaid salaries\nThousands of teachers rallied on Sunday outside the governorate building in Erbil to demand salaries unpaid for four months, organisers said.\nPolice watched the demonstrators and did not use the live ammunition they carried, a police spokesman said.';
    expect(read(text, '2026-06-15').incident.subType).toBe('peaceful-protest');
    const denied = 'Nurses march in Basra over unpaid wages\nHundreds of nurses marched on Sunday in Basra to demand four months of unpaid wages, organisers said.\nThe police said no live ammunition was used against the crowd at any point.';
    expect(read(denied, '2026-06-15').incident.subType).toBe('peaceful-protest');
  });
  it('reads a strike that kills, with no other word for it, as a strike from the air', () => {
    const text = 'French strike kills five jihadists near Menaka\nA strike on Monday killed five militants of the Islamic State group near Menaka, the French military said in a statement.\nTroops had been fighting the group in the area for weeks, and an offensive by local forces continues.';
    expect(read(text, '2026-06-16').incident.subType).toBe('air-drone-strike');
    // A missile's strike stays a missile's; a hunger strike strikes no one.
    expect(read('Russian missile strike kills four in Kharkiv\nA missile strike on Monday killed four people in Kharkiv, the regional governor said.', '2026-06-16').incident.subType).toBe('shelling-artillery-missile-attack');
    expect(read('Hunger strike kills jailed activist in Tehran\nA jailed activist died on Monday after a hunger strike of 60 days, his family said.', '2026-06-16').incident.subType).not.toBe('air-drone-strike');
  });
  it('reads a headline that says control over a village was "fully restored" as a retaking', () => {
    const text = 'Control over Shurobod village fully restored, militants eliminated\nThe security forces cleared the village of Shurobod on Sunday after a two-day operation, the interior ministry said.\nSix members of the group were detained and two were killed. Weapons and ammunition were seized.';
    expect(read(text, '2026-06-16').incident.subType).toBe('government-regains-territory');
  });
  it('reads "<name> Municipality" as a place, not a body', () => {
    const { actors, locations } = read('Residents of Rajbiraj Municipality in southern Nepal blocked the highway on Sunday, police said.');
    expect(actors.map((a) => a.name)).not.toContain('Rajbiraj Municipality');
    expect(locations.map((l) => l.name)).toContain('Rajbiraj Municipality');
  });
  it('reads a hyphenated acronym after a body and "and" as a second body ("Nepali Congress and CPN-UML")', () => {
    expect(actorNames('Leaders of the Nepali Congress and CPN-UML met in Kathmandu on Sunday.')).toEqual(expect.arrayContaining(['Nepali Congress', 'CPN-UML']));
  });
  it('reads an acronym, "and", and a body\'s name as two bodies ("SPLA-IO and White Army", "MNLA and Gatia Militia")', () => {
    expect(actorNames('Fighting between the SPLA-IO and White Army killed five people in Nasir, officials said.')).toEqual(expect.arrayContaining(['SPLA-IO', 'White Army']));
    expect(actorNames('Clashes between the MNLA and Gatia Militia left four dead near Kidal.')).toEqual(expect.arrayContaining(['MNLA', 'Gatia Militia']));
  });
});
describe('seventy-second round (2026-12-06), from sets GX to HE', () => {
  it('reads the wires the sources know as outlets, "dpa" in a dateline and "Ukrinform reports" alike', () => {
    const { actors } = read('Soldier killed in mine blast near Lachin\nBaku (dpa) - A soldier was killed on Monday when his vehicle hit an anti-tank mine near Lachin, the defence ministry said, Ukrinform reports.', '2026-06-16');
    expect(actors.filter((a) => a.kind === 'media').map((a) => a.name)).toEqual(expect.arrayContaining(['dpa', 'Ukrinform']));
  });
  it('reads the letters a wire is cited by as that wire only where it is named in full', () => {
    const named = read('Bomb kills two in Quetta market\nA bomb killed two people in Quetta on Monday, police said. The Associated Press could not confirm the toll. (AP)', '2026-06-16').actors;
    const wire = named.find((a) => a.name === 'Associated Press');
    expect(wire?.aliases).toContain('AP');
    expect(named.filter((a) => a.name === 'AP')).toHaveLength(0);
    expect(actorNames('A blast killed two people in Guntur, in AP, on Monday, police said.')).not.toContain('Associated Press');
  });
  it('reads a device that "detonates" as one that went off where it was left', () => {
    const text = 'Explosive artifact detonates at bus stop in Choloma, one dead\nA homemade device left in a backpack under a bench killed a bus dispatcher and wounded four people at a stop in Choloma on Monday morning, police said.';
    expect(read(text, '2026-06-16').incident.subType).toBe('remote-explosive-landmine-ied');
  });
  it('reads a garrison that "falls" and a town a group is "now in full control of" as a place taken', () => {
    const fell = 'Rebels say Hpakant is theirs as army garrison falls\nThe last troops in the town surrendered to the Kachin Independence Army on Saturday, residents said. "There is no more fighting inside the town," a resident said.';
    expect(read(fell, '2026-06-14').incident.subType).toBe('non-state-actor-overtakes-territory');
    const held = 'Kachin rebels say Hpakant is theirs\nThe Kachin Independence Army said on Saturday it was now in full control of Hpakant after the last troops in the town surrendered. "There is no more fighting inside the town," a spokesman said.';
    expect(read(held, '2026-06-14').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
  it('reads a weekday the clause looks ahead to ("will deliver ... on Thursday") as the next one, not the last', () => {
    const text = 'Thousands rally in Tegucigalpa against mining law\nThousands of people gathered on Sunday in the centre of Tegucigalpa to demand the repeal of the mining law.\nThe organisers announced that they will deliver to Congress on Thursday a petition with 100,000 signatures.';
    expect(read(text, '2026-06-07').incident.date).toBe('2026-06-07');
    const ahead = readDates('The organisers said they will deliver the petition on Thursday.', [{ start: 0, text: 'The organisers said they will deliver the petition on Thursday.' }], new Date('2026-06-07T00:00:00Z'));
    expect(ahead[0]?.date).toBe('2026-06-11');
  });
  it('dates fighting by the night it broke out, not by the morning it "continued into the early hours of"', () => {
    const text = 'Afghan and Pakistani forces clash on Khost border\nAfghan and Pakistani troops exchanged fire along the border in Khost province late on Monday, killing two people, officials said.\nThe fighting broke out at around 10 pm and continued into the early hours of Tuesday, officials and residents said.\nBoth sides blamed the other for firing first.';
    expect(read(text, '2026-10-14').incident.date).toBe('2026-10-12');
  });
  it('knows Rwanda\'s towns by the names of the districts they head ("Rubavu", "Huye", "Rusizi")', () => {
    for (const name of ['Rubavu', 'Huye', 'Rusizi', 'Muhanga']) expect(defaultGazetteer().lookup(name).some((p) => p.countryCode === 'RW')).toBe(true);
  });
});
describe('seventy-third round (2026-12-06), from sets GX to HE', () => {
  it('knows capitals by the names the press gives them ("Washington", "Addis Abeba")', () => {
    expect(read('Rwanda and Congo signed a peace agreement in Washington in June, officials in Kigali said.').locations.find((p) => p.name === 'Washington')?.countryCode).toBe('US');
    expect(read('The two sides met in Addis Abeba on Monday, the African Union said.').locations.find((p) => p.name.startsWith('Addis'))?.countryCode).toBe('ET');
  });
  it('reads the initials of local posts as titles before a name, not as bodies (CDO, MCA, MCE, DCE, RPC, OCPD, DPO, Ugaas)', () => {
    const { actors } = read('CDO Ram Bahadur Thapa said the curfew would stay. Kilifi MCA Jonathan Mwamburi called for calm. The Bawku MCE, Ibrahim Adams, visited the market with the Tamale DCE. MCE Alhassan Seidu said calm had returned. RPC Joseph Mwakalinga said 12 were held. OCPD Peter Njoroge and DPO Tariq Aziz spoke. Ugaas Abdirahman Ali Farah urged peace.');
    const people = actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Ram Bahadur Thapa', 'Jonathan Mwamburi', 'Alhassan Seidu', 'Joseph Mwakalinga', 'Peter Njoroge', 'Tariq Aziz', 'Abdirahman Ali Farah']));
    expect(actors.map((a) => a.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/\b(?:MCE|DCE)\b/)]));
  });
});
describe('seventy-fourth round (2026-12-06), from sets HF to HI', () => {
  it('reads "Shaheds", the drones in the plural, as a strike from the air', () => {
    const text = 'Shaheds hit Sumy at night: two dead\nTwo people were killed and nine injured in Sumy overnight, the regional governor said on Tuesday, as Shaheds hit apartment blocks.';
    expect(read(text, '2026-06-16').incident.subType).toBe('air-drone-strike');
  });
  it('dates "in the night on Thursday, January 15" by its day, and leaves "Monday night on the ... road" on Monday', () => {
    const text = 'Drones hit Kharkiv at night: three dead\nRussian forces attacked Kharkiv with drones in the night on Thursday, January 15. Three people were killed, the governor said.';
    expect(read(text, '2026-01-16').incident.date).toBe('2026-01-15');
    const road = 'A rider was knocked down by a police vehicle on Monday night on the Walewale-Nalerigu road.';
    const [monday] = readDates(road, [{ start: 0, text: road }], new Date('2025-08-13T00:00:00Z'));
    expect([monday?.date, monday?.text]).toEqual(['2025-08-11', 'on Monday night']);
  });
  it('reads protesters who "have dispersed" after talks as a protest that met no force', () => {
    const text = 'Farmers rally in Kochkor against quarry\nAbout 200 farmers gathered on Tuesday in front of the district administration in Kochkor to protest against a quarry near their pastures.\nThe protesters have dispersed after a meeting with the district governor, who promised to suspend the licence.';
    expect(read(text, '2026-06-16').incident.subType).toBe('peaceful-protest');
  });
  it('reads a gang that "seizes <town> as police pull out" as a place taken, however many it killed', () => {
    const text = 'Gang seizes Guasipati as police pull out of mining town\nGunmen of the Tren de Guayana gang drove into Guasipati on Monday and killed three people, residents said. Shops stayed shut and the highway was blocked.';
    expect(read(text, '2026-06-16').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
});
describe('seventy-fifth round (2026-12-06), from sets HF to HI', () => {
  it('keeps initials of two or three letters with the name they open ("W.M. Sunil Bandara"), not as a sentence\'s end', () => {
    const people = read('Police spokesman W.M. Sunil Bandara said the area was cleared. Demining director M.R.M. Fawzan said more staff were needed.').actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['W.M. Sunil Bandara', 'M.R.M. Fawzan']));
    expect(readArticle('Demining director M.R.M. Fawzan said more staff were needed.').sentences).toHaveLength(1);
  });
});

describe('seventy-sixth round (2026-12-06), from sets HN to HQ', () => {
  it('reads a retaking only vowed ("army vows to retake town") as no retaking, and a taking told with "liberated" in the same sentence as a taking', () => {
    const text = [
      "The Kessa Liberation Front says it has seized Dabara in North Kessa; army vows to retake town",
      "At least 20 civilians have been killed in Dabara since Saturday, most of them by shelling, a doctors' group said.",
      "The army said its troops had pulled back to positions outside the town but that the battle was not over.",
      "Residents described looting in the market.",
      "\"We have liberated the city of Dabara and taken full control of the barracks,\" the rebels said in a statement.",
      "The rebels have taken control of three towns in the region this year.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads a town an armed group has held since a day, or for days, as taken ("have held the town of Kessara since Tuesday")', () => {
    const text = [
      "Militia fighters hold border town of Kessara for second day",
      "Fighters of the Northern Defence Militia have held the town of Kessara since Tuesday, residents said.",
      "Fighting was reported in nearby villages, and several fighters were killed in clashes with police on the outskirts.",
      "The militia said its men would stay.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('keeps a vigil that "dispersed peacefully" in its fourth sentence peaceful, whatever force met it years before', () => {
    const text = [
      "Families of missing men gather for their 300th week",
      "Relatives of men who disappeared in the 1990s gathered in Central Square today for the 300th time, holding photographs.",
      "Around 40 people took part in this week's vigil. A lawmaker read a statement.",
      "Police watched from the edge of the square, but there was no intervention, and the group dispersed peacefully after half an hour.",
      "The weekly vigil began in 2019.",
      "In 2021, police dispersed the gathering with tear gas and detained 30 people.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.subType).toBe('peaceful-protest');
  });

  it('reads "Internal Affairs" as a minister\'s portfolio, not as a word of the holder\'s name', () => {
    const people = read('Deputy Minister of Internal Affairs Zurab Kavtaradze said the officers acted lawfully.').actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Zurab Kavtaradze']);
  });
});

describe('seventy-seventh round (2026-12-06), from sets HN to HS', () => {
  it('counts no country named as a border ("near the border with Rwanda and the DRC") as where the story is', () => {
    const text = [
      "Fighting between army and rebels near Rugazi, two dead",
      "Burundian soldiers and rebels fought on Monday on Karambo hill in Rugazi commune, in Cibitoke province, residents said.",
      "The rebels came from the forest near the border with Rwanda and the DRC, the administrator of Rugazi commune said.",
      "Residents said armed men had been seen for a week near the border with Rwanda and the DRC.",
      "The rebel group has its bases in South Kivu in DRC.",
      "The wounded were taken to Bujumbura, where the government condemned the attack.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.countryCode).toBe('BI');
  });

  it('reads an army unit with its nickname in brackets or quotation marks as one force ("6th Infantry (Kampilan) Division")', () => {
    const text = 'Troops of the 20th Infantry (We Lead) Battalion clashed with rebels, said the 8th Infantry (Stormtroopers) Division. The 1st "El Oro" Infantry Brigade was not involved.';
    const forces = read(text).actors.filter((a) => a.kind === 'state-force').map((a) => a.name);
    expect(forces).toEqual(expect.arrayContaining(['20th Infantry (We Lead) Battalion', '8th Infantry (Stormtroopers) Division', '1st "El Oro" Infantry Brigade']));
  });

  it('ends a speaker\'s name before the paper or station spoken to ("said Mabrouk Jlassi to Sabra FM")', () => {
    const { actors, quotes } = read('Riot in Kessara after death of young man\n"We want the truth," said his uncle Mabrouk Jlassi to Sabra FM. "We are not against the state."');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Mabrouk Jlassi']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mabrouk Jlassi', 'Mabrouk Jlassi']);
  });

  it('reads "Sub-commissioner", "Sub-Inspector", "Monsignor", "Msgr." and "Lt.-Col." as titles before a name', () => {
    const text = 'Sub-commissioner Edgardo Barahona said the gang was weak. Sub-Inspector Ravi Kumar agreed. Monsignor Julián Arévalo Castro said peace was near. Msgr. Julius Agbor prayed. The army spokesperson, Lt.-Col. Emeka Obinna, said the troops had won.';
    const people = read(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Edgardo Barahona', 'Ravi Kumar', 'Julián Arévalo Castro', 'Julius Agbor', 'Emeka Obinna']);
    expect(readArticle('The army spokesperson, Lt.-Col. Emeka Obinna, said the troops had won.').sentences).toHaveLength(1);
  });

  it('reads the title before "of" in a role ("The president of the Rica Mining Cooperative"), not the head of state\'s', () => {
    const text = 'Army retakes mining town\nPresident Daniel Noboa ordered the operation last week.\nThe president of the Rica Mining Cooperative, Luis Ordonez, welcomed the operation. "We have lived years under threats," he said.';
    expect(read(text).quotes.map((q) => q.speaker)).toEqual(['Luis Ordonez']);
  });
});

describe('seventy-eighth round (2026-12-06), from sets HN to HU', () => {
  it('reads no body in "Iraqi soldiers", "Russian troops", "Ukrainian forces" or "Niger\'s military", and still one in "the Iraqi army" and "Kazakh armed forces"', () => {
    const text = 'Iraqi soldiers, Russian troops, Ukrainian forces and Niger\'s military were named in the report. The Iraqi army and the Kazakh armed forces denied it.';
    const forces = read(text).actors.filter((a) => a.kind === 'state-force').map((a) => a.name);
    expect(forces).toEqual(['Iraqi army', 'Kazakh armed forces']);
  });
});

describe('seventy-ninth round (2026-12-06), from sets HV to HY', () => {
  it('reads a headline\'s feud "ended with reconciliation", with the agreement signed in the lead, as the agreement, not the killings before it', () => {
    const text = [
      "Two clans end four-year blood feud that killed seven with reconciliation in Kafr Salem",
      "Two families in the village of Kafr Salem signed a reconciliation agreement on Thursday evening, ending a four-year feud.",
      "The feud began in 2021 when a man was shot dead in a dispute over land.",
      "In 2023, gunmen opened fire on a wedding, killing three people.",
      "Police raids followed, arresting a dozen men.",
      "In 2024, two more men were shot dead near the market.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.subType).toBe('agreement');
  });

  it('reads "gunmen take over Montecillo, Oaxaca" in a headline as a town taken', () => {
    const text = [
      "Cartel gunmen take over Montecillo, Oaxaca; mayor and municipal police flee",
      "Hundreds of gunmen entered the municipal seat on Sunday afternoon, residents said.",
      "The gunmen set up checkpoints on the roads into town and the mayor fled with the municipal police.",
      "State authorities said one officer was killed.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads merchants who clash with police as a riot, not an armed clash', () => {
    const text = [
      "Merchants clash with police and burn customs truck, 12 injured",
      "Merchants and police clashed on Wednesday afternoon near the central market after customs agents seized goods, officials said.",
      "Twelve people were injured, among them five police officers.",
    ].join('\n');
    expect(read(text, '2026-06-16').incident.subType).toBe('violent-demonstration');
  });

  it('reads a "drone-dropped explosive" and "a drone operated by traffickers dropped an explosive device" as from the air', () => {
    const headline = [
      "Drone-dropped explosive kills police officer in favela",
      "A police officer was killed on Sunday when an explosive device hit his patrol, authorities said.",
      "A grenade was later found at the scene.",
    ].join('\n');
    const body = [
      "Police officer killed in favela",
      "A police officer was killed on Sunday when a drone operated by drug traffickers dropped an explosive device on a patrol, authorities said.",
      "A grenade was later found at the scene.",
    ].join('\n');
    expect(read(headline, '2026-06-16').incident.subType).toBe('air-drone-strike');
    expect(read(body, '2026-06-16').incident.subType).toBe('air-drone-strike');
  });
});

describe('eightieth round (2026-12-06), from sets IB and ID to IG', () => {
  it('reads troops who "dislodged separatist fighters from" a town, or "restored State authority", as a town taken back', () => {
    const dislodged = [
      "Troops dislodge separatist fighters from Kongolo",
      "Soldiers of the 3rd Battalion dislodged the separatist fighters from Kongolo on Sunday after the fighters had held the locality for two years, the army said.",
      "The fighters had abducted two teachers there in March.",
      "Displaced residents were told they could return home.",
    ].join('\n');
    const restored = [
      "Army restores State authority in Kongolo",
      "The army said on Monday it had restored State authority in Kongolo after an operation on Sunday in which four fighters were neutralised.",
      "The fighters had abducted two teachers there in March.",
    ].join('\n');
    expect(read(dislodged, '2026-07-14').incident.subType).toBe('government-regains-territory');
    expect(read(restored, '2026-07-14').incident.subType).toBe('government-regains-territory');
  });

  it('reads "an attack by armed men on the village of" as an attack on civilians, not a clash', () => {
    const text = [
      "Aid group treats 20 wounded in Kaga",
      "Medical teams have treated 20 wounded people following an attack by armed men on the village of Kouki early on Saturday.",
      "Most patients reached the hospital on Sunday after travelling by motorbike.",
      "At least nine people were killed, local authorities said.",
      "Four patients were operated on during the night.",
      "Survivors said the fighting lasted two hours.",
    ].join('\n');
    expect(read(text, '2026-05-11').incident.subType).toBe('attack');
  });

  it('reads youths who burn a police commissariat as rioters', () => {
    const text = [
      "Angry youths burn police commissariat in Moundou after death of a driver",
      "Hundreds of young people took to the streets of Moundou on Saturday to protest against the killing of a driver by a police officer.",
      "Police fired tear gas to disperse the crowd.",
    ].join('\n');
    expect(read(text, '2025-11-24').incident.subType).toBe('violent-demonstration');
  });

  it('reads a headline that seizes a two-word town "as army falls back" as a town taken, however much shelling the lead tells', () => {
    const text = [
      "RSF seizes El Obeid in North Kordofan as army falls back",
      "At least 20 civilians were killed by shells that fell on homes near the market since the fighters stormed the city on Tuesday, a volunteer group said.",
      "Artillery and mortar fire continued on Wednesday, residents said.",
    ].join('\n');
    expect(read(text, '2026-03-18').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads an army that "destroys 37 explosive devices" found in a hideout as weapons made safe, whatever mortar rounds were found', () => {
    const text = [
      "Army destroys 37 explosive devices in desert hideout, no arrests made",
      "The army said it had uncovered an abandoned hideout stocked with explosive devices, mortar rounds and rifles south of Kirkuk, and that its engineers had destroyed the devices on site.",
      "No one was arrested in the operation, which took place on Thursday.",
    ].join('\n');
    expect(read(text, '2023-06-16').incident.subType).toBe('disrupted-weapons-use');
  });

  it('reads "Forces take control of" a place, or joint forces who do, as the state regaining it', () => {
    const text = [
      "Forces take control of Kodmeta after encounter, two Maoists killed",
      "Joint security forces established control over the Kodmeta area after an encounter on Tuesday, police said.",
      "Arms and explosives were recovered.",
    ].join('\n');
    const joint = [
      "Maoist camp cleared in Narayanpur",
      "On Tuesday, joint forces took control of the village of Kodmeta after an encounter in which two Maoists were killed, police said.",
      "Arms and explosives were recovered.",
    ].join('\n');
    expect(read(text, '2024-12-05').incident.subType).toBe('government-regains-territory');
    expect(read(joint, '2024-12-05').incident.subType).toBe('government-regains-territory');
  });

  it('reads "the Army General Staff" and "the Joint Staff" as bodies', () => {
    expect(actorNames('In a statement read on the evening news, the Army General Staff said the attack had been repelled.')).toContain('Army General Staff');
    expect(actorNames('In a statement on Monday, the Joint Staff said the attack had been repelled.')).toContain('Joint Staff');
  });
});

describe('eighty-first round (2026-12-06), from sets IH to IK', () => {
  it('keeps a small town told twice in the story\'s country when the country the gazetteer puts it in is named once', () => {
    const text = [
      "Gunmen attack gendarmerie post in southern Chad",
      "N'DJAMENA (AFP) - Gunmen attacked a gendarmerie post in the town of Léré in southern Chad late on Tuesday, killing three gendarmes, Chad's army said.",
      "Residents of Léré said the attackers came from across the border.",
      "Chad has faced attacks in its south for years, and France ended its military presence in Chad in January.",
      "The army said reinforcements had been sent from N'Djamena and Moundou.",
    ].join('\n');
    const incident = read(text, '2025-06-12').incident;
    expect(incident.countryCode).toBe('TD');
  });

  it('reads explosives "safely detonated" or an explosive destroyed by bomb experts as weapons made safe', () => {
    const detonated = [
      "Explosive device found on Garissa road",
      "Police bomb disposal experts on Tuesday safely detonated an improvised explosive device planted at a culvert on the Garissa road, officials said.",
      "The device was spotted by herders near a village.",
    ].join('\n');
    const destroyed = [
      "Bomb experts destroy roadside explosive on Garissa road",
      "An improvised explosive device planted at a culvert on the Garissa road was found by herders on Tuesday, officials said.",
      "The device was wired to a pressure plate.",
    ].join('\n');
    expect(read(detonated, '2023-09-13').incident.subType).toBe('disrupted-weapons-use');
    expect(read(destroyed, '2023-09-13').incident.subType).toBe('disrupted-weapons-use');
  });

  it('reads "bombs fired from" across a border as shelling', () => {
    const text = [
      "Two killed as bombs fired from across the border hit Gisenyi",
      "Two people were killed and five injured after two bombs fired from across the border landed in a village on Sunday night, the army said.",
      "The army said it had taken defensive measures along the border.",
    ].join('\n');
    expect(read(text, '2024-02-12').incident.subType).toBe('shelling-artillery-missile-attack');
  });

  it('reads past a rolling story\'s "Last updated" and "This story is being updated" lines to the taking they head', () => {
    const story = (notices: string[]) =>
      [
        "Fighters clash with troops, say they hold border village of Tiotkino – live updates",
        ...notices,
        "Key points: The fighters say they have taken full control of the village of Tiotkino after a raid at dawn on Tuesday.",
        "Russia's Defence Ministry says all attacks were repelled after heavy fighting and clashes near the border.",
        "Artillery fire continued through the day.",
      ].join('\n');
    const updated = story(["Last updated: 12 March 2024, 19:05 Moscow time.", "Updated at 17:40 with the ministry's statement."]);
    const beingUpdated = story(["This story is being updated as information comes in.", "This page will be updated through the day."]);
    expect(read(updated, '2024-03-12').incident.subType).toBe('non-state-actor-overtakes-territory');
    expect(read(beingUpdated, '2024-03-12').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads residents who "burn UPC and two patrol cars" as rioters, however many arrests', () => {
    const text = [
      "Residents burn UPC and two patrol cars in Quevedo after death of detained man",
      "A tense calm returned to Quevedo on Tuesday after a night of disturbances over the death of a young man detained by police.",
      "The man had been detained on Monday afternoon and was later taken to hospital, where he died.",
      "Police said 12 people were arrested and five detained for questioning.",
    ].join('\n');
    expect(read(text, '2024-05-07').incident.subType).toBe('violent-demonstration');
  });
});

describe('eighty-second round (2026-12-06), from sets IL to IO', () => {
  it('reads a "pressure cooker bomb" and a bomb that "explodes" as a remote explosive, whatever was defused after', () => {
    const cooker = [
      "Pressure cooker bomb found at Janakpur ward office",
      "A security guard was killed at a ward office in Janakpur on Wednesday, police said.",
      "The army defused a second device found nearby, and police said suspects would be arrested soon.",
    ].join('\n');
    const explodes = [
      "Bomb explodes at Janakpur ward office, guard dies",
      "A security guard was killed at a ward office in Janakpur on Wednesday, police said.",
      "The army defused a second device found nearby, and police said suspects would be arrested soon.",
    ].join('\n');
    expect(read(cooker, '2023-11-08').incident.subType).toBe('remote-explosive-landmine-ied');
    expect(read(explodes, '2023-11-08').incident.subType).toBe('remote-explosive-landmine-ied');
  });

  it('reads a man who "blows himself up" as a suicide bomber', () => {
    const blows = [
      "Man blows himself up in a bar in Butembo, six dead",
      "Six people were killed on Saturday evening when a man carrying explosives entered a bar in Butembo and the device exploded, witnesses said.",
      "The explosive device went off among the crowd watching a football match.",
    ].join('\n');
    expect(read(blows, '2023-08-13').incident.subType).toBe('suicide-bomb');
  });

  it('reads forces that "illegally detain" a citizen as a disappearance, not arrests', () => {
    const text = [
      "Occupation forces illegally detain Georgian citizen near village of Dvani",
      "A resident of the area was detained near the occupation line on Thursday, the security service said.",
      "The service called for the swift release of the detained citizen.",
    ].join('\n');
    expect(read(text, '2023-09-15').incident.subType).toBe('abduction-forced-disappearance');
  });

  it('reads a headline ceasefire agreed, with "since the ceasefire took effect" in the lead, as the agreement', () => {
    const text = [
      "Ceasefire agreed in Beddawi camp after four days of clashes",
      "Calm has largely held in Beddawi since the ceasefire took effect at 6 pm, with only sporadic shots heard, our correspondent reports.",
      "Four days of clashes between rival factions killed six people and wounded dozens, medics said.",
      "Fighting and gunfire had forced hundreds of families to flee the camp.",
    ].join('\n');
    expect(read(text, '2026-02-17').incident.subType).toBe('agreement');
  });

  it('reads forces that have "recovered" a mining sector from an armed gang as a place taken back', () => {
    const text = [
      "Army says it has \"recovered\" Tumeremo mining sector in Sifontes from armed gang",
      "Troops were attacked with explosive devices on Thursday by members of the gang, who were repelled, the army said.",
      "Three gang members were killed in the confrontation.",
    ].join('\n');
    expect(read(text, '2024-11-16').incident.subType).toBe('government-regains-territory');
  });
});

describe('eighty-third round (2026-12-06), from sets IP to IS', () => {
  it('reads an agency that "arrests three operatives ... in connection with the grenade attack" as arrests, not the attack', () => {
    const text = [
      "Agency arrests three operatives in Khemkaran police post grenade attack case",
      "New Delhi, August 14 (PTI) The agency on Thursday said it had arrested three operatives of a banned group in connection with the grenade attack on a police post in Khemkaran in March.",
      "The grenade attack had damaged the building; no one was hurt.",
      "The accused had hurled a grenade at the post from a motorcycle, the agency said.",
    ].join('\n');
    expect(read(text, '2025-08-14').incident.subType).toBe('arrests');
  });

  it('reads forces that "restore full control over" a village as a place taken back', () => {
    const text = [
      "Armed Forces restore full control over al-Gurah village",
      "Forces of the army restored full control over the village of al-Gurah on Saturday after three days of operations, the military spokesman said.",
      "Engineers cleared explosive devices from the main road, and three roadside bombs were dismantled.",
    ].join('\n');
    expect(read(text, '2023-07-16').incident.subType).toBe('government-regains-territory');
  });

  it('reads no crowd in "a mobile money operator" or "since last Friday, March 8"', () => {
    const text = [
      "Gendarmes arrest 12 in Tiko over alleged separatist financing",
      "TIKO - Twelve persons, among them a trader and a mobile money operator, have been held at the gendarmerie since last Friday, March 8, on allegations of financing separatist fighters.",
      "Relatives said the suspects were arrested in a raid.",
      "The crisis started in 2016 as peaceful protests by lawyers and teachers.",
    ].join('\n');
    expect(read(text, '2024-03-12').incident.subType).toBe('arrests');
  });
});

describe('eighty-fourth round (2026-12-06), from set IX', () => {
  it('reads an army that "established full control over" a settlement as a place taken back', () => {
    const text = [
      "Army establishes control over Khojavend settlement and heights – ministry",
      "Units of the army in the morning of September 20 established full control over the Khojavend settlement and a number of strategic heights around it, the ministry reported.",
      "Firing positions of the armed formations were neutralized, the ministry said.",
    ].join('\n');
    expect(read(text, '2023-09-20').incident.subType).toBe('government-regains-territory');
  });

  it('reads a gang that "drops explosives from drones" on police as a strike from the air', () => {
    const text = [
      "Gang drops explosives from drones on police, killing officer",
      "Suspected gang members dropped explosives from drones on police officers during a raid in a northern favela on Monday, killing a sergeant, authorities said.",
      "Around 300 officers had moved in before dawn to serve arrest warrants; eight suspects were arrested.",
    ].join('\n');
    expect(read(text, '2025-06-17').incident.subType).toBe('air-drone-strike');
  });

  it('reads a man "taken by force" or "dragged from his house" by armed men as abducted', () => {
    const story = (taken: string) =>
      [
        "Armed men take fishermen's leader from his home, family asks for his return alive",
        `There is still no news of the leader of the fishermen's union, who was ${taken} on Saturday night by a group of armed men, his family said.`,
        "His family and colleagues marched to the town hall on Monday to demand his return.",
      ].join('\n');
    expect(read(story('taken by force from his house'), '2026-02-17').incident.subType).toBe('abduction-forced-disappearance');
    expect(read(story('dragged from his house'), '2026-02-17').incident.subType).toBe('abduction-forced-disappearance');
  });

  it('reads fighters who "say they hold border village of" a place, or held it "since the evening of Tuesday", as a taking', () => {
    const headline = [
      "Fighters say they hold border village of Tetkino as Moscow insists incursion was repelled",
      "The fighters said on Thursday that their units were fighting in and around the village, and released video of armed men in its streets.",
      "Russia's Defence Ministry said all attacks had been repelled after heavy fighting and clashes, and that the attackers had been ambushed.",
    ].join('\n');
    const since = [
      "Fighters clash with troops near Tetkino",
      "The fighters said on Thursday that they had held the village of Tetkino since the evening of Tuesday, after fighting and clashes with border troops.",
      "Russia's Defence Ministry said all attacks had been repelled after heavy fighting and clashes.",
    ].join('\n');
    expect(read(headline, '2024-03-14').incident.subType).toBe('non-state-actor-overtakes-territory');
    expect(read(since, '2024-03-14').incident.subType).toBe('non-state-actor-overtakes-territory');
  });
});

describe('eighty-fifth round (2026-12-06), from sets JB to JE', () => {
  it('reads a protest whose headline counts the dead at the forces\' hands as met with excessive force', () => {
    const counted = [
      "Two dead as gendarmes break up teachers' march in Tambacounda",
      "Gendarmes fired tear gas to disperse several hundred teachers who were marching on Wednesday to demand unpaid allowances.",
      "Hospital staff said two men had gunshot wounds to the chest.",
    ].join('\n');
    const kill = [
      "Soldiers kill teenager at weekly village march, rights group says",
      "Troops fired tear gas and rubber bullets at the crowd of villagers marching towards the road gate on Friday afternoon.",
      "A 16-year-old was hit in the chest and died in hospital.",
    ].join('\n');
    expect(read(counted, '2026-04-16').incident.subType).toBe('excessive-force-against-protesters');
    expect(read(kill, '2025-07-12').incident.subType).toBe('excessive-force-against-protesters');
  });

  it('reads rival communities that "sign a pact", with a charter "signed by" elders in the lead, as an agreement', () => {
    const text = [
      "Rival clans sign a pact to end years of feuding in the valley",
      "Elders of the two clans gathered at the district office on Tuesday, March 3.",
      'The "Charter of Peace and Good Neighbourliness", signed by 40 elders in the presence of the governor, commits both sides to settle disputes in court.',
      "It comes a month after clashes between the two clans left three men dead and houses burned.",
      "Fighting between the clans has flared each dry season since 2019, and clashes over wells killed 11 people in 2023.",
    ].join('\n');
    expect(read(text, '2026-03-05').incident.subType).toBe('agreement');
  });

  it('reads forces who say a town is "back under their control" as a place taken back', () => {
    const text = [
      "Government forces say Gharyan back under their control after two days of fighting",
      "Fighting between government forces and a local armed group went on for two days in the hills around the town, residents said.",
      "At least five people were killed in the clashes, the Red Crescent said.",
    ].join('\n');
    expect(read(text, '2025-03-20').incident.subType).toBe('government-regains-territory');
  });

  it('reads a rolling story\'s "All times GMT", "Latest updates first" and "no longer being updated" lines as notices, not its lead', () => {
    const story = (notice: string) =>
      [
        "LIVE: Fighting for Tessit",
        notice,
        "18:40 - To recap: the army says it retook the town of Tessit on Wednesday after two days of clashes with the armed group that had held it since June.",
        "At least nine people were killed in the clashes, medics said.",
        "Clashes were also reported on the road to Ansongo, where the army and the armed group exchanged fire for hours.",
      ].join('\n');
    for (const notice of ['This page is no longer being updated.', 'All times GMT.', 'Latest updates first.']) {
      expect(read(story(notice), '2025-05-22').incident.subType).toBe('government-regains-territory');
    }
  });

  it('reads a press release\'s line of its date alone as the day it was issued, not the incident\'s', () => {
    expect(datelineDate('22 August 2024\nArmed men stopped two buses')?.text).toBe('22 August 2024');
    const text = [
      "Commission calls for release of bus passengers",
      "The commission on Thursday issued a statement on the abduction of bus passengers in the zone.",
      "Press Release",
      "22 August 2024",
      "Passengers held must be released without condition",
      "The commission has received reports that on Sunday, 18 August 2024, armed men stopped two buses on the road to the town and took 40 passengers into the forest.",
      "Families of those taken have since received calls demanding ransom.",
    ].join('\n');
    byTheRulesAlone(() => expect(read(text, '2024-08-23').incident.date).toBe('2024-08-18'));
  });

  it('reads the day of what a strike "came as" as background, not the strike\'s', () => {
    const text = [
      "Drone strike kills commander near Kobani",
      "A drone strike hit a car near the village of Tal Ahmar on Tuesday morning, killing a senior commander, his group said.",
      "The strike came as the army pressed on with a wave of air and drone strikes on the province that began on Friday, after soldiers were killed at a base.",
      "Residents said the drone strikes had hit fuel depots and a power station.",
    ].join('\n');
    byTheRulesAlone(() => expect(read(text, '2024-01-16').incident.date).toBe('2024-01-16'));
    const amid = text.replace('The strike came as the army pressed on', 'The strike came amid a new push by the army, which pressed on');
    byTheRulesAlone(() => expect(read(amid, '2024-01-16').incident.date).toBe('2024-01-16'));
  });

  it('reads a protest "after police kill" a youth as the cause of the protest, not the dead of its dispersal', () => {
    const text = [
      "Residents protest after police kill youth; police fire tear gas",
      "Hundreds of residents marched to the police station on Monday to demand justice for a young man shot by an officer last week, and police fired tear gas to disperse them.",
      "Police dispersed the marchers with tear gas and water cannon, witnesses said.",
    ].join('\n');
    expect(read(text, '2025-05-13').incident.subType).toBe('protest-with-intervention');
  });

  it('reads "the governor\'s office said ... showed that the attack was "..."" as the Governor\'s Office\'s words', () => {
    const text = [
      "Grenade attack kills two in Birecik tea house",
      "Two men were killed on Sunday when a grenade was thrown into a tea house in Birecik.",
      "In a written statement, the Gaziantep Governor’s Office said the suspect was caught near the village of Akarca.",
      "The governor’s office said initial findings showed that the attack was “linked to a land dispute” between two families.",
    ].join('\n');
    expect(read(text, '2025-09-24').quotes.map((q) => q.speaker)).toEqual(['Gaziantep Governor’s Office']);
  });

  it('reads "he said" after sentences opening on "He" as the person who spoke at the chain\'s start, not the last one named', () => {
    const text = [
      "Bomb kills four at Jinja bus park",
      "Four people were killed on Monday when a bomb went off at the gate of the bus park in Jinja.",
      "The regional police spokesperson, Peter Okello Wafula, told journalists at the scene that a guard had stopped the bomber.",
      "Mr Okello said the guard, identified as Sam Mukasa, 38, was among those killed.",
      "He added that two people had been picked up for questioning. “We are following good leads,” he said.",
    ].join('\n');
    expect(read(text, '2025-09-09').quotes.map((q) => q.speaker)).toEqual(['Peter Okello Wafula']);
  });
});

describe('eighty-sixth round (2026-12-06), from sets JF to JI', () => {
  it('reads a mob that "runs amok" or "went on a rampage" as mob violence', () => {
    const story = (headline: string) =>
      [
        headline,
        "At least two people were killed and dozens of kiosks torched in the town on Monday after a rumour spread that a child had been kidnapped by a trader, police said.",
        "The kidnapping rumour was false, police said; the child was found safe at a relative's house.",
      ].join('\n');
    expect(read(story('Two killed as mob runs amok in Wamena over child kidnapping rumour'), '2026-04-08').incident.subType).toBe('mob-violence');
    expect(read(story('Two killed after mob went on a rampage in Wamena over child kidnapping rumour'), '2026-04-08').incident.subType).toBe('mob-violence');
  });

  it('reads a rights group that denounces the "detention of" people "after" protests as arrests, not a disappearance or the protest', () => {
    const text = [
      "Rights group denounces detention of eleven people by intelligence agents after Sunday protests in Maturin",
      "The Monagas Human Rights Observatory denounces the arbitrary detention of eleven citizens in Maturin by officials of the intelligence service.",
      "Among them are four trade unionists and a teacher, who were picked up as they returned home from the demonstrations held on Sunday.",
      "Lawyers for the detainees said the arrests were made without a judicial warrant.",
      "For more than 48 hours the relatives were not told where the detainees were being held, which the group calls a short-term enforced disappearance.",
    ].join('\n');
    expect(read(text, '2025-01-14').incident.subType).toBe('arrests');
  });

  it('reads police who "took control of" a gang-held favela as the state taking it back', () => {
    const text = [
      "Police occupy Complexo do Lins and promise to stay",
      "State police took control of the Complexo do Lins, a cluster of favelas dominated for two decades by a drug faction, in an operation launched before dawn on Tuesday that left two suspects dead.",
      "Around 500 officers backed by armoured vehicles entered the community, and shootouts with the faction's gunmen went on for hours.",
    ].join('\n');
    expect(read(text, '2024-08-07').incident.subType).toBe('government-regains-territory');
  });

  it('reads "informed this Tuesday the Joint Command" and "welcomed on Wednesday the agreement" as the day of the word, not the event', () => {
    const informed = [
      "Army retakes Puerto Ene after clash with armed column",
      "Army patrols retook the control of the village of Puerto Ene, where an armed column had imposed a curfew for three weeks, informed this Tuesday the Joint Command of the Armed Forces.",
      "On Monday the patrols retook the village without resistance and installed a temporary base.",
    ].join('\n');
    const welcomed = [
      "Rights groups welcome land agreement",
      "Human rights groups welcomed on Wednesday the agreement signed between the government and the cooperatives to end the violence over disputed land.",
      "In their statement, the groups say they welcome the signing, last Monday 19 January 2026 in the city of Tocoa, of the agreement.",
    ].join('\n');
    byTheRulesAlone(() => {
      expect(read(informed, '2024-10-22').incident.date).toBe('2024-10-21');
      expect(read(welcomed, '2026-01-22').incident.date).toBe('2026-01-19');
    });
  });

  it('reads "Senior Superintendent of Police (Operations) X" as X\'s title, so "the SSP said" is X', () => {
    const text = [
      "Grenade attack kills two in Quetta bazaar",
      "Two people were killed on Sunday when a grenade was thrown at a shop in the bazaar.",
      "Senior Superintendent of Police (Operations) Kamran Baloch told reporters that a hand grenade had been used in the attack.",
      "“We have some leads and we hope to reach the culprits soon,” the SSP said.",
    ].join('\n');
    expect(read(text, '2024-11-18').quotes.map((q) => q.speaker)).toEqual(['Kamran Baloch']);
  });
});

describe('eighty-seventh round (2026-12-06), from sets JJ to JM', () => {
  it('reads a headline where rebels "have taken" a town "as army pulls back" as a taking', () => {
    const text = [
      "Rebels say they have taken Walikale as army pulls back",
      "Heavy fighting went on overnight around the town, residents said, and at least three civilians were killed by stray bullets.",
      "Army officers said their units had fought the rebels for two days before regrouping south of the river.",
    ].join('\n');
    expect(read(text, '2026-01-17').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads a protest that "turn to clashes" or "transformed into violent confrontations" with the forces as a riot', () => {
    const story = (turned: string) =>
      [
        `Berkane: protest over power cuts ${turned} with public forces, 9 arrested`,
        "Hundreds of residents gathered in front of the town hall on Sunday evening to protest against power cuts, local sources said.",
        "The public forces intervened to disperse the crowd, and nine people were arrested, the authorities said.",
      ].join('\n');
    expect(read(story('turn to clashes'), '2025-01-13').incident.subType).toBe('violent-demonstration');
    expect(read(story('transformed into violent confrontations'), '2025-01-13').incident.subType).toBe('violent-demonstration');
  });

  it('reads "one student dead" in a protest\'s headline as the forces\' excessive force', () => {
    const text = [
      "Sarh: one student dead after police disperse march with tear gas",
      "Hundreds of students who were marching on Wednesday against power cuts were dispersed by the police with tear gas near the governorate.",
      "Medical sources said one student died in hospital and nine were wounded.",
    ].join('\n');
    expect(read(text, '2026-03-12').incident.subType).toBe('excessive-force-against-protesters');
  });

  it('reads "a very tense night this Sunday 12 January" as that Sunday, not as tonight', () => {
    const article = readArticle('Tension in Berkane\nThe town lived a very tense night this Sunday 12 January, after a protest over power cuts.');
    expect(readDates(article.text, article.sentences, new Date('2025-01-13T00:00:00Z')).map((d) => d.date)).toEqual(['2025-01-12']);
  });
});

describe('eighty-eighth round (2026-12-06), from sets JN to JQ', () => {
  it('reads a headline where rebels seize a town "as fragile peace deal frays" as the taking, not the deal', () => {
    const text = [
      "Rebels seize Bossemptele as fragile peace deal frays",
      "Fighters of the armed group have taken control of the town of Bossemptele, forcing government troops to withdraw, in the most serious challenge yet to a peace agreement signed three months ago, officials said.",
      "The fighters entered the town at dawn on Tuesday after an exchange of fire with soldiers guarding the sub-prefecture.",
      "The peace agreement, signed in April, had been meant to end the fighting in the north-west.",
    ].join('\n');
    expect(read(text, '2025-07-14').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads police who "seize IEDs and rifle" in a raid as weapons made safe, not a bombing', () => {
    const text = [
      "Police foil bomb plot, seize IEDs and rifle in Lahad Datu raid",
      "Police have foiled a suspected bomb plot after seizing two improvised explosive devices and an assault rifle in a raid on a house in Lahad Datu on Sunday.",
      "Three men were detained at the scene, the state police commissioner said, and one of the devices was fitted with a timer.",
      "The IEDs were to be planted at a market, police said, and bomb disposal experts took them away.",
    ].join('\n');
    expect(read(text, '2026-01-20').incident.subType).toBe('disrupted-weapons-use');
  });

  it('reads "two groups pelt stones at each other" during a procession as mob violence, not a riot against the state', () => {
    const text = [
      "Curfew in Janakpur after clash during procession leaves 15 injured",
      "Shops and motorcycles torched as two groups pelt stones at each other; police fire tear gas to regain control.",
      "The district administration imposed a curfew on Sunday night after the clash, in which nine police personnel were among the injured.",
      "According to police, some people threw stones at the procession as it passed a market, and rioters set fire to four shops and six motorcycles.",
    ].join('\n');
    expect(read(text, '2024-09-16').incident.subType).toBe('mob-violence');
    const between = [
      "Curfew in Janakpur after clash during procession leaves 15 injured",
      "Shops and motorcycles were torched in a clash between two groups during a religious procession on Sunday night; police fired tear gas to regain control.",
      "The district administration imposed a curfew after the clash, in which nine police personnel were among the injured.",
      "According to police, some people threw stones at the procession as it passed a market, and rioters set fire to four shops and six motorcycles.",
    ].join('\n');
    expect(read(between, '2024-09-16').incident.subType).toBe('mob-violence');
  });
});

describe('eighty-ninth round (2026-12-06), from sets JR to JU', () => {
  it('reads rebels who "take" a town, "months after signing deal", as the taking, not the deal', () => {
    const text = [
      "Rebels take Ngaoundaye, months after signing deal to disarm",
      "Fighters of the armed group have taken control of Ngaoundaye, a sub-prefecture town in the north-west, less than three months after their leaders signed an agreement pledging to lay down their weapons, officials said.",
      "The agreement, signed in April, had committed the group to disarm and join the peace process.",
    ].join('\n');
    expect(read(text, '2025-07-15').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads a headline that tells the forces\' fire on a protest and counts its dead as excessive force, however peacefully the crowd had gathered', () => {
    const fired = [
      "Security forces fire on farmers protesting water diversion, one killed",
      "A rights group condemns the use of tear gas by security forces against farmers who had gathered peacefully in the town on Saturday to demand their share of water.",
      "Witnesses said the farmers had marched peacefully from the mosque to the governor's office.",
    ].join('\n');
    const dispersed = [
      "One dead as police disperse motorcycle riders demo with teargas",
      "Motorcycle taxi riders who were demonstrating in the town against a new ban gathered peacefully near the border post on Monday, witnesses said.",
      "The riders marched peacefully to the council offices.",
    ].join('\n');
    expect(read(fired, '2026-02-09').incident.subType).toBe('excessive-force-against-protesters');
    expect(read(dispersed, '2024-08-20').incident.subType).toBe('excessive-force-against-protesters');
    // A crowd that burns in the headline riots, whoever died.
    const burned = [
      "Protesting miners set fire to police station on the highway, one dead",
      "Miners who had blocked the highway for two days set fire to the police station on Tuesday evening after police fired tear gas to clear the road, witnesses said.",
      "The protesters had gathered peacefully on Monday.",
      "Police fired tear gas and rubber bullets to disperse the protesters, and officers used batons to push back the crowd.",
      "Police dispersed the demonstrators again at dawn with tear gas.",
    ].join('\n');
    expect(read(burned, '2026-01-21').incident.subType).toBe('violent-demonstration');
  });

  it('reads a headline that names a "suicide car bomb" as a suicide bombing, however often the text speaks of the car bomb', () => {
    const text = [
      "Suicide car bomb at Busayra checkpoint kills five",
      "The car bomb went off shortly before noon on Thursday at the checkpoint on the western entrance to the town, witnesses said.",
      "A pick-up truck pulled out of the queue and the car bomb detonated against the concrete barriers; the bomb had been packed with explosives, a security official said.",
      "Car bombs and roadside bombs have hit the province's checkpoints four times this year.",
    ].join('\n');
    expect(read(text, '2025-10-26').incident.subType).toBe('suicide-bomb');
  });
});

describe('ninetieth round (2026-12-07), from sets JX to KA', () => {
  it('reads "PRESS STATEMENT" and "Press release – For immediate release" alone on a line as a label, neither a name nor the lead', () => {
    const text = [
      "Armed group occupies Nzako after clashes with troops",
      "PRESS STATEMENT",
      "Press release – For immediate release",
      "The Mission condemns the attack carried out on Monday by fighters of the armed group against the town of Nzako.",
      "Fighters of the armed group took control of the sub-prefecture after several hours of fighting.",
    ].join('\n');
    const { actors, incident } = read(text, '2026-03-04');
    expect(actors.map((a) => a.name)).not.toContain('PRESS STATEMENT');
    expect(incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads a headline\'s "occupation of" or "seizure of" a town "by" an armed group as its taking, not by the state\'s forces', () => {
    const text = (headline: string) =>
      [
        headline,
        "The armed group attacked the army positions in the town at dawn on Monday and fighting went on for several hours, residents said.",
        "Two soldiers were killed in the clashes and the attackers fought troops near the market.",
      ].join('\n');
    expect(read(text('UN mission condemns the occupation of Nzako by armed group elements'), '2026-03-04').incident.subType).toBe('non-state-actor-overtakes-territory');
    expect(read(text('Envoy deplores seizure of Nzako by fighters, calls for withdrawal'), '2026-03-04').incident.subType).toBe('non-state-actor-overtakes-territory');
    expect(read(text('Minister hails capture of Nzako by the army after clashes'), '2026-03-04').incident.subType).not.toBe('non-state-actor-overtakes-territory');
  });

  it('reads football hooligans who fight running battles, or ultras who "run riot", as mob violence, not an armed clash', () => {
    const fought = [
      "One dead as violence hits city centre before derby",
      "A man died of stab wounds on Saturday evening when groups of football hooligans fought running battles in the city centre before the derby, police said.",
      "The clashes broke out on the main square, where a column of masked men attacked passers-by.",
    ].join('\n');
    expect(read(fought, '2026-04-12').incident.subType).toBe('mob-violence');
    const ranRiot = [
      "Ultras run riot before derby, one dead",
      "A man died of stab wounds on Saturday evening after clashes and fighting broke out in the city centre before the derby, police said.",
      "The clashes lasted an hour and the fighting spread to side streets, where gunmen exchanged fire.",
    ].join('\n');
    expect(read(ranRiot, '2026-04-12').incident.subType).toBe('mob-violence');
    const between = [
      "One dead in derby violence",
      "A man died on Saturday evening in clashes and fighting between rival hooligans in the city centre before the derby, police said.",
      "The clashes lasted an hour and the fighting spread to side streets, where gunmen exchanged fire.",
    ].join('\n');
    expect(read(between, '2026-04-12').incident.subType).toBe('mob-violence');
  });

  it('reads a mob that "storms" a post and "kills" the suspects it held as mob violence, not the abduction they were held for', () => {
    const text = [
      "Mob storms gendarmerie post in market town, kills two kidnapping suspects",
      "The crowd gathered outside the gendarmerie post on Wednesday and broke into the cells, dragging out two men held on suspicion of abducting a child.",
      "The girl had been kidnapped on Saturday and her abductors had demanded a ransom, relatives said.",
      "The kidnapping had shocked the town.",
    ].join('\n');
    expect(read(text, '2026-09-10').incident.subType).toBe('mob-violence');
  });

  it('reads police who "fired gas straight into the crowd" as tear gas on a protest, not live fire', () => {
    const text = [
      "Police fire tear gas at jobless protesters",
      "Police used tear gas and batons to break up a protest by unemployed young people outside the governorate on Saturday.",
      "The protesters had marched from the main square, chanting slogans and demanding jobs, and the protest grew through the afternoon.",
      "Demonstrators blocked the road and the rally swelled to several hundred.",
      "\"They fired gas straight into the crowd without any warning,\" a witness said.",
    ].join('\n');
    expect(read(text, '2026-11-29').incident.subType).toBe('protest-with-intervention');
  });

  it('reads a place named in a sentence of an earlier year as another event\'s, not the incident\'s', () => {
    const text = [
      "Drone strike hits weekly market",
      "A drone struck the weekly market in the Wendou area of northern Burkina Faso on Thursday, killing dozens of people, survivors said.",
      "\"There was fire everywhere,\" said a trader.",
      "Rights groups say the army has also carried out massacres, notably in the village of Ouahigouya in April 2019, where soldiers killed 40 civilians.",
    ].join('\n');
    byThePlaceRulesAlone(() => expect(read(text, '2026-06-20').incident.location).toBe('Wendou'));
  });

  it('reads a town in another country, told well after the lead, as where others answered, not where it happened', () => {
    const text = [
      "Troops retake mining area in the south",
      "Venezuelan troops have retaken a mining camp inside the Kanaima area in Venezuela's southern state of Amazonas after three days of fighting, the military said on Sunday.",
      "Soldiers entered the camp on Saturday morning.",
      "Three soldiers were killed in the fighting, the command said.",
      "The military said it had captured 14 suspected guerrillas.",
      "Miners said the camp had been run by the group for years.",
      "The government said the operation would continue.",
      "Across the border, Colombia's Defence Ministry said it had reinforced troops in the city of Cúcuta to stop fighters fleeing the offensive and the clashes.",
    ].join('\n');
    byThePlaceRulesAlone(() => expect(read(text, '2026-11-30').incident.countryCode).toBe('VE'));
  });

  it('reads a headline where a National Guard fires on a protest and counts its dead as excessive force', () => {
    const text = [
      "Guard fires tear gas and shots at blackout protest; at least one dead",
      "Residents who had gathered peacefully to protest against power cuts in the town on Tuesday night were dispersed by National Guard troops, witnesses said.",
      "The protesters had marched peacefully to the power company's office.",
    ].join('\n');
    expect(read(text, '2025-06-11').incident.subType).toBe('excessive-force-against-protesters');
  });

  it('reads "The statement said X was "..."" as the words of whoever issued the statement, not of X', () => {
    const text = [
      "US strike kills militant leader",
      "US Africa Command (AFRICOM) confirmed the strike on Wednesday. In a statement posted on X, the command said US forces conducted \"a precision strike near Jilib\", killing Ahmed Nur Farah.",
      "The statement said Farah, also known as Abu Yusuf, was \"one of the group's most senior bomb makers\" and had planned attacks.",
    ].join('\n');
    expect(speakerOf(text, 'most senior bomb makers')).toMatch(/Africa Command$/);
  });

  it('reads "the statement said" after a sentence that ends "according to a written statement" as that sentence\'s subject\'s words', () => {
    const text = [
      "Police detain 20 suspects in raids",
      "ANKARA - Police detained 20 people in raids on Tuesday, the Anadolu Agency reported, on orders of the Ankara Chief Public Prosecutor's Office.",
      "The prosecutor's office had issued detention warrants for 24 suspects, according to a written statement.",
      "Teams of the police raided 30 addresses, the Anadolu Agency reported.",
      "\"The suspects are found to have sent money to members of the organisation abroad,\" the statement said.",
    ].join('\n');
    expect(speakerOf(text, 'sent money to members')).toBe("Ankara Chief Public Prosecutor's Office");
  });

  it('reads "Armed Forces Minister A and B" as two people, the minister and the other', () => {
    const text = [
      "Government and rebels sign peace accord",
      "The accord was signed in the regional capital by Armed Forces Minister Jean-Baptiste Kaboré Sawadogo and Moussa Diallo Tiendrébéogo, who leads the rebels.",
      "\"Today we turn the page,\" Sawadogo said.",
    ].join('\n');
    expect(persons(text)).toEqual(expect.arrayContaining(['Jean-Baptiste Kaboré Sawadogo', 'Moussa Diallo Tiendrébéogo']));
  });

  it('reads "the military\'s True News Information Team said" as the team\'s words, not the military\'s', () => {
    const text = [
      "Fighting near the border town",
      "The Myanmar military said it had sent troops. The junta gave a different account. In a report carried by state media on Thursday, the military's True News Information Team said security forces had \"repelled an attack by terrorists\" near the town.",
    ].join('\n');
    expect(speakerOf(text, 'repelled an attack')).toBe('True News Information Team');
    // "The Kurdistan Region's Ministry of Peshmerga Affairs" is one name, owner and all.
    const one = [
      "Two soldiers killed by roadside bomb",
      "The Kurdistan Region's Ministry of Peshmerga Affairs said in a statement that coordination with the Iraqi army \"is the only way to close the doors in front of the terrorists.\"",
    ].join('\n');
    expect(speakerOf(one, 'close the doors')).toBe("Kurdistan Region's Ministry of Peshmerga Affairs");
  });
});

describe('ninety-first round (2026-12-07), from sets KB to KE', () => {
  it('reads a "shooting attack" at a bus stop as an attack, not the arrests that followed it', () => {
    const text = [
      "Three killed in shooting attack at bus stop",
      "A shooting attack at a bus stop on the main road killed three people on Tuesday, medics said.",
      "Police detained the suspect near the scene, and two more people were arrested later in connection with the attack.",
    ].join('\n');
    expect(read(text, '2026-05-12').incident.subType).toBe('attack');
  });

  it('reads a mob that beats someone to death and then torches a police station as mob violence, not a riot', () => {
    const text = [
      "Mob beats suspected thief to death, torches police station in highland town",
      "A crowd in the town beat a man accused of theft to death late on Sunday and then set fire to the town's police station and two patrol vehicles, police said on Monday.",
      "Residents had caught two men who allegedly tried to steal a motorcycle.",
    ].join('\n');
    expect(read(text, '2026-05-04').incident.subType).toBe('mob-violence');
    // An angry crowd that burns police vehicles, and kills or beats no one, riots.
    const burned = [
      "Town shut down after angry crowd torch police vehicles, one dead",
      "The town remained tense today after Tuesday's riot which left one man dead, several police vehicles burnt and shops looted along the main street.",
      "The deceased was hit on the head with rocks while trying to close a shop gate.",
    ].join('\n');
    expect(read(burned, '2025-11-20').incident.subType).toBe('violent-demonstration');
  });

  it('reads a headline where police fire "live bullets" as protesters march as excessive force, however peacefully they marched', () => {
    const text = [
      "LIVE: Police fire teargas, live bullets as anniversary protesters march in the city centre",
      "Latest updates appear first.",
      "7.10pm: In summary: thousands of mostly young protesters marched peacefully through the city centre to mark the anniversary of last year's protests.",
      "Police used teargas and water cannon from about 2pm, witnesses said.",
      "5.00pm: Protesters marched to Parliament, chanting and waving flags; the protest remained peaceful.",
      "3.00pm: Demonstrators rallied at the square as the march grew, and protesters staged a sit-in.",
      "1.00pm: Thousands of protesters marched from the station, demonstrators said.",
    ].join('\n');
    expect(read(text, '2026-06-25').incident.subType).toBe('excessive-force-against-protesters');
  });

  it('reads a taking whose headline names neither side by the lead, and a "National Army backed by militias" as the state', () => {
    const text = [
      "SNA forces and Macawisley take control of Elbur after heavy fighting",
      "Somali National Army (SNA) forces backed by local Macawisley militias took full control of Elbur town on Tuesday after heavy fighting with the militants, officials said.",
      "The operation started early Tuesday morning.",
    ].join('\n');
    expect(read(text, '2026-09-16').incident.subType).toBe('government-regains-territory');
    // A group the text names in the lead still takes the town.
    const rebels = [
      "Fighters take control of Elbur after heavy fighting",
      "Al-Shabaab militants took full control of Elbur town on Tuesday after heavy fighting with government troops, officials said.",
    ].join('\n');
    expect(read(rebels, '2026-09-16').incident.subType).toBe('non-state-actor-overtakes-territory');
  });

  it('reads a crowd that protests arrests the headline told as what followed them, not as their scene', () => {
    const text = [
      "Security service detains opposition figures in dawn raids",
      "Last updated 19 November 2026, 19:20. This page is being updated as the story develops.",
      "19:20 — Several thousand people have gathered in front of the Parliament building, the largest crowd in the capital in weeks.",
      "Protesters are chanting the names of those detained.",
      "07:15 — Officers of the State Security Service detained seven opposition figures in dawn raids on their homes, their lawyers said.",
    ].join('\n');
    expect(read(text, '2026-11-19').incident.subType).toBe('arrests');
  });

  it('reads "the intervening night of Wednesday and Thursday" and "the night between" as the later day, as "overnight into Thursday" is', () => {
    byTheRulesAlone(() => {
      const text = (when: string) => `Grenade hurled at police post\nAmritsar, December 4\nTwo men hurled a hand grenade at a police post ${when}, injuring two policemen.`;
      expect(read(text('in the intervening night of Wednesday and Thursday'), '2026-12-04').incident.date).toBe('2026-12-03');
      expect(read(text('in the night between Wednesday and Thursday'), '2026-12-04').incident.date).toBe('2026-12-03');
    });
  });
});

describe('ninety-second round (2026-12-07), from sets KF to KI', () => {
  it('reads "12 villagers killed in dahalo attack" as an attack on civilians, but not "villagers killed two thieves"', () => {
    const text = [
      "LIVE: At least 12 villagers killed in dahalo attack in the south",
      "Last updated: Sunday 27 September 2026, 19:45. This page is being updated as information comes in.",
      "19:45 — The gendarmerie has given a new toll: 12 villagers killed and nine injured before dawn.",
      "\"The search in the fields is continuing,\" the commander said.",
      "18:00 — Police arrested two suspects and the crowd set fire to their houses.",
    ].join('\n');
    expect(read(text, '2026-09-27').incident.subType).toBe('attack');
    const mob = [
      "Villagers killed two suspected thieves in the south",
      "Villagers killed two men suspected of stealing cattle on Sunday and burned their bodies, the gendarmerie said.",
    ].join('\n');
    expect(read(mob, '2026-09-27').incident.subType).not.toBe('attack');
  });

  it('reads a headline that "welcomes" a ceasefire the lead says was signed as the agreement, not the clashes it ended', () => {
    const text = [
      "UN mission welcomes ceasefire between rival brigades after two days of clashes",
      "The United Nations mission on Thursday welcomed a ceasefire agreement signed late on Wednesday by the two brigades, which ended two days of fighting in the eastern districts of the capital.",
      "At least 12 people were killed in the clashes, which began on Monday with an exchange of fire.",
      "Fighters used heavy weapons in the fighting, and armed clashes spread to two districts.",
    ].join('\n');
    expect(read(text, '2026-09-17').incident.subType).toBe('agreement');
  });

  it('reads "clashes between youths and security units" as a riot against the state, not a mob', () => {
    const text = [
      "Night of clashes between youths and security units, 14 arrested",
      "Clashes between youths and security units broke out on Saturday night in the town's popular neighbourhoods, where young men fought running battles with the officers.",
      "The clashes went on for hours.",
    ].join('\n');
    expect(read(text, '2026-11-30').incident.subType).toBe('violent-demonstration');
  });

  it('reads a headline that tells a weapons seizure before the arrests as the seizure, and one that tells people "held" first as the arrests', () => {
    const seized = [
      "Police seize rifles and 30,000 rounds at wharf, three arrested",
      "Police officers seized 12 rifles and 30,000 rounds of ammunition hidden in a container at the wharf on Monday and arrested three men, the police said.",
      "The three suspects were taken into custody and are being questioned.",
    ].join('\n');
    expect(read(seized, '2026-12-08').incident.subType).toBe('disrupted-weapons-use');
    const held = [
      "Six cadres held in joint operation, arms seized",
      "Security forces arrested six cadres of the outlawed group in a joint operation on Monday and seized two pistols, police said.",
      "The six were taken into custody.",
    ].join('\n');
    expect(read(held, '2026-12-08').incident.subType).toBe('arrests');
  });

  it('reads "Elvin Rafig oglu Mammadov" as one name, the patronymic inside it', () => {
    const text = "Seven detained\nThe State Security Service detained Elvin Rafig oglu Mammadov and Tural Akif oglu Hasanov in the city on Monday.";
    expect(persons(text)).toEqual(expect.arrayContaining(['Elvin Rafig oglu Mammadov', 'Tural Akif oglu Hasanov']));
  });

  it('reads "Datuk Seri Ahmad Shukri Yusof" as the honorific and the name, so the name is Ahmad Shukri Yusof', () => {
    const text = "Rally ends peacefully\nDeputy Home Minister Datuk Seri Ahmad Shukri Yusof said the government respected the right to assemble.";
    expect(persons(text)).toContain('Ahmad Shukri Yusof');
  });
});

describe('ninety-third round (2026-12-07), from the errors every set shares: places across borders, time zones and currencies', () => {
  const placesOf = (text: string) => extractBriefing(text, { publishedAt: '2026-03-04' }).places.map((p) => [p.name, p.countryCode]);

  it('gives "the Sahel", "Lake Chad", "Europe" and "the Durand Line" no country, where they were put in the story\'s', () => {
    const text = [
      'Gunmen kill 12 fishermen in Nigeria',
      'MAIDUGURI, Nigeria (Reuters) - Gunmen killed 12 fishermen on an island in Lake Chad on Monday, officials said.',
      'The attack follows raids across the Sahel, where armed groups have grown since 2012, and smugglers take migrants north to Europe.',
      'Border guards were put on alert along the Durand Line.',
    ].join('\n');
    const found = placesOf(text);
    expect(found).toEqual(expect.arrayContaining([['Lake Chad', null], ['Sahel', null], ['Europe', null], ['Durand Line', null], ['Nigeria', 'NG']]));
    expect(found.filter(([name]) => name === 'Lake Chad' || name === 'Europe')).toEqual([['Lake Chad', null], ['Europe', null]]);
    // A place in no country never says where the story is, nor becomes where it happened.
    const draft = extractBriefing(text, { publishedAt: '2026-03-04' });
    expect(draft.incident.countryCode).toBe('NG');
    expect(draft.places.find((p) => p.name === 'Sahel')).toMatchObject({ kind: 'region', latitude: null, longitude: null, admin1: null });
  });

  it('reads "the Gulf of Aden", "the Horn of Africa" and "West and Central Africa" whole, not as Aden and Africa', () => {
    const found = placesOf(
      'Ships attacked\nHouthi forces attacked two ships in the Gulf of Aden on Monday, officials said. Piracy in the Horn of Africa and raids in West and Central Africa have risen.',
    );
    expect(found).toEqual(expect.arrayContaining([['Gulf of Aden', null], ['Horn of Africa', null], ['West and Central Africa', null]]));
    expect(found.map(([name]) => name)).not.toContain('Aden');
    // A body "in Africa" stays one name: only names of more than one word are read whole this way.
    const text = 'Rights group speaks\nThe Centre for Human Rights and Democracy in Africa said on Monday that six people were killed.';
    expect(actorNames(text)).toContain('Centre for Human Rights and Democracy in Africa');
  });

  it('keeps "Red Sea state" and "Jammu and Kashmir" in their countries', () => {
    const found = placesOf(
      'Flooding in eastern Sudan\nFloods hit Port Sudan in Red Sea state on Monday, Sudanese officials said, and police in Jammu and Kashmir reported rains.',
    );
    expect(found).not.toContainEqual(['Red Sea', null]);
    expect(found).toContainEqual(['Jammu and Kashmir', 'IN']);
  });

  it('reads a time zone or a currency in capitals as no organisation, but keeps a broadcaster whose initials look like one', () => {
    const text = [
      'Blast kills two in Mandera',
      'MANDERA, Kenya — A roadside bomb exploded at 07:40 EAT on Monday, killing two officers of the National Police Reserve (NPR), police said.',
      'Traders said goods worth KES 2 million were lost, and footage broadcast by TRT showed the wreckage.',
    ].join('\n');
    const names = actorNames(text);
    expect(names).not.toContain('EAT');
    expect(names).not.toContain('KES');
    expect(names).toContain('TRT');
    expect(read(text).actors.some((a) => a.name === 'NPR' || a.aliases.includes('NPR'))).toBe(true);
  });
});

describe('ninety-fourth round (2026-12-07), from the errors every set shares: one body under its full name and a short one', () => {
  it('reads "the State Security Service of Georgia" and "the State Security Service" as one body', () => {
    const text = [
      'Two detained near the boundary line',
      'TBILISI — The State Security Service of Georgia said on Monday that two residents had been detained near the village.',
      'The State Security Service said it was working to secure their release.',
    ].join('\n');
    expect(bodiesOf(text)).toContain('State Security Service of Georgia = State Security Service');
  });

  it('reads "Fano militia" and "Fano", "The Moscow Times" and "Moscow Times" as one body each', () => {
    const text = [
      'Fighting in Amhara',
      'Fighters of the Fano militia attacked an army post on Monday, The Moscow Times reported, citing residents.',
      'Fano fighters withdrew by evening, residents told Moscow Times.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found.filter((b) => /Fano/.test(b))).toHaveLength(1);
    expect(found.filter((b) => /Moscow Times/.test(b))).toHaveLength(1);
  });

  it('reads "the General Directorate" as "the General Directorate of the Haitian National Police" named before', () => {
    const text = [
      'Police retake town',
      'The General Directorate of the Haitian National Police said on Monday that officers had retaken the town.',
      'The General Directorate said four officers were wounded.',
    ].join('\n');
    expect(bodiesOf(text)).toContain('General Directorate of the Haitian National Police = General Directorate');
    const mission = [
      'Ceasefire holds',
      'The UN Verification Mission in Colombia said on Monday that the ceasefire had held for a week.',
      'The UN Verification Mission will report to the Security Council next month.',
    ].join('\n');
    expect(bodiesOf(mission)).toContain('UN Verification Mission in Colombia = UN Verification Mission');
  });

  it('leaves "al-Qaeda" apart from "al-Qaeda in the Islamic Maghreb", a branch in a region, and a council apart from a list it opens', () => {
    const text = [
      'Hostages freed',
      'The hostages were seized by al-Qaeda in the Islamic Maghreb (AQIM) in 2012. Al-Qaeda has waged an insurgency for decades.',
      'Talks were mediated by the High Islamic Council of Mali and the Centre for Humanitarian Dialogue (HD). A representative of the High Islamic Council will chair the committee.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found).toEqual(expect.arrayContaining(['al-Qaeda = Al-Qaeda', 'al-Qaeda in the Islamic Maghreb = AQIM', 'High Islamic Council']));
  });

  it('leaves "the Ministry of Defense" apart when two countries\' ministries are named, and "the United Nations Security Council" apart from the UN', () => {
    const text = [
      'Border clash',
      'The Ministry of Defense of Armenia and the Ministry of Defense of Azerbaijan traded accusations on Monday.',
      'The Ministry of Defense said two soldiers were wounded. The United Nations Security Council will meet, the United Nations said.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found).toEqual(expect.arrayContaining(['Ministry of Defense of Armenia', 'Ministry of Defense of Azerbaijan', 'Ministry of Defense', 'United Nations Security Council', 'United Nations']));
  });
});

describe('ninety-fifth round (2026-12-07), from the errors every set shares: a group\'s other names, and initials that spell a whole name', () => {
  it('joins the name a group is "known locally as", in single quotes or after "are" or "but are known to residents as"', () => {
    for (const lead of [
      "Fighters of Islamic State Mozambique Province (ISMP), known locally as 'al-Shabaab', entered the town on Sunday.",
      'The insurgents, who call themselves Islamic State Mozambique Province (ISMP), are known locally as al-Shabaab, and entered the town on Sunday.',
      'The insurgents, who call themselves Islamic State Mozambique Province (ISMP) but are known to residents as al-Shabaab, entered the town on Sunday.',
    ]) {
      const found = bodiesOf(`Insurgents enter town\n${lead}\nAl-Shabaab fighters left by evening, residents said.`);
      expect(found.filter((g) => g.includes('Shabaab'))).toHaveLength(1);
      expect(found.find((g) => g.includes('Shabaab'))).toMatch(/^Islamic State Mozambique Province = /);
    }
  });

  it('gives "ISMP" to Islamic State Mozambique Province, whose initials spell it all, not to Islamic State', () => {
    const text = [
      'Insurgents claim attack',
      'The Islamic State group said on Telegram that its fighters had attacked the village.',
      'Islamic State Mozambique Province (ISMP) has waged an insurgency in the province since 2017. ISMP fighters burned homes.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found).toContain('Islamic State = Islamic State group');
    expect(found).toContain('Islamic State Mozambique Province = ISMP');
  });
});

describe('ninety-sixth round (2026-12-07), from the errors every set shares: a unit, a ministry and an army under two names', () => {
  it('reads "the 14th Brigade" as "the 14th Separate Mechanised Brigade", but not "the 15th Brigade"', () => {
    const text = [
      'Village retaken',
      'Soldiers of the 14th Separate Mechanised Brigade retook the village on Monday, the General Staff said.',
      'The 14th Brigade said it had lost two men. The 15th Brigade held the flank.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found).toContain('14th Separate Mechanised Brigade = 14th Brigade');
    expect(found).toContain('15th Brigade');
  });

  it('reads "the Defence Ministry" as "the Ministry of Defence"', () => {
    const text = 'Strike condemned\nThe Ministry of Defence said on Monday that two soldiers were killed. The Defence Ministry said the strike violated the truce.';
    expect(bodiesOf(text)).toContain('Ministry of Defence = Defence Ministry');
  });

  it('reads "the Malian army" as the Malian Armed Forces the text names, but not "the Israeli army" as the Lebanese Army, nor a description that fits two forces', () => {
    const mali = "Town retaken\nThe Malian Armed Forces retook the town on Monday. The Malian army said 14 militants were killed, and Mali's army lost two men.";
    expect(bodiesOf(mali)).toContain("Malian Armed Forces = Malian army = Mali's army");
    // Two forces the text names: which one "the Sudanese army" describes is left to the editor.
    const sudan = 'Air raid\nThe Sudanese Armed Forces said on Monday that the Sudanese Army Aviation Corps had struck the camp. The Sudanese army said 20 fighters died.';
    expect(bodiesOf(sudan)).toContain('Sudanese army');
    const lebanon = 'Border clash\nThe Lebanese Army said on Monday that the Israeli army had fired on its post. The Lebanese Army deployed more troops.';
    expect(bodiesOf(lebanon)).toEqual(expect.arrayContaining(['Lebanese Army', 'Israeli army']));
  });
});

describe('ninety-seventh round (2026-12-07), from the errors every set shares: gangs named "Los", a gang named with a number, an army staff, the towns of international talks', () => {
  const placesOf = (text: string) => extractBriefing(text, { publishedAt: '2026-03-04' }).places.map((p) => `${p.name} ${p.countryCode}`);

  it('reads a name opening with "Los" as a gang, unless a place word or preposition comes before it', () => {
    const text = [
      'Miners killed',
      'Police said Los Sabuesos attacked the mine on Monday, and that their rivals Los Halcones Negros are among the groups the government has listed.',
      'The gunmen fled towards the village of Los Naranjales and hid in Los Pinos Altos.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found).toEqual(expect.arrayContaining(['Los Sabuesos', 'Los Halcones Negros']));
    expect(found.join(' | ')).not.toMatch(/Naranjales|Pinos Altos/);
  });

  it('reads "400 Mawozo" whole, a gang named with a number', () => {
    const text = 'Town seized\nGunmen of the 400 Mawozo gang seized the town on Monday. Mawozo fighters burned the police station.';
    expect(bodiesOf(text)).toContain('400 Mawozo = Mawozo');
  });

  it('reads "the General Staff of the Armed Forces of Ukraine" whole, not as "the Armed Forces" after a general\'s title', () => {
    const text = 'Village retaken\nKYIV, Ukraine — Ukrainian troops retook the village of Stepove on Sunday, the General Staff of the Armed Forces of Ukraine said.';
    const found = bodiesOf(text);
    expect(found.some((b) => b.startsWith('General Staff of the Armed Forces of Ukraine'))).toBe(true);
    expect(found).not.toContain('Armed Forces');
    // Nor is "the Armed Forces" inside a title of the same shape the country's forces.
    const title = 'Village retaken\nKYIV, Ukraine — Ukrainian troops retook the village. Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi thanked the brigade.';
    expect(bodiesOf(title)).not.toContain('Armed Forces');
  });

  it('puts Geneva in Switzerland in a story set elsewhere, as the press names it', () => {
    const text = 'Strike on market\nA glide bomb hit a market in Kharkiv, Ukraine, on Monday. Officials met in Geneva the same day to discuss a ceasefire.';
    expect(placesOf(text)).toContain('Geneva CH');
  });
});

describe('ninety-eighth round (2026-12-07), from the errors every set shares: a post\'s initials, a body named with its noun, the Houthis, a name that qualifies another', () => {
  const quotesOf = (text: string) => extractBriefing(text, { publishedAt: '2026-03-04' }).quotes.map((q) => `${q.speaker?.name ?? null}: ${q.text}`);

  it('reads "the Senior Divisional Officer (SDO)" as a post, not an organisation', () => {
    const text = 'Curfew imposed\nBAMENDA, Cameroon — The Senior Divisional Officer (SDO) for Mezam, Benjamin Tah Ekwalla, imposed a curfew on Monday.';
    expect(bodiesOf(text).join(' | ')).not.toMatch(/Senior Divisional Officer/);
  });

  it('gives a body named before its noun that noun too: "the Multinational Security Support mission", "the Jaime Martínez front"', () => {
    const text = [
      'Patrol attacked',
      'PORT-AU-PRINCE, Haiti — Officers of the Multinational Security Support mission were fired on on Monday.',
      'In Colombia, fighters of the Jaime Martínez front attacked a base.',
    ].join('\n');
    const found = bodiesOf(text);
    expect(found).toContain('Multinational Security Support = Multinational Security Support mission');
    expect(found).toContain('Jaime Martínez = Jaime Martínez front');
  });

  it('reads the Houthis under every name the wires give them, and a "Houthi-run" outlet as the one that speaks', () => {
    const text = [
      'Town seized',
      'SANAA, Yemen — Houthi fighters seized the town of Hays on Monday. The Houthi movement, officially Ansar Allah, said it now held the district.',
      'The Houthi-run Saba news agency said the fighters had “fully liberated the town from the mercenaries of the aggression”.',
    ].join('\n');
    expect(bodiesOf(text).filter((b) => /Houthi|Ansar/.test(b))).toEqual(['Houthis = Houthi movement = Ansar Allah = Houthi']);
    expect(quotesOf(text)).toContain('Saba: fully liberated the town from the mercenaries of the aggression');
  });
});

describe('ninety-ninth round (2026-12-07), from the errors every set shares: "the Kingdom", "Niger Republic"', () => {
  const placesOf = (text: string) => extractBriefing(text, { publishedAt: '2026-03-04' }).places.map((p) => `${p.name} ${p.countryCode} ${p.kind}`);

  it('reads "the Kingdom" as the monarchy the story is in, not as a town, and "the Kingdom of ..." as no such mention', () => {
    const jordan = 'Smuggling foiled\nAMMAN — The army foiled an attempt to smuggle weapons into the Kingdom across the border with Syria on Thursday.';
    const found = placesOf(jordan);
    expect(found).toContain('Jordan JO country');
    expect(found.join(' | ')).not.toMatch(/Kingdom/);
    const yemen = 'Truce agreed\nAMMAN — Yemeni parties meeting in Amman agreed a truce in Taiz, Yemen. The envoy thanked the Kingdom of Saudi Arabia for its support.';
    expect(placesOf(yemen)).not.toContain('Jordan JO country');
  });

  it('reads "Niger Republic", as Nigeria\'s press writes it, as the country Niger', () => {
    const text = 'Bandits flee\nKANO, Nigeria — Bandits who attacked a village in Sokoto State fled into Niger Republic on Monday, police said.';
    expect(placesOf(text)).toContain('Niger Republic NE country');
  });
});

describe('one-hundredth round (2026-12-07), from the sub-event errors every set shares: seizures, takings, deaths in custody, killings', () => {
  const subType = (text: string) => read(text).incident.subType;

  it('reads a headline that tells weapons taken before anyone held as the seizure, however the weapons are listed', () => {
    const lead = 'Officers found the weapons buried in a field on Tuesday and arrested the suspects, police said. The suspects were detained for questioning.';
    expect(subType(`Police seize grenades, rifles in Kivumu; three suspects held\n${lead}`)).toBe('disrupted-weapons-use');
    expect(subType(`Arms, grenades seized in Kivumu raid; 3 held\n${lead}`)).toBe('disrupted-weapons-use');
    expect(subType(`Border guards seize 14 rifles hidden in maize truck\n${lead}`)).toBe('disrupted-weapons-use');
    expect(subType(`Police report seizure of rifles and grenades on the coast\n${lead}`)).toBe('disrupted-weapons-use');
    // Held first: the arrests are the event.
    expect(subType(`Three suspects held in Kivumu, grenades seized\n${lead}`)).toBe('arrests');
  });

  it('reads a headline\'s cell broken up as arrests, before the weapons seized with it', () => {
    const text = 'Police dismantle four-member cell in Tanta, seize explosive materials\nSecurity services arrested four suspects in simultaneous raids on Tuesday, the interior ministry said. They were detained for questioning.';
    expect(subType(text)).toBe('arrests');
  });

  it('reads a headline\'s place stormed after clashes, held days after the army left, or seized from a named force as taken', () => {
    const lead = 'Fighters arrived on motorbikes at dawn and clashed with soldiers for hours, residents said. Several soldiers were killed in the fighting.';
    expect(subType(`Militants storm Garsila town in Darfur after fierce clashes with the army\n${lead}`)).toBe('non-state-actor-overtakes-territory');
    expect(subType(`Jihadists hold Kantchari days after the army pulled out\n${lead}`)).toBe('non-state-actor-overtakes-territory');
    expect(subType(`Tribal fighters seize Hajin from SDF as clashes spread\n${lead}`)).toBe('non-state-actor-overtakes-territory');
  });

  it('reads a death in custody as why a crowd gathered, not as an arrest', () => {
    const text =
      'Tension in Rabinal after death of detained young man\nHundreds of inhabitants gathered outside the substation on Monday after the death of a young man who was detained in its jail, witnesses said. Later they threw stones and set fire to two patrol cars. His death in custody angered the town.';
    expect(subType(text)).not.toBe('arrests');
  });

  it('reads an attack against civilians as an attack', () => {
    const text = 'Mission condemns Bakouma attack\nThe mission condemns the attack perpetrated on Sunday against civilians in the village of Bakouma by armed elements. At least 18 people died.';
    expect(subType(text)).toBe('attack');
  });

  it('reads a group\'s promise to dissolve as no change in it', () => {
    const text =
      'Mission condemns Bakouma attack\nThe mission condemns the attack against civilians in Bakouma on Sunday. The mission recalls that the group committed last year to dissolve and to disarm.';
    expect(subType(text)).toBe('attack');
  });
});

describe('one-hundred-and-first round (2026-12-07), from the errors every set shares: vehicles named by make', () => {
  const draft = (text: string) => extractBriefing(text, { publishedAt: '2026-07-20' });
  const names = (text: string) => {
    const d = draft(text);
    return [...d.places.map((p) => `${p.name} ${p.countryCode}`), ...d.actorRoles.map((r) => r.actor.name)].join(' | ');
  };

  it('reads a vehicle\'s make or model as no place and no one, and keeps the story in its country', () => {
    const text =
      'Seven kidnapped near Paoua\nSeven people were kidnapped on Tuesday near the village of Bétoko in Lim-Pendé, Central African Republic. The victims were travelling in a Toyota pick-up from Paoua market to Bozoum when armed men stopped them. A second group on a Honda Wave motorcycle escaped.';
    expect(names(text)).not.toMatch(/Toyota|Honda/);
    expect(draft(text).incident.countryCode).toBe('CF');
  });

  it('reads a make that is also a name as a name unless a vehicle follows, and one in capitals as another name', () => {
    expect(names('Mayor speaks\nMANILA — Mercedes Ramos, the mayor of the town, said on Monday that the army had left.')).toMatch(/Mercedes Ramos/);
    expect(names('Town falls\nBHAMO, Myanmar — KIA fighters took the town of Bhamo on Sunday after weeks of fighting, residents said.')).toMatch(/KIA/);
  });

  it('does not let the second look add a vehicle as a place', () => {
    const text =
      'Gunmen open fire at Buynaksk market\nMAKHACHKALA, Russia — Two men got out of a white Lada Priora at the gate of the central market in Buynaksk, Dagestan, and opened fire, police said.';
    expect(names(text)).not.toMatch(/Lada/);
  });
});

describe('one-hundred-and-second round (2026-12-07), from the quote errors every set shares: a post by its initials', () => {
  const speakers = (text: string) => extractBriefing(text, { publishedAt: '2026-03-04' }).quotes.map((q) => `${q.speaker?.name ?? null}: ${q.text.slice(0, 20)}`);

  it('gives "the OC said", "the SP said" to the person whose post, written out beside the name, has those initials', () => {
    const oc =
      'Two held after clash\nWorkers blocked the highway for three hours, said Md Rashedul Karim, officer-in-charge of Tongi Police Station. Police fired tear gas to clear the road.\n"We had no choice but to disperse them," the OC said.';
    expect(speakers(oc)).toContain('Md Rashedul Karim: We had no choice but');
    const sp =
      'Cadres arrested\nSuperintendent of Police Laishram Ibomcha said the men had been under watch for a month after complaints from traders. Two pistols were seized.\n"More arrests are likely in the coming days," the SP said.';
    expect(speakers(sp)).toContain('Laishram Ibomcha: More arrests are lik');
  });

  it('does not take two words that merely begin with the letters for the post', () => {
    const text =
      'Market reopens\nPuran Bahadur said prices had doubled since the strike. Most shops reopened on Monday.\n"We are waiting for the council," the SP said.';
    expect(speakers(text)).not.toContain('Puran Bahadur: We are waiting for t');
  });
});

describe('one-hundred-and-third round (2026-12-07), from the quote errors every set shares: a description, then the name', () => {
  const speakers = (text: string) => extractBriefing(text, { publishedAt: '2026-03-04' }).quotes.map((q) => `${q.speaker?.name ?? null}: ${q.text.slice(0, 20)}`);

  it('gives "he said" to the name after a description\'s comma, even with its own words before it', () => {
    const text =
      'Old bomb kills two herders\nThe uncle of the two herders, cattle trader Bounmy Keovongsa, said the boys had gone to the pasture after lunch. "We heard the blast from the road," he said.';
    expect(speakers(text)).toContain('Bounmy Keovongsa: We heard the blast f');
  });
});

describe('one-hundred-and-fourth round (2026-12-07), from the sub-event errors every set shares: communities at blows', () => {
  const subType = (text: string) => read(text).incident.subType;

  it('reads two communities or villages fighting each other as mob violence, whoever was arrested after', () => {
    const lead = 'Police said 12 people had been detained and a curfew imposed. Several houses were set on fire.';
    expect(subType(`Mass fight in Jalal-Abad district: one dead, 12 detained\nA mass fight between residents of two villages broke out over grazing land on Sunday evening. ${lead}`)).toBe('mob-violence');
    expect(subType(`One killed as mobs clash in Sylhet\nOne person was killed when mobs from the Khasi and Bengali communities clashed near a tea garden on Friday. ${lead}`)).toBe('mob-violence');
    expect(subType(`Curfew after clashes in Nuh\nAt least 20 people were injured after members of two communities clashed and pelted stones at each other during a procession. ${lead}`)).toBe('mob-violence');
  });

  it('leaves a protest that turned violent a riot', () => {
    const text = 'Protesters torch police post in Nuh\nHundreds of residents of two villages protesting a land deal set fire to a police post on Monday, police said. Officers fired tear gas.';
    expect(subType(text)).not.toBe('mob-violence');
  });
});

describe('one-hundred-and-fifth round (2026-12-07), from the organisation errors every set shares: a unit after its body', () => {
  it('names a command or a brigade given right after its body and the body\'s initials as the body\'s own unit', () => {
    const command =
      'Patrol ambushed\nA spokesman for the Northern Security Coordination Agency (Nsca) Southern Forward Command said the patrol was hit near a bridge on Tuesday. Two soldiers were hurt.';
    expect(bodiesOf(command)).toEqual([
      'Northern Security Coordination Agency',
      'Northern Security Coordination Agency Southern Forward Command = Nsca Southern Forward Command = Southern Forward Command',
    ]);
    const brigade =
      'Rebels repelled\nThe Malawi Defence Force (MDF) Rapid Response Brigade said its troops had repelled the attack. Three attackers were killed.';
    expect(bodiesOf(brigade)).toContain('Malawi Defence Force Rapid Response Brigade = MDF Rapid Response Brigade = Rapid Response Brigade');
    // The whole body's name, not a shorter one met before that ends it.
    const shorter =
      'Rebels repelled\nThe National Army sent troops north on Monday. The Ruritania National Army (RNA) Mountain Brigade said its troops had repelled the attack.';
    expect(bodiesOf(shorter)).toContain('Ruritania National Army Mountain Brigade = RNA Mountain Brigade = Mountain Brigade');
  });

  it('leaves a regional office after a body\'s initials to the body', () => {
    const text = 'Lawyers march\nThe Bar Association of Ruritania (BAR) Northern Regional Office said its members would boycott the courts on Monday.';
    expect(bodiesOf(text).some((b) => b.startsWith('Bar Association of Ruritania Northern Regional Office'))).toBe(false);
  });
});

describe('one-hundred-and-sixth round (2026-12-07), from the sub-event errors two sets share: two groups of townspeople at blows', () => {
  const subType = (text: string) => read(text).incident.subType;
  const lead = 'Police fired tear gas to separate the two sides. Several shops were set on fire and a curfew was imposed.';

  it('reads a clash between two groups, with no armed group named, as mob violence', () => {
    expect(subType(`One dead in Dharan clash\nOne person was killed in a clash between two groups during a wedding procession on Saturday night. ${lead}`)).toBe('mob-violence');
    expect(subType('One killed, 30 hurt as two groups clash in Itahari\nA man was killed and at least 30 people were injured in a village of the district on Friday. Police said the two sides had long been at odds over control of a pond.')).toBe('mob-violence');
  });

  it('leaves a clash between two groups of fighters an armed clash', () => {
    const text = 'Six killed in Gedo fighting\nSix people were killed in a clash between two groups of militiamen near Luuq on Sunday, elders said. The fighting lasted three hours.';
    expect(subType(text)).toBe('armed-clash');
  });
});

describe('one-hundred-and-seventh round (2026-12-07), from the fatality errors every set shares: parts of a toll and tolls of other events', () => {
  const deaths = (text: string, publishedAt?: string) => read(text, publishedAt).incident.fatalities;

  it('gives a ceasefire, an arrest, a seizure or a peaceful march no deaths of its own', () => {
    expect(deaths('Rivals sign truce\nElders of the two clans signed a ceasefire agreement in Morvia on Tuesday, ending two weeks of fighting that killed at least 19 people.')).toBe(0);
    expect(deaths('Police arrest suspects\nPolice arrested four men in Morvia on Tuesday over the bombing of a bus that killed 11 passengers on Sunday.')).toBe(0);
    expect(deaths('Arms cache seized\nSoldiers seized rifles and defused two bombs in Morvia on Tuesday, a week after gunmen killed six villagers there.')).toBe(0);
    expect(deaths('Teachers march\nThousands of teachers marched peacefully through Morvia on Tuesday to mourn three colleagues killed in a bus crash.')).toBe(0);
    // A deadly attack keeps its toll.
    expect(deaths('Gunmen kill villagers\nGunmen killed 11 villagers in an attack on Morvia on Tuesday, police said.')).toBe(11);
  });

  it('does not take a part of the dead, or of the wounded, for the toll', () => {
    expect(deaths('Bomb kills six at checkpoint\nA bomb killed six people at a checkpoint in Morvia on Sunday. Four of the dead were policemen, an official said.')).toBe(6);
    expect(deaths('Blast kills nine in market\nA bomb killed nine people in the market of Morvia on Sunday. Two of the wounded died in hospital overnight.')).toBe(9);
  });

  it('does not take the deaths at the scene for the toll when the toll is given', () => {
    expect(deaths('Gunmen kill seven at market\nGunmen killed seven people at the market of Morvia on Saturday. Six people died at the scene and a seventh died in hospital overnight.')).toBe(7);
    // Alone, the deaths at the scene are the toll.
    expect(deaths('Bomb hits bus\nA bomb hit a bus near Morvia on Saturday. Three passengers died on the spot, police said.')).toBe(3);
  });

  it('reads a toll of an earlier event the incident comes after as background', () => {
    expect(deaths('Gunmen kill four farmers\nGunmen killed four farmers in Morvia on Sunday. The attack comes a week after two people were shot dead at a market nearby.')).toBe(4);
  });

  it('does not read a ranking of the incident ("the deadliest this year") as a background toll', () => {
    expect(deaths('Bomb kills passengers\nAt least four passengers were killed on Tuesday when a minibus struck a bomb near Morvia, the deadliest such attack in the province this year. Local sources put the toll at six.')).toBe(4);
  });

  it('counts people beaten to death', () => {
    expect(deaths('Mob kills suspects\nTwo men were beaten to death by a mob in Morvia on Sunday on suspicion of theft. Police said the two had been accused of stealing a cow.')).toBe(2);
  });

  it('does not take the toll of one side for the toll', () => {
    expect(deaths('Army and rebels clash\nAt least 18 people were killed in clashes near Morvia on Friday, officials said. The dead included seven militiamen and four soldiers whose bodies were taken to the town, a security source said.')).toBe(18);
    expect(deaths('Army and rebels clash\nAt least 18 people were killed in clashes near Morvia on Friday, officials said. The rebels said nine fighters were killed on their side.')).toBe(18);
  });
});

describe('one-hundred-and-eighth round (2026-12-07), from the fatality errors every set shares: a toll told in two counts', () => {
  const deaths = (text: string, publishedAt?: string) => read(text, publishedAt).incident.fatalities;

  it('reads a number written with a hyphen as one number', () => {
    expect(deaths('Army repels attack\nTwenty-four attackers were neutralised when they stormed a post near Morvia on Monday, the army said.')).toBe(24);
  });

  it('adds up the two counts of one toll, however long the name of who was killed', () => {
    expect(deaths('Bomb hits patrol\nA roadside bomb killed two police officers and a farmer near Morvia on Monday.')).toBe(3);
    expect(deaths('Gun battle near Morvia\nSix suspected members of the Northern Valley Cartel (NVC) and one soldier were killed on Saturday in a gun battle near Morvia.')).toBe(7);
    expect(deaths('Blast hits van\nTwo guards inside the van were killed along with five passers-by when the bomb went off in Morvia on Monday.')).toBe(7);
    // The numbers of a dateline are no count.
    expect(deaths('Clash near lake\nMORVIA, Jan. 27 (Newswire) -- Three soldiers and 12 militants were killed on Sunday in a clash near Morvia, the army said.', '2025-01-28')).toBe(15);
  });

  it('does not add a part of the toll, nor the wounded, to it', () => {
    expect(deaths('Strike hits hospital\nAn air strike hit the hospital of Morvia on Monday, killing at least nine people including four patients and a nurse.')).toBe(9);
    expect(deaths('Gunmen attack post\nGunmen killed two soldiers and three others were wounded in an attack on a post near Morvia on Monday.')).toBe(2);
  });

  it('does not take the counts of an earlier toll as parts of this one', () => {
    expect(deaths('Bomb kills two soldiers\nTwo soldiers were killed on Monday when their truck hit a mine near Morvia. In April 2016, rebels killed eight soldiers and two civilians in an attack on a convoy.')).toBe(2);
  });
});

describe('one-hundred-and-ninth round (2026-12-07), from the country errors every set shares: a neighbour named by its border', () => {
  it('counts no country named after "border corridors with" or "border crossing with" as where the story is', () => {
    const text = [
      'Clashes in Arauquita leave families trapped',
      'Fighting between two armed groups broke out on Sunday in a rural area of Arauquita, in the department of Arauca, community leaders said.',
      'The groups have long disputed the border corridors with Venezuela and the smuggling routes through them.',
    ].join('\n');
    expect(read(text, '2026-11-03').incident.countryCode).toBe('CO');
    expect(read(text.replace('border corridors with', 'border crossings with'), '2026-11-03').incident.countryCode).toBe('CO');
  });
});

describe('one-hundred-and-tenth round (2026-12-08), from the country errors every set shares: a town across the border', () => {
  it('keeps a small town of a neighbouring country when the story names countries only in passing', () => {
    const text = [
      'Gunmen kill four traders in Kisoro',
      'Gunmen attacked traders at a market in Kisoro on Sunday night, killing four people, police said.',
      'Kisoro lies a few kilometres from the Democratic Republic of Congo, and residents blamed a militia that has camps in its forests.',
    ].join('\n');
    const briefing = read(text, '2026-11-03');
    expect(briefing.incident.countryCode).toBe('UG');
    expect(briefing.incident.location).toBe('Kisoro');
  });

  it('still drops the namesake across the border in a story that names its own country more than in passing', () => {
    const text = [
      'Police fire tear gas at miners in El Alto',
      'Police in Bolivia fired tear gas at miners marching in El Alto on Tuesday, Bolivian media reported.',
      'The miners want Bolivia to cancel a new tax. Bolivia has seen weeks of protests over fuel.',
    ].join('\n');
    expect(read(text, '2026-11-03').incident.countryCode).toBe('BO');
  });

  it('reads the borders from the atlas both ways', () => {
    expect(NEIGHBOURS.UG).toContain('CD');
    expect(NEIGHBOURS.CO).toEqual(expect.arrayContaining(['VE', 'EC', 'PE', 'BR', 'PA']));
    expect(NEIGHBOURS.FR).not.toContain('ML');
    for (const [code, others] of Object.entries(NEIGHBOURS)) for (const other of others) expect([code, NEIGHBOURS[other]]).toEqual([code, expect.arrayContaining([code])]);
  });
});
