/**
 * Step 7: the incident. Its ACLED sub-event type is the one whose cues weigh most across the
 * article (the headline and the opening count more); its date and place come from the
 * sentences that describe it; its fatalities are the lowest figure reported.
 */
import { eventTypeOf, subEventTypeKills, type DatePrecision, type SubEventType } from '../vocabularies';
import type { Sentence } from './article';
import { DAY_MS, datelineDate, type DatedText } from './dates';
import { dateFeatures, reviewDate } from './model/dating';
import { placeFeatures, reviewPlace, type PlaceFacts } from './model/placing';
import { NUMBER_WORDS, WELL_KNOWN_GROUPS } from './lexicon';
import type { ExtractedIncident, ExtractedPlace } from './types';

interface Cue {
  subType: SubEventType;
  pattern: RegExp;
  weight: number;
}

// Taking a place: "seized control of", "took the town of", "captured the base", "fell to the rebels", "overran".
// "stormed Kardgap ... and held it for nearly six hours", "Militants hold Kardgap for hours", "seize Mangochar for
// hours": a place held is taken.
// "taken to the Moirang Community Health Centre": someone taken to a place takes nothing.
// "as junta garrison falls", "is now in full control of Bhamo": a base fallen, a town newly held.
// "fighters say they hold border village of Tyotkino", "held ... since the evening of Tuesday": a village claimed.
const TERRITORY_TAKEN =
  /\b((?:seiz(?:e|es|ed|ing)|took|tak(?:e|es|en|ing)|gain(?:s|ed)?|captur(?:e|es|ed|ing)|wrest(?:s|ed)?|claim(?:s|ed)?)\s+(?:full\s+|effective\s+)?control\s+of|(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|took(?: over)?(?!\s+(?:to|away|from|into)\b)|tak(?:e|es|en|ing)(?: over)?(?!\s+(?:to|away|from|into)\b)|overr(?:an|un|uns)|(?<!\b(?:the|an?)\s)occup(?:y|ies|ied|ying))\s+(?!(?:in|at|near|on|during|inside)\s)(?:the\s+|a\s+)?(?:(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+)\s+){0,4}?(?:town|city|village|hamlet|ejido|community|settlement|locality|municipality|base|district|capital|garrison|border crossing|provincial capital|airport|administrative post|headquarters|outpost|barracks)\b(?!\s+(?:leaders?|members?|activists?|elders?|chiefs?|heads?|radio)\b)|(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|took|tak(?:e|es|en|ing)|overr(?:an|un|uns)|(?<!\b(?:the|an?)\s)occup(?:y|ies|ied|ying))\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:town|city|village|settlement|district capital|provincial capital|border town|border crossing)\b|overran|overrun|fell to (?:the )?(?:rebels|militants|insurgents|jihadists|fighters|militia)|f(?:a|e)lls? (?:in|into|to) the hands of|held (?:it|the (?:town|city|village|area)) for (?:[\p{L}-]+\s+){0,2}?(?:hours|days|weeks)|\b(?:hold(?:s|ing)?|seiz(?:e|es|ed|ing)) (?:the\s+)?[\p{L}-]+ for (?:[\p{L}-]+\s+){0,2}(?:hours|days|weeks)|\b(?:hold(?:s|ing)?|held) (?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:town|city|village) (?:of \p{Lu}[\p{L}-]+ )?(?:[\p{L}'’-]+\s+){0,4}?(?:for (?:a\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:hours?|days?|weeks?|day running)|since (?:the (?:morning|evening|night) of )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|dawn|the weekend))\b|\b(?:hold|holds|holding)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:town|city|village)\s+of\s+\p{Lu}|\b(?:took|take|takes|taking) over \p{Lu}[\p{L}-]+(?:\s+(?:town|city|village))?\s+(?:for|after|on|in)\b|\bfall of (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[\p{L}-]+|\b(?:garrison|base|headquarters|outpost|barracks) (?:falls|fell|has fallen)\b|\bnow in (?:full |complete |total )?control of)/giu;
// ("the occupied city of Sebta" describes a city; it tells no taking.)
// The same, for one test or search at a time (TERRITORY_TAKEN is global, for counting cues).
const TAKES_PLACE = new RegExp(TERRITORY_TAKEN.source, 'iu');
// "Armed gang seizes Tumeremo as police pull out of Bolívar mining town": or as the state's forces leave it.
// "CJNG gunmen take over Chicomuselo, Chiapas; mayor ... flee": or the town with its state or province after a comma.
// "RSF seizes Um Ruwaba in North Kordofan as army falls back": a town of two words, and its region before the forces leave.
// "MINUSCA condemns the occupation of Koui by 3R elements": the taking as a noun, by anyone but the state's forces.
// "militias storm Mudiyah town in Abyan after fierce clashes", "jihadists hold Makalondi days after the army pulled
// out", "tribal fighters seize Dhiban from SDF": stormed or held with a fight or a withdrawal, or taken from a force.
const HEADLINE_SEIZES = /\b(?:occupation|seizure|takeover|capture) of \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? by (?!(?:the )?(?:army|troops|soldiers|police|government|security forces|armed forces|military)\b)|\b(?:seiz(?:e|es|ed)|captur(?:e|es|ed)|overr(?:uns?|an)|(?:takes?|took|taken)(?: over)?|storm(?:s|ed)?|holds?) (?:\p{Lu}\p{Ll}*-)?\p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+)?(?: (?:town|city|village|base|garrison))?(?:,\s*\p{Lu}[\p{L}'’]+\s*(?:[;:]|$)|,?\s*(?:days|weeks|months|years) after\b| from (?:the )?\p{Lu}{2,}\b| (?:(?:in|near) (?:\p{Lu}[\p{L}]+['’]s\b|\p{Lu}[\p{L}]+$|(?:the )?(?:north|south|east|west|centre|center|far))|(?:in \p{Lu}[\p{L}]+ )?after (?:[\p{L}-]+ ){0,3}?(?:fighting|clashes|battles?|offensive|assault)|(?:in (?:\p{Lu}[\p{L}'’-]+ ){1,2})?as (?:the )?(?:police|troops|soldiers|army|security forces) (?:pulls? out|withdraws?|flee|retreats?|falls? back|pulls? back)\b))/u;
// A side that takes a place: a state's forces regain it, anyone else overtakes it. Storming a village to kill is an attack, not a taking.
// Lower case on purpose: "the Arakan Army" is a rebel group's name, "the army" a state's force.
// "The Ethiopian National Defense Force (ENDF)": a national defence force is the state's army.
// "Forces take control of Kutul", "joint forces": forces no name qualifies, at the head of a clause, are the state's.
// "state police took control of the Complexo da Pedreira": so is the police.
// "Somali National Army (SNA) forces": a national army is the state's (the "Arakan Army" is a rebel group's name).
const STATE_SUBJECT = /^\s*(?:[Jj]oint )?[Ff]orces\b|\b([Jj]oint (?:security )?forces|[Pp]olice|[Tt]he army|\p{Lu}\p{Ll}+ (?:army|military)|[Tt]roops|[Ss]oldiers|[Tt]he military|[Gg]overnment forces|[Aa]rmed forces|[Ss]ecurity forces|[Tt]he junta|(?:National )?Defen[cs]e Forces?|National Army)\b/u;

// A place taken back: "recaptured", "retakes", "regained control", "liberated the town". Not one only meant ("army
// vows to retake town", "will recapture"), unless it was done ("managed to retake").
// "Military dislodges Amba fighters from Mbiame, restores State authority": fighters driven out, the state back.
// 'FANB says it has "recovered" Nacupay mining sector in El Callao from armed gang': an area got back from a group.
// "Armed Forces restore full control over al-Muqataa village": control restored, in any tense; "Azerbaijani Army
// establishes control over Sirkhavand settlement": control established (who did it still decides the side).
const REGAINED = /(?<!\b(?:(?<!\b(?:managed|able|went on|moved in|succeeded) )to|will|would|could|can|may|might|must|shall) )\b(recaptur(?:ed|e|es|ing)|retook|retak(?:e|es|en|ing)|(?:took|tak(?:e|es|en|ing)) back|regain(?:ed|s|ing)? (?:full |effective |complete )?control|returned (?:it |them )?under (?:their |its |our )?control|recover(?:ed|s|ing)? (?:full |effective )?control|(?:cleared|freed) (?:of|from) (?:the )?(?:terrorists|militants|insurgents|rebels|gunmen|fighters|jihadists|bandits|criminals)|constitutional order (?:was |has been |had been |is )?(?:fully |completely )?restored|restored constitutional order|cleared (?:the )?(?:town|city|village|settlement) of [^.]{1,80}? of (?:the )?(?:[\w-]+ )?(?:forces|troops|terrorists|militants|insurgents|rebels|gunmen|fighters|occupiers)|restor(?:e|ed|es|ing) (?:full |effective |complete )?control|control (?:over|of) [^.]{0,80}?(?:(?:was|has been|had been|is) )?(?:fully |completely )?restored|liberated the (town|city|village|settlement)|cleared (?:[\w-]+ ){0,2}?(?:troops|forces|fighters|militants|occupiers|insurgents|terrorists|rebels|gunmen) out of|(?:fully |completely )?(?:freed|liberated) \w[\w'’-]+(?: \w[\w'’-]+)? (?:town|city|village)(?! (?:residents|elders|council))|cleared and (?:secured|took (?:full )?control of)|establish(?:es|ed|ing)? (?:full |effective |complete )?control (?:over|of)|recover(?:ed|s|ing)?["”]? (?:the )?(?:[\w-]+ ){0,3}?(?:sector|area|zone|town|village|territory|district|municipality|locality)(?: (?:in|of)(?: [\w-]+){1,3}?)? from|dislodg(?:e|es|ed|ing) (?:the )?(?:[\w-]+ ){0,2}?(?:fighters|militants|insurgents|rebels|terrorists|gunmen|jihadists|separatists|bandits|occupiers|militiamen) from|restor(?:e|es|ed|ing) (?:the )?[Ss]tate(?:['’]s)? authority|back under (?:their|its|our|(?:the )?(?:government|state|army)(?:['’]s)?) (?:full )?control)\b/i;

// "Ukrainian defenders have liberated Novoheorhiivka": a place's name right after "liberated" (its capital letter
// says it is a place, not "liberated the hostages").
const LIBERATED_PLACE = /\b[Ll]iberat(?:ed|es)\s+\p{Lu}[\p{L}'’-]+/u;
/** The first words that tell a place taken back, in one or the other form. */
const regainedIn = (sentence: string) => REGAINED.exec(sentence) ?? LIBERATED_PLACE.exec(sentence);
const regained = (sentence: string) => regainedIn(sentence) !== null;

// A sentence that tells the retaking itself: 'Soldiers "cleared and took full control" of Indaw', "By Sunday noon, the
// teams had cleared the ridge and the village".
const tellsRetaking = (sentence: string) => regained(sentence) || /\b(?:took|taken|gained|secured)\s+(?:full\s+|effective\s+|complete\s+)?control\b|\bcleared\b/i.test(sentence);

// People taken and not seen again: "enforced disappearances", "forcibly disappeared", "have not been seen since", "whereabouts unknown".
const DISAPPEARANCE = '(?:enforced|forced) disappearances?|forcibly disappeared|(?:have|has|had) not been seen since|whereabouts (?:remain |are |is )?unknown';

// A protest still to come ("detained ahead of salary protest", "a day before a planned demonstration") is no crowd yet;
// nor are those the arrested once led ("labour organisers who have led protests over pay").
const NOT_YET = String.raw`(?<!\b(?:ahead of|before|planned|upcoming)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?)(?<!\bwho (?:have|had) (?:led|organi[sz]ed|staged|called) (?:[\w-]+\s+)?)`;
// A sentence about another day than the incident's: "In October last year", "earlier this month", "in 2023".
const EARLIER_TIME = /\b(?:last (?:year|month)|(?:earlier|previously) (?:this|that) (?:year|month)|in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d|(?:a|the) (?:similar|previous|prior)\b|(?:months|years) ago)\b/;
// "no arrests", "no one was arrested" arrest no one.
const NOT_ARRESTED = String.raw`(?<!\bno\s)(?<!\b(?:no one|no-one|nobody|none) (?:(?:was|were|has been|had been|have been) )?)`;

// A device made harmless before it went off.
// "dismantled four rocket launchers", "dismantles explosive devices": weapons taken apart before use (not "a cell dismantled").
// "discovered and destroyed ... a hideout for terrorists containing ... homemade bombs", "safely destroyed an unexploded
// mortar bomb": weapons destroyed unused; so are "37 explosive devices" an army destroys, and a device "safely detonated".
const MADE_SAFE = String.raw`(?:made|rendered) safe|controlled (?:explosion|detonation)|(?:destroy(?:s|ed|ing)?|detonat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)) (?:an? |the |two |three |several )?unexploded|dismantl(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?(?:launchers?|devices?|explosives?|bombs?|ieds?|mines?|rockets?|warheads?|drones?)|destroy(?:s|ed|ing)? (?:[\w-]+ ){0,2}?(?:homemade|home-made|improvised|makeshift) (?:bombs?|devices?|explosives?)|destroy(?:s|ed|ing)? (?:[\w-]+ ){0,2}?(?:explosive devices?|explosives?|ieds?|landmines?|anti-(?:tank|personnel) mines?)|safely (?:detonat(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|remov(?:e|es|ed|ing)|dispos(?:e|es|ed|ing) of)|hideouts? (?:[\w-]+ ){0,3}?containing (?:[\w(),-]+ ){0,4}?(?:weapons|arms|guns|rifles|explosives|bombs|ammunition|submachine)`;
const DEFUSED = 'defus(?:e|es|ed|ing)';
// "suspected of preparing mass riots", "Article 278 (Mass riots)" after "charged with inciting": a charge, not a riot.
// "did not use the live bullets", "no live ammunition was used": live fire denied is no force used.
const LIVE_FIRE = String.raw`(?<!\b(?:not|never|no|without)\s(?:\w+\s){0,2})live (?:ammunition|rounds|fire|bullets)`;
const LIVE_FIRE_WORDS = new RegExp(LIVE_FIRE, 'i');
const NOT_A_CHARGE = String.raw`(?<!(?:preparing|plotting|planning|organi[sz]ing|inciting|incitement to|instigating)\s+(?:mass\s+)?)`;
// "soldiers neutralise an explosive device", "a device ... was discovered and neutralised".
const NEUTRALISED = String.raw`(?:charge|warhead|device|explosives?) (?:was |were |had been )?(?:(?:discovered|found|detected) and )?(?:neutrali[sz]ed|defused|disarmed)|(?:neutrali[sz]e[sd]?|neutrali[sz]ing|disarm(?:s|ed|ing)?) (?:an? |the |two |three |four )?(?:[\w-]+ ){0,2}?(?:device|bomb|ied|explosive|mine|charge)s?`;
const DEVICE_MADE_SAFE = new RegExp(String.raw`\b(?:${MADE_SAFE}|${DEFUSED}|${NEUTRALISED})\b`, 'i');

// A crowd that punishes on its own, in so many words: "took the law into their own hands", "mob justice".
const OWN_JUSTICE = String.raw`(?:law|justice) into (?:their|its) own hands|mob justice|jungle justice`;

// Weapons and acts say more than general words: their cues weigh more.
const CUES: Cue[] = [
  // "US strike kills Islamic State fighters": a strike that kills or hits is from the air, not a walkout.
  // "Drone-Dropped Explosive Kills ...", "a drone operated by drug traffickers dropped an explosive device": from the air;
  // so does a gang that "drops explosives from drones".
  { subType: 'air-drone-strike', pattern: /\b(air ?strikes?|(?<!\b(?:missile|rocket|artillery|hunger|general|labou?r|transport|workers'?|teachers'?|national|nationwide)\s)strikes? (?:kill(?:s|ed)?|hit(?:s)?|target(?:s|ed)?|destroy(?:s|ed)?)\b|air raids?|drone (strikes?|attacks?)|drones? (struck|hit|attacked|killed|kills|killing)|(?:using|used) (?:an? )?(?:armed |military )?drones?|(?:armed|explosive-laden) drones?|drones?,? (?:carrying|laden with|loaded with|armed with|equipped with) (?:an? )?(?:explosives?|grenades?|bombs?)|warplanes?|fighter jets?|bombed from the air|aerial (bombardment|attack)s?|helicopter gunships?|kamikaze drones?|shaheds?|unmanned aerial vehicles?|uavs?|quadcopters?|glide bombs?|barrel bombs?|bombers? (struck|hit|bombed)|jets?|dropped (?:\w+ )?bombs|bombs? (?:were )?dropped|drones? (?:to )?(?:drop(?:s|ped)?|dropping)|drone-(?:dropped|launched|delivered)|drones? (?:\w+ ){1,4}?dropped (?:an? |two |three )?(?:\w+ )?(?:explosives?|explosive devices?|grenades?|bombs?)|dropped from (?:a |the )?drones?|drop(?:s|ped|ping)? (?:[\w-]+ ){1,3}?from (?:a |the )?drones?|drone bomb(?:s|ing|ings)?|drones? (?:[\w-]+ ){1,4}?(?:dropped|released) (?:\w+ )?(?:explosives|bombs|grenades|munitions))\b/gi, weight: 3 },
  // "rocket-propelled grenades" are a fighter's weapon, neither shelling nor a grenade attack.
  // "two bombs fired from the DR Congo landed in Busasamana": a bomb fired from afar is a shell.
  // "cylinder bombs", "explosive cylinders": the improvised mortars of Colombia's armed groups.
  { subType: 'shelling-artillery-missile-attack', pattern: /\b((?<!(?:tear ?gas|teargas|gas) )shell(ing|ed|s)|artillery|mortars?|cylinder bombs?|explosive cylinders|rockets?(?!-propelled)|missiles?|barrages?|rocket fire|ballistic|cruise missile|(?:military |artillery |explosive )?projectiles?|howitzers?|multiple rocket launchers?|grad rockets?|bombs? (?:were |that were )?(?:fired|lobbed|launched) (?:from|by|across|into|at))\b/gi, weight: 2 },
  // "Explosive artifact detonates in bus point": a charge that detonates went off where it was left; so did a "pressure
  // cooker bomb" that "explodes".
  { subType: 'remote-explosive-landmine-ied', pattern: /\b(ieds?|improvised explosive( devices?)?|roadside bombs?|landmines?|land mines?|(?<!\b(?:threw|hurled|lobbed|throwing)\s+(?:at least\s+)?(?:a|an|one|two|three)?\s*)pipe bombs?|anti-(?:tank|personnel|vehicle) mines?|(?:struck|strikes|hit|hits|ran over|runs over|stepped on|steps on|triggered) (?:an? |a buried )?mine|car bombs?|explosive devices?|bombs? (explodes|exploded|blast|went off|goes off)|pressure[- ]cooker bombs?|detonat(?:ed|es)|mine blast|remote-controlled (bomb|device|explosion)s?|magnetic bombs?|sticky bombs?|booby[- ]trap(ped|s)?|planted (a |an )?(bomb|explosive)s?|bombs? (planted|hidden|attached)|(?:motorcycle|motorbike|truck|bicycle|vehicle)[- ]bombs?|(?:loaded|packed|rigged|laden) with explosives|(?:cluster )?bomblets?|unexploded (?:ordnance|bombs?|munitions?|shells?)|uxo)\b/gi, weight: 3 },
  // "Kamikaze blow himself up in a bar": any tense of blowing oneself up.
  { subType: 'suicide-bomb', pattern: /\b(suicide (bomb(er|ing|ers|ings)?|attack(er|s)?|vest)s?|(?:blew|blows?|blowing) (himself|herself|themselves) up|explosives?[- ]vests?|suicide car bomb(er)?s?)\b/gi, weight: 4 },
  // "stun grenades", "sound grenades", "tear gas shells": the police's crowd-control munitions, no grenade attack or shelling.
  { subType: 'grenade', pattern: /(?<!rocket-propelled |(?:stun|sound|smoke|flash|tear ?gas|teargas|gas) )\b(grenades?)\b(?! launchers?)/gi, weight: 3 },
  { subType: 'chemical-weapon', pattern: /\b(chemical (weapons?|attack)|chlorine gas|sarin|nerve agent)\b/gi, weight: 4 },
  // "neutralised three terrorists": forces who kill fighters fought them.
  // "ended without clashes": none.
  { subType: 'armed-clash', pattern: /\b((?<!\b(?:without|no)\s)clash(es|ed)?|gun ?battles?|gun ?fights?|(?<!\bnot (?:a |an )?)fights? (?:between|(?:which|that) opposed|opposing)|shoot-?outs?|firefights?|encounter(s|ed)? (?:with|between)|fighting|fought|exchanged (?:gun)?fire|exchanges? of (?:gun)?fire|trad(?:e|es|ed|ing) (?:gun)?fire|return(?:ed)? fire|open(?:ed)? fire (?:at|on|towards) (?:the |their )?(?:[\w-]+ ){0,2}?(?:positions|posts|troops|soldiers)|battles?|ambush(ed|es)?|offensive|repelled|repuls(?:e|es|ed|ing)|assault on (a |an |the )?(military|army|police|base|post|checkpoint)|(?:terrorists|militants|insurgents|jihadists|rebels|fighters) (?:were )?neutrali[sz]ed|neutrali[sz]ed,? (?:[\w(),]+ ){0,6}?(?:terrorists|militants|insurgents|jihadists|rebels|fighters))\b/gi, weight: 2 },
  { subType: 'non-state-actor-overtakes-territory', pattern: TERRITORY_TAKEN, weight: 3 },
  { subType: 'government-regains-territory', pattern: new RegExp(REGAINED.source, 'gi'), weight: 3 },
  { subType: 'government-regains-territory', pattern: new RegExp(LIBERATED_PLACE.source, 'gu'), weight: 3 },
  // "an attack by armed men on the village of Kambakota": the village attacked, whoever the attackers were.
  { subType: 'attack', pattern: /\b(massacred?|gunmen|shooting (?:attacks?|spree)|mass shooting|opened fire on|shot dead|kill(?:s|ed|ing)? (?:[\w-]+ ){0,3}?(civilians|villagers|worshippers|residents|farmers|passengers)|(?:civilians|villagers|worshippers|farmers|passengers|displaced (?:people|persons))(?:, [^.;]{0,60},)? (?:(?:were|had been|have been) )?killed(?!\s+(?:a|an|the|two|three|four|five|\d+|several|his|her|their|one)\b)|(?:shot|executed|shooting of|killing of|execution of) (?:[\w-]+ ){0,2}?(?:civilians|villagers|unarmed)|attack(?:ed|s)? (?:[\w-]+ ){0,4}?against (?:unarmed )?(?:civilians|villagers)|attack(ed|s)? (?:by (?:[\w-]+ ){1,3}?)?on (civilians|villagers|(?:a|the) village|a market|a church|a mosque|(?:a |the )?(?:camp|site) for (?:the )?displaced|(?:a |the )?displacement (?:camp|site)|(?:a |the )?(?:wedding|funeral|school|bus))|(?:attacked|raided|stormed|raid|storm) (?:the |a )?(?:[\p{Lu}][\p{L}-]+ ){0,3}(village|villagers|civilians|market|camp for (?:the )?displaced|displacement (?:camp|site))|stabbed|stabbing(?:s| spree)?|(?:knife|machete|axe) attacks?|hacked to death|executed)\b/giu, weight: 2 },
  // "occupation forces illegally detain Georgian citizen": a detention called illegal is a disappearance, not an arrest.
  // "taken by force from his house in aldea Chichipate ... by a group of armed men": taken away.
  { subType: 'abduction-forced-disappearance', pattern: new RegExp(`\\b(kidnap(ped|ping|pers|s)?|abduct(ed|ion|ions|ors|s)?|taken hostage|held hostage|hostages?|disappeared|(?:illegal(?:ly)?|unlawful(?:ly)?) (?:detain(?:s|ed|ing)?|detentions?)|forcibly (?:taken|transferred|removed)|(?:seized|snatched|grabbed) (?:by (?:[\\p{L}-]+ ){0,2}?(?:gunmen|armed men|kidnappers|bandits|masked men|unknown men)|from (?:his|her|their) homes?)|taken (?:away )?by force|(?:taken|dragged) (?:away )?from (?:his|her|their) (?:homes?|houses?)|${DISAPPEARANCE})\\b`, 'giu'), weight: 3 },
  { subType: 'sexual-violence', pattern: /\b(rap(e|ed|es|ing)|sexual (violence|assault)|sexually assaulted)\b/gi, weight: 3 },
  { subType: 'peaceful-protest', pattern: new RegExp(String.raw`\b${NOT_YET}(protest(s|ers|ors|ed|ing)?|demonstrat(ion|ions|ors|ed|ing)|rall(y|ies|ied)|march(ed|ers)|(?:staged|held|organi[sz]ed|led|joined|peaceful|silent|protest)\s+(?:a\s+|the\s+)?(?:peaceful\s+|silent\s+|protest\s+)?march(?:es)?(?!\s+\d)|sit-ins?|human chains?|marched|(?<!funeral )vigils?)\b`, 'gi'), weight: 2 },
  // "Police lathi-charge job aspirants": South Asia's word for a baton charge on a crowd.
  // "The protesters have dispersed after a meeting": a crowd that has dispersed left of itself (not "have been dispersed").
  { subType: 'protest-with-intervention', pattern: /\b((?:lathi|baton)[- ]?charg(?:e|es|ed|ing)|(dispersed|broke up|break up|breaking up|tear ?gas|water cannons?|rubber bullets|baton|pepper spray|pushed back|push back)[\w ,'’]{0,40}(protest|demonstrat|crowd|march|rall(?:y|ies)|gathering|students|blockade|roadblock|sit-in)|(protest|demonstrat|crowd|march)[\w ,]{0,60}((?<!\b(?:have|has|had)\s)dispersed(?! on their own| peacefully| voluntarily| quietly| without| (?:by|at) (?:around |about )?\d| at (?:dusk|nightfall|sunset)| in the (?:afternoon|evening))|tear ?gas|water cannons?|rubber bullets|batons?|pepper spray|(?<!\b(?:no one|no-one|nobody|none)\s(?:was\s|were\s)?)(?:arrested|detained))|dispers(?:e|ed|ing) (?:the |a )?(?:(?:hundreds|thousands|dozens|scores) of )?(?:[\w-]+ ){0,2}?(?:protest[eo]rs|demonstrators|students|crowds?|marchers|rall(?:y|ies)|protests?|gatherings?|residents|villagers|workers|farmers|traders|teachers|aspirants|youths|supporters|mourners))/gi, weight: 4 },
  // "fired gas straight into the crowd" is tear gas, not fire.
  { subType: 'excessive-force-against-protesters', pattern: new RegExp(String.raw`\b(${LIVE_FIRE}[\w ,]{0,60}(protest|demonstrat|crowd)|(crowd|protest[eo]rs|demonstrators|marchers)[\w ,]{0,80}${LIVE_FIRE}|opened fire on (?:[\w-]+ ){0,3}?(?:marchers|mourners|worshippers|people|residents|villagers|farmers|students|workers) (?:marching|chanting|protesting|demonstrating)|fired (?!(?:[\w-]+ ){0,2}?(?:gas|tear ?gas|canisters?|water|rubber|pepper|stun|sound|flash)\b)(?:[\w-]+ ){0,2}?into the crowd|(protest[eo]rs|demonstrators) (were )?(shot|killed)|killed (\w+ )?(protest[eo]rs|demonstrators)|opened fire on (the )?(protest[eo]rs|demonstrators|crowd)|killings? of (\w+ )?(protest[eo]rs|demonstrators)|(lethal|deadly) force[\w ,]{0,40}(protest|demonstrat))`, 'gi'), weight: 6 },
  // "riot police", "riot units", "anti-riot squads": the force sent against a crowd, no riot.
  { subType: 'violent-demonstration', pattern: new RegExp(String.raw`\b((?<!anti-)${NOT_A_CHARGE}riot(s|ers|ing)?(?!\s+(?:police|units?|squads?|gear|control|officers|troops|shields?|forces?|brigades?))|torch(ed|es|ing)?|set (fire|ablaze)|hurled stones|threw stones|pelted|looted shops|vandali[sz]ed)\b`, 'gi'), weight: 3 },
  { subType: 'mob-violence', pattern: new RegExp(String.raw`\b(mobs?|lynch(ed|ing)?|vigilantes|brawls?|${OWN_JUSTICE})\b`, 'gi'), weight: 3 },
  // "demanding the arrest of those who": an arrest asked for is none.
  { subType: 'arrests', pattern: new RegExp(String.raw`\b((?<!\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|seek(?:s|ing)?|urg(?:e|es|ed|ing))\s+(?:the\s+)?)${NOT_ARRESTED}arrest(ed|s|ing)?|(?<!\b(?:illegal(?:ly)?|unlawful(?:ly)?)\s)${NOT_ARRESTED}(?:detain(ed|ing|s)?|detention)|custody|apprehended|rounded up|taken into custody|raid(s|ed)?|bust(s|ed)?|nabbed|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:[\w-]+ ){0,2}?held(?! hostage| captive)|captur(?:e|es|ed|ing) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\b(?! (?:[\w-]+ )?(?:tanks?|vehicles?|armou?red|guns?|weapons|rifles|drones?|trucks?|artillery|mortars?|launchers?|positions?|villages?|towns?)\b)|(?:hold|holds|holding) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:(?:[\w-]+ ){0,2}?(?:suspects?|persons)|over|on suspicion|for questioning|in connection with)(?! (?:[\w-]+ ){0,2}?(?:hostages?|captives?)))\b`, 'gi'), weight: 2 },
  // "a cessation of hostilities": the formal words for a ceasefire.
  { subType: 'agreement', pattern: /\b(agreements?|ceasefire|cease-fire|cessation of hostilities|truce|pacts?|peace (deal|accord|agreement|talks)|signed|accords?|prisoner (exchange|swap)|deal|protocols?|treaty|treaties|memorandum of understanding|reconciliation (?:session|meeting|ceremony))\b/gi, weight: 1 },
  { subType: 'disrupted-weapons-use', pattern: new RegExp(String.raw`\b(${DEFUSED}|intercepted|shot down|thwarted|foiled|weapons cache|arms cache|(?:found|discovered|unearthed|uncovered|recovered|seized)[\w ,]{0,60}cache (?:of|with|containing) (?:weapons|arms|explosives|rifles|firearms|guns|grenades|ammunition)|cache (?:of|with|containing) (?:weapons|arms|explosives|rifles|firearms|guns|grenades|ammunition)[\w ,]{0,80}(?:found|discovered|unearthed|uncovered|recovered|seized)|seized (weapons|explosives|arms)|(?:large quantity|stockpile|haul|stash) of (?:weapons|arms|ammunition)|(?:weapons|arms) and (?:ammunition|explosives)[\w ,]{0,60}?(?:were|was|have been|has been) (?:found|discovered|unearthed|uncovered)|${NEUTRALISED}|${MADE_SAFE})\b`, 'gi'), weight: 3 },
  { subType: 'looting-property-destruction', pattern: /\b(looted|looting|ransacked|burned (down )?(homes|houses|villages)|razed|arson(?: attacks?)?|(?:set fire to|torch(?:ed|es)?) (?:[\w-]+ ){0,4}?(?:trucks|lorries|vehicles|machinery|buildings|offices|warehouses|property))\b/gi, weight: 2 },
  // ("committed to dissolve the group": a promise, not the change.)
  { subType: 'change-to-group-activity', pattern: /\b(pledged allegiance|merg(?:ed|er|ers|ing)|new leader|appointed (a |as )?(new )?leader|disband(s|ed)?|(?<!\bto )dissolv(e|es|ed|ing)|split from|(?:formally |collectively )?surrender(?:ed)? to the (?:government|authorities|army|military|police)|laid down (?:their )?arms)\b/gi, weight: 3 },
  { subType: 'headquarters-or-base-established', pattern: /\b(established (a |an )?(new )?(base|headquarters|outpost))\b/gi, weight: 3 },
];

// Words of any incident, and words that date one ("the strike took place late Thursday").
const INCIDENT_WORDS =
  /\b(killed|killing|wounded|injured|dead|died|attacks?|attacked|attackers?|assailants?|gunmen|strikes?|struck|raid(s|ed)?|operation|blast|explosions?|exploded|bomb(s|ing|ed)?|incident|assault|violence|stormed|shooting|shot|burning|burned|torched|opened fire|fired|captured|seized|ambush(ed)?|dragged|beat(en)?|stabbed|abducted|kidnapped|detained|arrested|clashes|clashed|mob|crowd|rioters|protest[eo]rs|victims|bodies|casualties)\b/gi;
const HAPPENED = /\b(took place|happened|occurred|carried out|was executed|broke out|erupted|began)\b/i;

/** How much a sentence tells about the incident of the given kind (0 when nothing). */
function cueWeight(sentence: string, subType: SubEventType): number {
  let total = 0;
  for (const cue of CUES) {
    const hits = sentence.match(cue.pattern)?.length ?? 0;
    total += hits * (cue.subType === subType ? cue.weight * 3 : cue.subType === 'agreement' ? 0 : 1);
  }
  total += sentence.match(INCIDENT_WORDS)?.length ?? 0;
  return total + (HAPPENED.test(sentence) ? 3 : 0);
}

function positionWeight(sentence: Sentence, index: number): number {
  if (sentence.isHeadline) return 3;
  return index < 4 ? 2 : 1;
}

// Who does it: ACLED's arrests are by state forces; armed men, rebels or gunmen who seize people abduct them.
// Settlers who raid a village are armed civilians, no state's force.
const NON_STATE_ACTORS = /\b(rebels?|militants?|gunmen|armed men|insurgents?|jihadists?|bandits|kidnappers|militias?|militiamen|fighters|abductors|settlers|resistance)\b/i;
/** Whether words name an armed group: "rebels", "gunmen", or a group the lexicon knows ("Al-Shabaab", "M23"). */
const namesArmedGroup = (phrase: string) => NON_STATE_ACTORS.test(phrase) || WELL_KNOWN_GROUPS.some((g) => [g.name, ...g.aliases].some((form) => phrase.includes(form)));
const FORCES_TARGETED =
  /\b(?:ambush(?:ed|es)?|attack(?:ed|s)?(?: on)?|opened fire on|killing|killed)\s+(?:(?:a|an|the|at least|\d+|[a-z]+)\s+){0,3}?(?:(?:state|federal|local|army|police|military)\s+)?(?:police(?:men)?|officers|soldiers|troops|convoy|patrol|checkpoint|army base|military base|police station)\b/i;
// Suspects arrested, and what they are held for: "five suspects arrested", "arrest three suspects", "arrests three BKI
// operatives".
const SUSPECTS_ARRESTED = /\bsuspects?\s+(?:were\s+|have been\s+)?(?:arrested|held|detained|nabbed|apprehended)\b|\b(?:arrest(?:s|ed)?|nab(?:s|bed)?|detain(?:s|ed)?|holds?)\s+(?:[\w-]+\s+){0,2}?(?:suspects|operatives|accused)\b/i;
const HELD_FOR = /\bsuspected of (?:involvement|being involved|taking part|participating|carrying out|being behind|links)\b|\bin connection with the\b/i;
// A headline that tells a killing as today's news ("Blast kills five; two suspects held") tells the attack first.
const KILLS_NOW = /\b(?:kills?|killing|dead|die|wounds?|injures?|hits?|strikes?)\b/i;
const VIOLENT_TYPES = new Set<SubEventType>(['attack', 'grenade', 'remote-explosive-landmine-ied', 'suicide-bomb', 'shelling-artillery-missile-attack', 'air-drone-strike', 'armed-clash']);
const KIDNAPPERS_ARRESTED = /\b(?:arrest(?:s|ed)?|nab(?:s|bed)?|apprehend(?:s|ed)?|detain(?:s|ed)?)\s+(?:[\w-]+\s+){0,2}?(?:suspected\s+)?(?:kidnappers|abductors|kidnap(?:ping)? suspects|members of (?:an?|the) kidnapping (?:gang|ring|syndicate))\b|\b(?:suspected\s+)?(?:kidnappers|abductors) (?:were |have been )?(?:arrested|nabbed|apprehended|detained)\b/i;
const FORCE_MEMBERS = /\b(?:soldiers?|servicem[ae]n|troops|police(?:m[ae]n| officers?)|gendarmes?|guards?)\b/i;
/** "Three gunmen and police officer killed", "A soldier and two suspected gunmen were killed": the dead of both sides, a fight. */
const bothSidesKilled = (opening: string) =>
  [...opening.matchAll(/([^.;:,]{3,80}?)\s+(?:(?:were|was|are|have been)\s+)?(?:killed|dead)\b/gi)].some(
    ([, dead]) => (NON_STATE_ACTORS.test(dead!) || /\barmed group\b/i.test(dead!)) && (FORCE_MEMBERS.test(dead!) || /\bofficers?\b/i.test(dead!)) && !CIVILIANS.test(dead!),
  );
const CIVILIANS = /\b(civilians|villagers|worshippers|residents|farmers|passengers|children|women|traders|students|families)\b/i;
const PEACEFUL = /\b(?:did not|didn't|did not have to) intervene|\b(?:marche[sd]|march|rallie[sd]|rally|gather(?:ed|s)?|protest(?:ed|s)?|demonstrate[sd]?|marching|rallying) peacefully\b|\b(?:ended|passed off|went off|remained|was|were) (?:largely |mostly )?peaceful(?:ly)?\b(?!\s+(?:for|until|at first|initially|before)\b)|\bdispers(?:ed|ing) peacefully\b|\bno (?:arrests|detentions)\b|\b(?:no one|no-one|nobody) (?:was|were) (?:arrested|detained)\b|\bwithout (?:clashes|incidents?|arrests|detentions)\b/i;
// Police or soldiers who arrest people, however many kidnappings the suspects are accused of.
const RAID_BY_STATE = /\b(police|troops|soldiers|security forces|army|officers|agents)\b[^.]{0,80}\b(arrested|detained|apprehended|rounded up|took into custody)\b/i;
// "agree to pull back", "agreed to withdraw": agreeing to do something is an agreement too.
const AGREED = /\b(?:deal|agreement|accord|truce|ceasefire|pact)\s+(?:was\s+|is\s+|has been\s+)?(?:reached|signed|struck|sealed|agreed)\b|\bagree[ds]?\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?to\s+(?!(?:a|an|the|talks?|meet)\b)\p{Ll}{3,}|\b(?:agree[ds]?|signs?|signed|signing|reach(?:ed|es)?|seal(?:ed|s)?|broker(?:s|ed)?|announc(?:es|ed))\b(?:\s+[\p{L}-]+){0,4}?\s+(?:a\s+|an\s+|the\s+)?(?:ceasefire|cease-fire|(?:[\p{L}-]+\s+)?cessation of hostilities|truce|peace (?:deal|agreement|accord|pact|covenant)|covenant|agreement|deal|accord|pact|protocol|treaty|memorandum)\b/iu;
// A headline's dead: "One dead as ...", "at least 2 dead", "one student dead", "forces kill 17-year-old" (not "protest after
// police killed").
const PROTEST_DEAD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\p{L}-]+ )?(?:dead|killed)\b|(?<!\b(?:after|over|against|for)\s(?:[\p{L}-]+\s){0,3})\b(?:forces|police|gendarmes|soldiers|troops) (?:kill|kills|shoot dead|shoots dead)\b/iu;
// A crowd in the headline or the lead: a protest, a riot or a mob.
// "riot police", "anti-riot officers" are the police, not a riot.
const RIOT = String.raw`(?<!anti-)${NOT_A_CHARGE}riot(?:s|ers|ing)?(?!\s+(?:police|gear|control|squad|units?|officers|shields?))`;
// "supporters of the UDA and the DCP clashed", "fans fought running battles": crowds, not armed groups.
const CROWD_CLASH = /\b(?:supporters|fans|hooligans|ultras|youths?|young (?:people|men)|students)\b[^.,]{0,80}\b(?:clash(?:ed|es)?|fought|running battles|battled)\b|\b(?:protest[eo]rs|demonstrators|traders|merchants|vendors|shopkeepers|drivers|residents|villagers|farmers|workers|miners)\s+clash(?:ed|es)?\s+with\s+(?:the\s+)?(?:police|security forces|gendarmes|soldiers|troops)\b|\b(?:clash(?:es)?|fighting|running battles) between (?:rival )?(?:supporters|fans|hooligans|ultras|youths?|young (?:people|men)|students)\b|\b(?:fans|supporters|hooligans|ultras) (?:ran|run) riot\b/i;
// Forces who kill fighters: "security forces killed three suspected jihadists".
const FIGHTERS_KILLED = /\b(?:forces|troops|soldiers|police|army|guard)\b[^.]{0,40}\b(?:kill(?:ed|s)?|shot dead|neutrali[sz]ed)\s+(?:\w+\s+){0,3}?(?:suspected\s+)?(?:militants|jihadists|insurgents|terrorists|rebels|fighters|gunmen|bandits)\b/i;
// "protest turns violent", "turned into hours of street fighting": the crowd's act changed.
// "Protest over water cuts turn to clashes with public forces", "transformed into violent confrontations".
const TURNED_VIOLENT = String.raw`turn(?:s|ed|ing)? (?:violent|to violence|(?:to|into) (?:violent )?(?:clashes|confrontations)|into (?:[\w-]+ ){0,3}?(?:riots?|street (?:fighting|battles)|running battles|pitched battles))|(?:degenerat(?:e|es|ed|ing)|transform(?:s|ed|ing)?) into (?:violence|(?:violent )?(?:clashes|confrontations)|riots?)`;
const VIOLENT_CROWD = new RegExp(String.raw`\b(${RIOT}|torch(?:ed|es|ing)?|set(?:ting)? (?:[\w ]{0,20} )?(?:fire|ablaze)|burn(?:s|ed|t|ing)? (?:down )?(?:the |a |two |three |several )?(?:[\w()-]+ ){0,4}?(?:vehicles?|cars?|buses|trucks|(?:police )?(?:station|office|post|commissariat)s?|houses|shops|tyres|tires)|looted|(?:hurl(?:s|ed|ing)?|throw(?:s|ing)?|threw) (?:stones|rocks|bricks|petrol bombs|molotov cocktails)|pelted|stoned|${TURNED_VIOLENT}|violent (?:demonstrations?|protests?)|(?:station|commissariat|offices?|building|post|headquarters|vehicles|cars|buses|shops)\s+(?:was\s+|were\s+)?(?:burnt|burned)(?:\s+down)?)\b`, 'i');
// ("Abéché: violent demonstration against power cuts, police commissariat burnt": both say the crowd rioted; so does
// "angry youths burn police commissariat", or "burn UPC and two patrol cars".)
// A crowd that kills or punishes on its own: "lynched by an angry mob", "took the law into their own hands", "mob runs
// amok", "a mob went on a rampage".
const MOB_JUSTICE = new RegExp(
  String.raw`\b(?:lynch(?:ed|ing|ings)?|(?:angry|irate) (?:mob|crowd)|${OWN_JUSTICE}|mobs? (?:beat|beats|kill|kills|killed|burn|burns|burned|burnt|hacks?|hacked|attacks?|attacked)|mobs? (?:runs?|ran|running|went|goes|go) (?:amok|on (?:a |the )?rampage)|mobs? (?:storms?|stormed|attacks?|attacked) [^.;]{1,80}?,? (?:and )?(?:kills?|killed|lynch(?:es|ed)|beats? to death)|beaten to death by (?:an? |the )?(?:angry )?(?:mob|crowd))\b`,
  'i',
);
// "a mobile money operator" holds no mob, "since last Friday, March 8" no march.
const CROWD = new RegExp(String.raw`\b${NOT_YET}(protest|demonstrat|crowds?\b|mobs?\b|brawls?|march(?:ed|ers)?(?!\s+\d)|rall(?:y|ies))|${VIOLENT_CROWD.source}`, 'i');
const NO_ONE_HURT = /\b(?:no one|nobody|no-one) (?:was|were) (?:hurt|injured|wounded|killed|harmed)|\bno (?:casualties|injuries|deaths) (?:were|was) reported|\bwithout (?:causing )?(?:casualties|injuries)/i;
// Someone was arrested: without these words, a raid is not arrests.
// "denounces detention of nine people": the noun says someone was held too.
const ARRESTED = new RegExp(String.raw`\b(${NOT_ARRESTED}arrest(ed|s|ing)?|detain(ed|ing)?|detentions? of|apprehended|custody|rounded up)\b`, 'i');
// A headline's words for arrests, in its present tense too: "detains", "holds", "nabs", "Six cadres held".
// "BCIJ dismantles four-member ISIS-linked cell": a cell or ring broken up is its members arrested.
const ARRESTED_IN_HEADLINE = /\b(?:arrest\w*|detain\w*|held|holds?|nab(?:s|bed)?|apprehend\w*|custody|rounded up|(?:dismantl|bust|break|broke)\w*\s+(?:up\s+)?(?:[\w-]+\s+){0,3}?(?:cells?|networks?|rings?|gangs?))\b/i;
const DISAPPEARED = new RegExp(`\\b(${DISAPPEARANCE})\\b`, 'i');
const ABDUCTION = /\b(kidnap(ped|ping|s)?|abduct(ed|ion|ions|s)?|taken hostage|held hostage)\b/i;

// A truce already standing, that an incident strains or breaks, is background: "further strained a ceasefire
// that has largely held", "a flagrant violation of the ceasefire agreement".
const STANDING_TRUCE = /\b(?:violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed|ing)?|strain(?:s|ed|ing)?|collapse|fragile|not committed to|under the (?:ceasefire|truce|deal|agreement)|(?:ceasefire|truce) (?:that|which) (?:has|had) (?:largely |mostly )?held)\b/i;

// Weapons found or seized after the fact ("Recovered at the site were ... IEDs") are not what was used.
// "four held with grenades": weapons found on people arrested.
// "A large quantity of weapons and ammunition ... has been discovered": weapons found, not used.
const SEIZED = /\b(recovered|seized|confiscated|cache|turn(?:ed|ing)? over|hand(?:ed|ing)? over|surrender(?:ed|ing)?|(?:held|arrested|caught|nabbed|detained) with)\b|\b(?:weapons|arms|ammunition|munitions|grenades|explosives)\b[^.]{0,80}\b(?:found|discovered|unearthed|uncovered)\b/i;
// "recovered a large cache of firearms", "seizes weapons cache", "recovers arms, explosives", "seize IEDs and rifle".
// "Rocket launchers and explosive device found in Zawtar outskirts": the weapons first, then their finding.
const WEAPONS_SEIZED = /\b(?:rocket launchers?|launchers?|weapons|arms|explosive devices?)\b(?:\s+and\s+[\p{L} -]{1,30}?)?\s+(?:(?:were|was|have been|has been)\s+)?(?:found|discovered|unearthed|seized)\b|\b(?:recover(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|found|discovered|unearthed)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:cache|haul|stockpile|stash)\s+of\s+)?(?:weapons|arms|firearms|guns|rifles|explosives|ammunition|munitions|IEDs)\b|\b(?:weapons|arms|ammunition|explosives) (?:cache|haul|stockpile|stash)\b|\b(?:arsenal|cache|haul|stockpile|stash) of (?:[\p{L}-]+,?\s+){0,3}?(?:weapons|arms|firearms|guns|rifles|shotguns|grenades|explosives|ammunition|munitions)\b|\b(?:thwart|foil)(?:s|ed|ing)?\s+(?:an?\s+)?(?:attempts?|bid|plot)\s+to\s+smuggle\b|\b(?:finds?|found|discover(?:s|ed)?|unearth(?:s|ed)?|uncover(?:s|ed)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:arsenal|arms cache|weapons cache|cache of (?:weapons|arms))\b/iu;
// A headline's seizure: a taking word within a few words of a weapon, either way round ("Police seize grenades, rifles in
// Rusizi", "Arms, grenades seized in camp raid", "seize 26 rifles", "report seizure of rifles", "defuses pipe bombs").
const WEAPON_WORD = String.raw`(?:weapons?|arms|firearms?|guns?|rifles?|pistols?|shotguns?|grenades?|explosives?|ammunition|munitions|bullets|IEDs?|bombs?|TNT|detonators?|launchers?|arsenal|cache|stockpile|haul)`;
const TAKING_WORD = String.raw`(?:seiz\w*|recover\w*|confiscat\w*|found|finds?|discover\w*|unearth\w*|defus\w*|dismantl\w*)`;
const WEAPONS_SEIZED_IN_HEADLINE = new RegExp(String.raw`\b${TAKING_WORD}\s+(?:[^\s.;:]+\s+){0,4}?${WEAPON_WORD}\b|\b${WEAPON_WORD}\b(?:,?\s+[^\s.;:]+){0,4}?\s+(?:(?:were|was|have been|has been)\s+)?${TAKING_WORD}\b`, 'iu');
// "death in custody", "died in police custody", "death of detained young man", "died in a cell".
const DIED_IN_CUSTODY = /\b(?:deaths?|died|dies)\b[^.,;]{0,50}?\b(?:custody|detained|detention|cell|jail)\b/gi;
// Two communities, villages or clans at blows: "mass fight", "mobs ... clashed", "members of two communities clashed",
// "a clash broke out between Pahari and Bengali residents", "two groups clash" (no fighters named: townspeople).
const COMMUNAL_CLASH = /\b(?:mass (?:fight|brawl)|mobs?\s+(?:from\s+[^.]{0,60}?\s+)?clash\w*|(?:members|residents|villagers|people) of (?:two|rival|neighbou?ring) (?:communities|villages|clans|tribes)|between (?:the\s+)?(?:residents|villagers|members) of (?:two|rival|neighbou?ring)\b|between\s+\p{Lu}[\p{L}-]+\s+and\s+\p{Lu}[\p{L}-]+\s+(?:residents|villagers|communities|settlers|youths)|(?:clash|fight|brawl)\w*\s+between\s+two\s+(?:rival\s+)?groups\b(?!\s+of\s+(?:armed|fighters|militants|gunmen|rebels|militiamen))|\btwo\s+(?:rival\s+)?groups\s+clash)/iu;
// "shot down a drone", "downs drone", "drone was intercepted".
const DRONE_DOWNED = /\b(?:(?:shot|brought|downs?|downed)\s+(?:down\s+)?(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\p{L}-]+\s+){0,2}?drones?|drones?\s+(?:was|were)\s+(?:shot down|downed|intercepted|brought down))\b/iu;
const WEAPONS = new Set<SubEventType>(['remote-explosive-landmine-ied', 'grenade', 'shelling-artillery-missile-attack']);

// "Last updated: 12 March 2024, 19:05", "This story is being updated", "This page is no longer being updated", "All
// times GMT", "Times are Tripoli local time", "Latest updates first": a rolling story's notice, which tells nothing of
// the event, as a title-case line under the headline does not.
const ROLLING_NOTICE = /^\s*(?:(?:Last )?updated\b|This (?:story|page|article|blog) (?:is being|will be|has been|is no longer being) updated\b|(?:All )?times (?:are |in )?(?:\w+\s+)?(?:local|GMT|UTC|EAT|WAT|CAT|EET|CET|IST|PKT|MSK|ICT|PHT)\b|Latest updates? first\b)/i;
export function classifyIncident(sentences: Sentence[]): SubEventType {
  const scores = new Map<SubEventType, number>();
  // A headline about an agreement is about it, however often its text speaks of violations; not one about a deal that
  // frays ("Rebels seize Koui as Central African Republic's fragile peace deal frays").
  const agreementHeadline = !!sentences[0]?.isHeadline && /\b(?:agreements?|ceasefire|cease-fire|truce|deal|accord|pact)\b/i.test(sentences[0].text) && !(STANDING_TRUCE.test(sentences[0].text) && !AGREED.test(sentences[0].text));
  sentences.forEach((sentence, index) => {
    const weight = positionWeight(sentence, index);
    const seized = SEIZED.test(sentence.text);
    const standing = !agreementHeadline && STANDING_TRUCE.test(sentence.text) && !AGREED.test(sentence.text);
    for (const cue of CUES) {
      if (seized && WEAPONS.has(cue.subType)) continue;
      if (standing && cue.subType === 'agreement') continue;
      // "after the death of a detained young man": one who died in custody tells why a crowd gathered, not an arrest.
      const text = cue.subType === 'arrests' ? sentence.text.replace(DIED_IN_CUSTODY, ' ') : sentence.text;
      const hits = text.match(cue.pattern)?.length ?? 0;
      if (hits) scores.set(cue.subType, (scores.get(cue.subType) ?? 0) + Math.min(hits, 2) * cue.weight * weight);
    }
  });
  // A protest that met force is scored as that, not as a peaceful protest.
  let best: SubEventType = 'other';
  let bestScore = 0;
  for (const cue of CUES) {
    const score = scores.get(cue.subType) ?? 0;
    if (score > bestScore) [best, bestScore] = [cue.subType, score];
  }
  // The headline and the lead, where what happened is told.
  // "Basra - Radio Shatt al-Arab - Sunday 19 July 2026": a title-case line under the headline (the outlet, its town,
  // the day) tells nothing of the event; the lead is the first sentences after it.
  const told = sentences.filter((s, i) => i === 0 || (!s.isTitleCase && !ROLLING_NOTICE.test(s.text)));
  const lead = told.slice(0, 3).map((s) => s.text).join(' ');
  // The headline and the first sentence, where the event itself is named.
  const opening = told.slice(0, 2).map((s) => s.text).join(' ');
  const early = told.slice(0, 6).map((s) => s.text).join(' ');
  // "mobs from the Meitei and Kuki-Zo communities clashed", "a mass fight between residents of two villages": two
  // communities that fight each other, with no protest, are mobs, whoever was arrested after.
  if ((best === 'armed-clash' || best === 'violent-demonstration' || best === 'arrests') && COMMUNAL_CLASH.test(opening) && !/\b(?:protest|demonstrat)/i.test(opening)) return 'mob-violence';
  // "Police arrest six suspected kidnappers": those arrested kidnapped before; the arrests are the event.
  if (best === 'abduction-forced-disappearance' && KIDNAPPERS_ARRESTED.test(opening)) return 'arrests';
  // "Death toll in Duk County village attack rises to 34, dozens of children abducted": a headline that counts the
  // dead of an attack tells the attack; the abductions were part of it.
  if (best === 'abduction-forced-disappearance' && sentences[0]?.isHeadline && /\b(?:death toll|toll)\b[^.]{0,60}\battack\b|\battack\b[^.]{0,40}\b(?:death toll|toll)\b/i.test(sentences[0].text)) return 'attack';
  // "Gitega grenade attack: five suspects arrested", then "Five people suspected of involvement in the grenade attack
  // ... last week were arrested on Friday": the attack came before; the arrests are the event.
  if (VIOLENT_TYPES.has(best) && SUSPECTS_ARRESTED.test(opening) && HELD_FOR.test(lead) && !(sentences[0]?.isHeadline && KILLS_NOW.test(sentences[0].text))) return 'arrests';
  if (best === 'arrests' && sentences.some((s) => ABDUCTION.test(s.text) && NON_STATE_ACTORS.test(s.text)) && !RAID_BY_STATE.test(lead) && !KIDNAPPERS_ARRESTED.test(opening)) {
    return 'abduction-forced-disappearance';
  }
  // Fighting is how a place is taken: when the headline or the lead says a place was taken, that is the event.
  // "Defenders liberated Kamianske ... have returned under control the village": a place taken back in the opening is
  // the event, however much of the text tells of the shells and drones that took it.
  const retakenFirst = (best === 'shelling-artillery-missile-attack' || best === 'air-drone-strike') && regained(opening);
  // "Militants seize Mangochar town, torch bank": a headline that says a place was seized tells a taking, whoever was
  // killed in it.
  const seizedInHeadline = (best === 'attack' || best === 'violent-demonstration') && !!sentences[0]?.isHeadline && TAKES_PLACE.test(sentences[0].text) && !regained(sentences[0].text);
  // "Armed group seizes Al-Qatrun in Libya's far south", "AFC/M23 rebels take Pinga after two days of fighting": a
  // headline's one-word place seized in a named country or region, or after a fight. The shells or drones the lead
  // tells are how it was taken.
  const seizesNamedPlace = !!sentences[0]?.isHeadline && HEADLINE_SEIZES.test(sentences[0].text) && !ABDUCTION.test(sentences[0].text) && !regained(sentences[0].text);
  if (best === 'armed-clash' || best === 'government-regains-territory' || best === 'non-state-actor-overtakes-territory' || retakenFirst || seizedInHeadline || ((best === 'attack' || best === 'shelling-artillery-missile-attack' || best === 'air-drone-strike' || best === 'agreement') && seizesNamedPlace)) {
    // "Army retakes Adan Yabaal after fierce clashes": a headline or a first sentence that says a place was taken back.
    // Who took it back says which: an armed group overtakes it ("Al-Shabaab retakes"); anyone else, the state's forces
    // most often, regains it ("Somali army retakes").
    for (const sentence of told.slice(0, 2)) {
      const back = regainedIn(sentence.text);
      // "Militants hold Kardgap for hours" before "... before security forces regained control": the taking comes first.
      if (!back && TAKES_PLACE.test(sentence.text)) break;
      if (!back) continue;
      const clause = sentence.text.slice(0, back.index);
      // "troops retake a town held by separatist fighters": who held it is not who took it back.
      const by = /^\s*(?:[\p{L}-]+\s+){0,6}?(?<!\b(?:held|controlled|occupied|seized|captured|overrun|run)\s)by\s+([^,.;]{1,60})/u.exec(sentence.text.slice(back.index + back[0].length))?.[1] ?? '';
      return (namesArmedGroup(clause) && !STATE_SUBJECT.test(clause)) || (namesArmedGroup(by) && !STATE_SUBJECT.test(by)) ? 'non-state-actor-overtakes-territory' : 'government-regains-territory';
    }
    const takings = told.slice(0, 3).filter((s) => TAKES_PLACE.test(s.text));
    if (takings.length === 0 && seizesNamedPlace) takings.push(sentences[0]!);
    for (const [i, taken] of takings.entries()) {
      // "Army forces backed by local militias took full control": who backed the taking did not take it.
      const clause = taken.text.slice(0, TAKES_PLACE.test(taken.text) ? taken.text.search(TAKES_PLACE) : taken.text.search(HEADLINE_SEIZES)).replace(/\b(?:backed|supported|assisted|aided) by\b[^,.;]*/gi, '');
      if (STATE_SUBJECT.test(clause) && !NON_STATE_ACTORS.test(clause)) return 'government-regains-territory';
      // "SNA forces and Macawisley take control of Moqokori": a headline that names neither side leaves it to the
      // next sentence that tells the taking.
      if (namesArmedGroup(clause) || !taken.isHeadline || i === takings.length - 1) return 'non-state-actor-overtakes-territory';
    }
    // "the forces of order regained full control of Mirebalais", then how the town "fell into the hands of gangs" a
    // year before: a place taken back before the text tells of its taking is the retaking, told with its background.
    if (best === 'non-state-actor-overtakes-territory') {
      const back = sentences.findIndex((s) => regained(s.text));
      const takenAt = sentences.findIndex((s) => TAKES_PLACE.test(s.text));
      if (back >= 0 && back < takenAt) return 'government-regains-territory';
    }
  }
  // A raid in which militants were killed and no one was arrested is a fight, not arrests.
  // "An officer ... and three members of an armed group were killed during a special operation ... to detain": both
  // sides' dead make it a fight, whoever was detained after it.
  if (best === 'arrests') {
    if (bothSidesKilled(opening)) return 'armed-clash';
    if (FIGHTERS_KILLED.test(opening) && !CIVILIANS.test(lead)) return 'armed-clash';
    if (!ARRESTED.test(lead) && !/\bcaptured\b/i.test(lead) && /\b(killed|killing|shot dead)\b[^.]{0,60}\b(militants|fighters|insurgents|rebels|terrorists|gunmen|attackers)\b|\b(militants|fighters|insurgents|rebels|terrorists|gunmen)\b[^.]{0,60}\b(were killed|opened fire|exchange of fire|gunfight)\b/i.test(lead)) {
      return 'armed-clash';
    }
    // "three men picked up in a night raid ... have not been seen since": no one says arrested; a disappearance.
    // "Four civilians detained by Russian forces, whereabouts unknown": detained where no one is told is a disappearance too.
    if ((!ARRESTED.test(lead) && DISAPPEARED.test(sentences.map((s) => s.text).join(' '))) || DISAPPEARED.test(lead)) {
      return 'abduction-forced-disappearance';
    }
    // "a cattle raid", "an ADF raid on a village": raiders who kill, with no one arrested, attack.
    if (!ARRESTED.test(lead) && /\b(killed|killing|dead)\b/i.test(lead) && (CIVILIANS.test(lead) || /\braiders\b/i.test(lead) || NON_STATE_ACTORS.test(lead))) {
      return 'attack';
    }
  }
  // "Army recovers arms, explosives from KNF hideout", "seizes weapons cache": weapons found or seized with no one
  // arrested in the lead are disrupted weapons use, however often the text speaks of raids and earlier arrests.
  if (best === 'arrests' && !ARRESTED.test(lead) && WEAPONS_SEIZED.test(opening)) return 'disrupted-weapons-use';
  // "PNH seizes rifles and 30,000 rounds at Miragoâne wharf, three arrested": a headline that tells the seizure before
  // the arrests makes the seizure the event.
  if (best === 'arrests' && sentences[0]?.isHeadline) {
    const seizedAt = sentences[0].text.search(WEAPONS_SEIZED_IN_HEADLINE);
    // ("Six KCP cadres held ..., arms seized": held first, the arrests.)
    const arrestedAt = sentences[0].text.search(ARRESTED_IN_HEADLINE);
    if (seizedAt >= 0 && (arrestedAt < 0 || seizedAt < arrestedAt)) return 'disrupted-weapons-use';
  }
  // Arrests at a protest or a riot are how the police answered it: the crowd's act is the event, and the arrests
  // make a protest one that met intervention.
  const CROWD_TYPES = ['excessive-force-against-protesters', 'protest-with-intervention', 'violent-demonstration', 'mob-violence', 'peaceful-protest'] as const;
  // "denounces detention of nine people ... after 9 January protests": a protest the arrests came after is not their scene.
  // "Security service detains opposition figures in dawn raids", then a crowd "chanting the names of those detained": a
  // crowd that protests the arrests came after them.
  const headlineArrests = !!sentences[0]?.isHeadline && ARRESTED_IN_HEADLINE.test(sentences[0].text) && !CROWD.test(sentences[0].text);
  const protestsArrests = headlineArrests && /\b(?:those|the people|the men|the women)\s+(?:detained|arrested)\b|\bdetainees\b|\b(?:the|their)\s+(?:arrests|detentions)\b/i.test(lead);
  if (best === 'arrests' && !protestsArrests && CROWD.test(opening.replace(/\b(?:after|following)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches)\b/gi, ''))) {
    // A crowd that burns or stones is a riot, whatever force met it.
    const types = VIOLENT_CROWD.test(opening) ? (['violent-demonstration', 'mob-violence'] as const) : CROWD_TYPES;
    const crowd = types.filter((t) => (scores.get(t) ?? 0) > 0).sort((a, b) => scores.get(b)! - scores.get(a)!)[0];
    // "... filmed the participants, but did not intervene": arrests told of a march that stayed peaceful are not its own.
    if (crowd) best = crowd === 'peaceful-protest' && !PEACEFUL.test(early) ? 'protest-with-intervention' : crowd;
    // "stormed a police station ... setting two police cars on fire": a crowd that burns is a riot, scored or not.
    else if (types[0] === 'violent-demonstration') best = 'violent-demonstration';
  }
  // "Families of the disappeared hold vigil": people who gather for the disappeared protest; no one was taken that day.
  // "The Saturday Mothers gathered in Galatasaray Square ..., calling on the commission to listen to the families of the
  // disappeared": a gathering in the opening, with no one taken in it, is the same.
  const gathered = /\b(?:gathered|rallied|marched|assembled|held (?:a |their )?(?:vigil|sit-in|protest|rally))\b/i.test(opening) && !ABDUCTION.test(opening);
  if (best === 'abduction-forced-disappearance' && ((sentences[0]?.isHeadline && /\b(protest|vigil|rall(?:y|ies)|march|demonstrat|sit-in)/i.test(sentences[0].text) && !ABDUCTION.test(sentences[0].text)) || gathered)) {
    best = PEACEFUL.test(early) || !(scores.get('protest-with-intervention') ?? 0) ? 'peaceful-protest' : 'protest-with-intervention';
  }
  // No weapon or act the cues know, but armed men who killed: an attack ("Militiamen armed with machetes killed 41").
  if (best === 'other') {
    if (FIGHTERS_KILLED.test(opening) && !CIVILIANS.test(opening)) return 'armed-clash';
    if (bothSidesKilled(opening)) return 'armed-clash';
    if (/\b(killed|killing|massacre)/i.test(lead) && NON_STATE_ACTORS.test(lead)) return 'attack';
  }
  // Gunmen who ambush police or soldiers fight an armed force: a clash, not an attack on civilians; forces who kill
  // militants in a raid fight them too ("Tunisian forces kill three suspected jihadists in Kasserine raid").
  if (best === 'attack') {
    if (FORCES_TARGETED.test(lead) && !CIVILIANS.test(lead)) return 'armed-clash';
    if (bothSidesKilled(opening)) return 'armed-clash';
    if (FIGHTERS_KILLED.test(opening) && !CIVILIANS.test(opening)) return 'armed-clash';
  }
  // Supporters, fans or youths who clash fight as a crowd, not as armed groups: a riot.
  // ...but youths who clash with the security forces riot against them ("clashes between youths and security forces").
  if (best === 'armed-clash' && CROWD_CLASH.test(opening)) {
    // "clashes between youths and security units": any of the state's security men.
    return /\b(?:police|security (?:forces|units|agents|personnel|services)|gendarmes?|gendarmerie|soldiers|troops)\b/i.test(opening) && !/\b(?:rival|supporters|fans|hooligans|ultras)\b/i.test(opening) ? 'violent-demonstration' : 'mob-violence';
  }
  // "Hooded gunmen torch 14 forestry trucks ... No one was hurt": property burned with no one harmed is its destruction.
  if ((best === 'attack' || best === 'violent-demonstration') && (scores.get('looting-property-destruction') ?? 0) > 0 && NO_ONE_HURT.test(told.slice(0, 4).map((s) => s.text).join(' ')) && !/\b(?:protest|demonstrat|crowds?|mobs?|rioters|march)/i.test(opening)) {
    return 'looting-property-destruction';
  }
  // Houses torched by militants who raid a village: an attack, not a riot; a riot needs a crowd or a protest.
  if (best === 'violent-demonstration') {
    if (!/\b(protest|demonstrat|riot|crowd|mob|rall(?:y|ies)|march)/i.test(lead) && NON_STATE_ACTORS.test(lead)) return 'attack';
  }
  // "Factions agree ceasefire after deadly clashes": when the headline and the lead say an agreement was reached,
  // the agreement is the event and the fighting it ends is background.
  // "Armenia, Azerbaijan agree border hotline": a headline's "agree" with a noun says as much when the lead has the deal
  // (the lead may come after a line naming the outlet and its town, "Enab Baladi – Aleppo").
  // "Ceasefire holds in Ain al-Hilweh camp after four days of fighting", then "... held on Thursday, two days after it was
  // agreed": a truce that holds is the event too.
  const holds = /\b(?:ceasefire|cease-fire|truce)\s+(?:largely\s+)?(?:holds|takes hold|takes effect|comes into (?:force|effect))\b/i;
  // "Qena families end six-year blood feud that killed nine with reconciliation": a headline's strife ended by a deal.
  const endedByDeal = /\b(?:end(?:s|ed)?|settle(?:s|d)?)\b[^.]{0,80}\b(?:with|through|in|by) (?:a |an )?(?:[\p{L}-]+ )?(?:reconciliation|agreement|deal|accord|pact|truce)\b/iu;
  // "Calm has largely held since the ceasefire took effect at 6 pm": a truce in force was agreed.
  const agreedInLead = (lead: string) =>
    AGREED.test(lead) ||
    /\b(?:ceasefire|cease-fire|truce|deal|agreement)\b[^.]{0,120}\b(?:after it|which) was (?:agreed|reached|signed)\b/i.test(lead) ||
    /\b(?:ceasefire|cease-fire|truce)\s+(?:took|has taken|had taken) effect\b/i.test(lead) ||
    // 'The "Charter of Brotherhood and Coexistence", signed by notables of the two communities': a text signed.
    /\b(?:charter|covenant|pact|accord|agreement|deal|declaration)\b[^.]{0,80}\bsigned\b/i.test(lead);
  // "UNSMIL welcomes Tripoli ceasefire between Radaa and 444th Brigade after two days of clashes": a headline that
  // welcomes a deal the lead says was signed.
  const welcomed = /\b(?:welcomes?|welcomed|hails?|hailed|praises?|praised|backs?|backed)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|agreement|deal|accord|pact)\b/iu;
  if (best !== 'agreement' && sentences.length > 1 && sentences[0]!.isHeadline && (AGREED.test(sentences[0]!.text) || holds.test(sentences[0]!.text) || endedByDeal.test(sentences[0]!.text) || welcomed.test(sentences[0]!.text) || /\bagree[ds]?\s+(?!to\b|with\b|on\b|that\b)\p{Ll}/u.test(sentences[0]!.text)) && sentences.slice(1, 6).some((s) => agreedInLead(s.text))) return 'agreement';
  // "Security forces fire on farmers protesting water diversion, one killed", "One dead as police disperse bodaboda
  // riders demo with teargas": a headline that tells the forces' fire and counts the dead, whatever the lead says of
  // how peacefully the crowd had gathered (not "protesting miners set fire to police station, one dead": a riot).
  // "Guard fires tear gas and shots at blackout protest; at least one dead": a National Guard is a force too.
  const headline = sentences[0]?.isHeadline ? sentences[0].text : '';
  // "Police fire teargas, live bullets as ... protesters march": the forces' live fire in the headline is enough.
  const firedOn = (PROTEST_DEAD.test(headline) && /\b(?:dispers\w*|fire[sd]?|firing|shot|tear ?gas|live (?:bullets|ammunition|rounds)|break up|broke up)\b/i.test(headline)) || LIVE_FIRE_WORDS.test(headline);
  if ((best === 'peaceful-protest' || best === 'protest-with-intervention') && firedOn && /\b(?:police|security forces|soldiers|troops|gendarmes|forces|guard|guardsmen)\b/i.test(headline) && !VIOLENT_CROWD.test(headline)) {
    return 'excessive-force-against-protesters';
  }
  // "Riot police watched but did not intervene": force used on other days does not make this rally's.
  if (best === 'peaceful-protest' && PEACEFUL.test(early)) return best;
  if (best === 'peaceful-protest') {
    for (const refined of ['excessive-force-against-protesters', 'protest-with-intervention'] as const) {
      // "In October last year, police fired sound grenades ... to disperse teachers": force told of another day.
      const told = sentences.filter((s) => CUES.some((cue) => cue.subType === refined && s.text.match(cue.pattern)));
      if (told.length > 0 && told.every((s) => EARLIER_TIME.test(s.text))) continue;
      if ((scores.get(refined) ?? 0) > 0) best = refined;
      if (best === refined) break;
    }
  }
  // "Protesters torch trucks and a police post": a crowd that burns or stones in the opening riots, whatever force met it.
  // "Protesters torch electricity office": a crowd that burns in the headline riots, even when police then fired on it.
  if ((best === 'protest-with-intervention' || best === 'peaceful-protest') && VIOLENT_CROWD.test(opening) && !PEACEFUL.test(opening)) return 'violent-demonstration';
  // "moto-taxi drivers and traders clash with police", then stones thrown, tyres burned and shops looted in the next
  // sentences: a crowd that clashes with the police in the headline and turns violent in the lead riots.
  if ((best === 'protest-with-intervention' || best === 'peaceful-protest') && sentences[0]?.isHeadline && /\bclash(?:es|ed)? with (?:the )?(?:police|security forces|gendarmes|soldiers|troops)\b/i.test(sentences[0].text) && VIOLENT_CROWD.test(early) && !PEACEFUL.test(early)) return 'violent-demonstration';
  if (best === 'excessive-force-against-protesters' && sentences[0]?.isHeadline && VIOLENT_CROWD.test(sentences[0].text) && /\b(?:protest[eo]rs|demonstrators|rioters|crowds?|mobs?|youths)\b/i.test(sentences[0].text)) return 'violent-demonstration';
  // "a clash between two groups during an idol immersion procession ... two groups pelt stones at each other": crowds
  // that fight each other, with no protest, are mobs.
  if (best === 'violent-demonstration' && /\b(?:between|of) (?:two|rival) (?:groups|communities|factions|clans|villages)\b|\bat each other\b/i.test(opening) && !/\b(?:protest|demonstrat)/i.test(opening)) return 'mob-violence';
  // "Mob beats suspected thief to death, torches police station": a crowd that kills or punishes on its own, with no
  // protest, is a mob, whatever it burned after.
  if (best === 'violent-demonstration' && MOB_JUSTICE.test(opening) && /\b(?:beat(?:s|en)?|kill(?:s|ed)?|lynch\w*|hack(?:s|ed)?)\b/i.test(opening) && !/\b(?:protest|demonstrat)/i.test(opening)) return 'mob-violence';
  // "A crowd set fire to four Coptic homes": a crowd that attacks people or their homes, with no protest, is a mob.
  if (best === 'violent-demonstration' && /\b(?:crowd|mob|villagers|residents)\b/i.test(lead) && !/\b(?:protest|demonstrat|march|rall(?:y|ies)|strike|riot|students|workers)/i.test(lead) && /\b(?:homes?|houses?|famil(?:y|ies)|shops?)\b/i.test(opening)) {
    return 'mob-violence';
  }
  // "an irate mob set on fire two police vehicles and ransacked part of Kakching Police Station demanding justice for a
  // youth who died in police custody": a crowd that attacks the police's own stations or vehicles to demand something
  // of them riots against them; a mob that kills or beats people is still a mob.
  if (best === 'mob-violence' && /\b(?:demanding|in protest|protest(?:ers|ors|ing))\b/i.test(opening) && /\bpolice (?:stations?|posts?|vehicles?|outposts?|offices?|camps?)\b|\bPS\b/.test(opening) && !/\b(?:lynch\w*|beat(?:en|ing)?|kill(?:ed|ing|s)?|hacked|stabbed)\b/i.test(opening)) {
    return 'violent-demonstration';
  }
  // "Gunmen kill 12 in Kajuru community, abduct others": a headline that counts the killed before the abducted tells an attack.
  if (best === 'abduction-forced-disappearance' && sentences[0]?.isHeadline) {
    const headline = sentences[0].text;
    // "Gunmen kill 12 ...", "At least 19 killed, children abducted ...", "... as death toll rises to 27".
    const killed = /\b(?:kill(?:s|ed)?|massacre[sd]?|slaughter(?:s|ed)?)\s+(?:at least\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|dozens|scores)\b|\b(?:\d+|three|four|five|six|seven|eight|nine|ten|dozens|scores)\s+(?:[\p{L}-]+\s+)?(?:killed|dead|massacred)\b|\bdeath toll (?:rises|climbs|reaches|hits) to \d+/iu.exec(headline);
    const taken = ABDUCTION.exec(headline);
    // "Mob kills 2 men accused of spying for kidnappers": a crowd that kills is a mob (below).
    if (killed && (!taken || killed.index < taken.index) && !MOB_JUSTICE.test(opening) && !/\bmobs?\b/i.test(headline)) return 'attack';
  }
  // "Two suspected kidnappers lynched by angry mob": a crowd that kills or punishes in the opening is a mob,
  // whatever its victims were suspected of.
  if (!CROWD_TYPES.includes(best as (typeof CROWD_TYPES)[number]) && MOB_JUSTICE.test(opening)) return 'mob-violence';
  // "Viable pipe bomb made safe": a device found and made safe before it went off is disrupted weapons use.
  // "Sappers defuse explosive-laden drone": a drone's warhead defused is one too.
  if ((WEAPONS.has(best) || best === 'air-drone-strike') && DEVICE_MADE_SAFE.test(opening) && !/\b(?:exploded|went off|blast|killed|injured|wounded)\b/i.test(opening)) {
    return 'disrupted-weapons-use';
  }
  // "Army downs drone carrying explosives": a drone brought down before it struck anything is disrupted weapons use.
  if (best === 'air-drone-strike' && DRONE_DOWNED.test(opening) && !/\b(?:exploded|went off|blasts?|killed|injured|wounded|struck|hit|damaged)\b/i.test(opening)) {
    return 'disrupted-weapons-use';
  }
  // "Suicide car bomb at Mayadin checkpoint": a headline that names a suicide bombing names the weapon, however often
  // the text speaks of the car bomb.
  if (best === 'remote-explosive-landmine-ied' && sentences[0]?.isHeadline && /\bsuicide (?:car |truck |vehicle )?(?:bomb|bomber|bombing|attack|blast)s?\b/i.test(sentences[0].text)) return 'suicide-bomb';
  // "at least six improvised mortar rounds fell on the police station": a home-made mortar is fired from afar, shelling.
  if (best === 'remote-explosive-landmine-ied' && /\b(?:mortars?|rockets?|projectiles?)\b/i.test(lead) && !WEAPONS_SEIZED.test(lead) && !DEVICE_MADE_SAFE.test(lead) && !/\b(?:roadside|planted|buried|landmines?|mines?|stepped on|remotely|booby-trapped|car bombs?|vehicle-borne|motorcycle bombs?)\b/i.test(lead)) {
    return 'shelling-artillery-missile-attack';
  }
  // "Police recover rifles, grenades and explosive materials ... meant for making IEDs": weapons found before any
  // went off are disrupted weapons use, however much the text speaks of the bombs they were for.
  if ((WEAPONS.has(best) || best === 'other') && WEAPONS_SEIZED.test(opening) && !/\b(?:exploded|explosions?|went off|blasts?|detonated|killed|injured|wounded)\b/i.test(opening)) {
    return 'disrupted-weapons-use';
  }
  // "Two shot dead as police disperse Kano protest": a protest dispersed with deaths at the forces' hands met excessive force.
  // "One dead as gendarmes break up Kédougou jobs protest", "police disperse march with tear gas and live bullets, at
  // least 2 dead", "Israeli forces kill 17-year-old at weekly march": so does a headline that counts the dead.
  const forcesKilled = /\b(shot dead|shot and killed|killed|opened fire)\b/i.test(opening) || (!!sentences[0]?.isHeadline && PROTEST_DEAD.test(sentences[0].text));
  if (best === 'protest-with-intervention' && forcesKilled && /\b(police|security forces|soldiers|troops|officers|gendarmes|forces)\b/i.test(opening) && !PEACEFUL.test(opening)) {
    return 'excessive-force-against-protesters';
  }
  return best;
}

// ---------------------------------------------------------------- fatalities

// "Twenty-four terrorists were neutralised": one number, not "four".
const wordsFor = (test: (n: number) => boolean) => [...NUMBER_WORDS].filter(([, n]) => test(n)).map(([word]) => word).join('|');
const TENS_AND_UNITS = `(?:${wordsFor((n) => n >= 20 && n < 100 && n % 10 === 0)})-(?:${wordsFor((n) => n >= 1 && n <= 9)})`;
// "1,200", not the "52," of "Boonma Saenkham, 52, was killed" (an age).
const NUMBER_FORMS = `\\d{1,3}(?:,\\d{3})+|\\d+|${TENS_AND_UNITS}|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')}`;
const NUMBER = `(${NUMBER_FORMS})`;
const QUALIFIER = '(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|a total of)\\s+)?';
const FATALITY_PATTERNS = [
  // "Four civilians, including two children, were killed", "five policemen were martyred", "six bandits were
  // neutralised" (the police's word), "two men were beaten to death"; not "Two children among four killed" (a part
  // of the toll), nor "two more bodies" (an addition to it).
  new RegExp(
    `\\b${QUALIFIER}${NUMBER}(?:\\s+(?!(?:among|including|more|other)\\b)[\\p{L}-]+){0,3}?(?:,\\s*including\\s+[^,]{1,40},)?\\s+(?:(?:were|was|have been|had been|are|being)\\s+)?(?:killed|dead|died|slain|martyred|neutrali[sz]ed|deaths|fatalities|bodies|lost their lives|perished|(?:beaten|hacked|stabbed|burned|burnt|stoned|clubbed)\\s+to\\s+death|lynched)\\b`,
    'giu',
  ),
  new RegExp(`\\b(?:killed|killing|kill|shot dead|shooting dead|gunned down|shot and killed|neutrali[sz]ed|neutrali[sz]ing|claimed the lives of|left|leaving)\\s+${QUALIFIER}${NUMBER}\\b(?!\\s+(?:years?|months?|days?|percent|%|km|miles|wounded|injured))`, 'giu'),
  new RegExp(`\\bdeath toll\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:to|at|of|reached|hit|is|was|stood at)\\s+${QUALIFIER}${NUMBER}\\b`, 'giu'),
];

// "Eight suspected gunmen and one soldier were killed": two counts of one toll, added up.
// Who the count is, "suspected members of the Jalisco New Generation Cartel (CJNG)": words and initials, no verb.
const COUNTED = `(?:\\s+(?!(?:were|was|are|is|have|has|had|been|and|including|among|wounded|injured|killed|died)\\b)(?:\\p{L}[\\p{L}'-]*|\\([\\p{L}-]{1,12}\\))){1,10}?`;
// The second count may be "a": "and a rubber tapper".
const COUNT_OR_ONE = `(${NUMBER_FORMS}|an?)`;
const SUM_OF_DEAD = new RegExp(
  `\\b${QUALIFIER}${NUMBER}${COUNTED}\\s+(?:and|along with)\\s+${QUALIFIER}${COUNT_OR_ONE}${COUNTED}\\s+(?:were|have been|had been|was|are)\\s+(?:killed|dead|slain|martyred)\\b` +
    // "killed two paramilitary rangers and a rubber tapper": the same, told by the killer.
    `|\\b(?:killed|killing|kills)\\s+${QUALIFIER}${NUMBER}${COUNTED}\\s+and\\s+${COUNT_OR_ONE}${COUNTED}(?!\\s+(?:were|was)\\s+(?:wounded|injured|hurt|arrested|captured|abducted))(?=[\\s.,;])` +
    // "Two officers inside the van were killed along with seven civilians".
    `|\\b${QUALIFIER}${NUMBER}${COUNTED}\\s+(?:were|have been|had been)\\s+(?:killed|slain)\\s+along with\\s+${QUALIFIER}${COUNT_OR_ONE}\\b`,
  'iu',
);
/** The two counts of a SUM_OF_DEAD match ("a rubber tapper" is one). */
const countsOfSum = (sum: RegExpExecArray) => [sum[1] ?? sum[3] ?? sum[5], sum[2] ?? sum[4] ?? sum[6]].map((word) => (/^an?$/i.test(word!) ? 1 : toNumber(word!)));

// "between January and mid-April", "from March to May": a toll over months, not the incident's.
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTHS_SPAN = new RegExp(`\\b(?:[Bb]etween|[Ff]rom) (?:early |mid-|late )?${MONTH_NAME} (?:and|to|until|through) (?:early |mid-|late )?${MONTH_NAME}\\b`);

// Words for many, not counts: used only when the text gives no figure.
const VAGUE_NUMBERS = /^(dozens|scores|hundreds|a dozen|dozen)$/i;

export function toNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(lower)) return Number(lower);
  const [tens, unit] = lower.split('-');
  if (unit !== undefined) {
    const [t, u] = [NUMBER_WORDS.get(tens!), NUMBER_WORDS.get(unit)];
    return t !== undefined && u !== undefined ? t + u : undefined;
  }
  return NUMBER_WORDS.get(lower);
}

/**
 * The lowest fatality figure of the incident. Sentences that tell of other times are background:
 * "since", "so far", a year before publication, or a date before the incident's ("in November").
 */
export function readFatalities(
  sentences: Sentence[],
  context: { dates?: DatedText[]; incidentDate?: string; publishedYear?: number } = {},
): { fatalities: number; fatalitiesText?: string } {
  let lowest: { fatalities: number; fatalitiesText: string } | undefined;
  let vagueLowest: { fatalities: number; fatalitiesText: string } | undefined;
  let someoneKilled: string | undefined;
  const { dates = [], incidentDate, publishedYear } = context;
  // The date written nearest a figure dates it: "a canopy that killed 15 people in Novi Sad in November".
  const earlierThanIncident = (sentence: Sentence, offset: number) => {
    if (incidentDate === undefined) return false;
    let nearest: DatedText | undefined;
    let distance = Infinity;
    for (const d of dates) {
      if (d.start < sentence.start || d.end > sentence.end) continue;
      const gap = d.start >= offset ? d.start - offset : offset - d.end;
      if (gap < distance) [nearest, distance] = [d, gap];
    }
    if (!nearest || nearest.date >= incidentDate.slice(0, nearest.date.length)) return false;
    // "the final assault, which began on Saturday night, killed nine": a fight that began the day before and ran into
    // the incident's day is its own.
    const began = /\b(?:began|begun|started|launched)\s+(?:on\s+)?(?:late\s+|early\s+)?$/i.test(sentence.text.slice(Math.max(0, nearest.start - sentence.start - 30), nearest.start - sentence.start));
    return !(began && nearest.date.length === 10 && incidentDate.length === 10 && Date.parse(incidentDate) - Date.parse(nearest.date) <= DAY_MS);
  };
  const olderYear = (sentence: Sentence) =>
    publishedYear !== undefined && [...sentence.text.matchAll(/\b(19|20)\d\d\b/g)].some((m) => Number(m[0]) < publishedYear);
  // Sentences that tell of other times. "More than 1,200 people have been killed since then" is a background toll, and
  // so is the sentence that goes on from it: "At the same time, at least 44 Israelis have been killed".
  let previous = false;
  const background = sentences.map((sentence) => {
    const goesOn = previous && /^\s*(?:at the same time|(?:over|in|during) the same (?:time|period))\b/i.test(sentence.text);
    // "the deadliest roadside bomb in the province this year" ranks the incident; it does not date a toll.
    const told = sentence.text.replace(/\b(?:deadliest|bloodiest|worst|largest|biggest|first)\b[^.,;]{0,80}/gi, '');
    // "The arrest comes a week after two persons were shot dead": the earlier event it follows.
    previous = goesOn || /\b(?:comes|came)\b[^.;]{0,40}\bafter\b/i.test(told) || /\b(since|so far|this year|in total|to date|over the past|in recent (years|months)|last (year|month)|earlier this (year|month)|in (19|20)\d\d)\b/i.test(told) || MONTHS_SPAN.test(told) || olderYear({ ...sentence, text: told });
    return previous;
  });
  // The counts a toll adds up ("eight gunmen and one soldier were killed"): "one soldier" said again elsewhere is part of it.
  const sums = sentences.map((sentence, i) => (background[i] ? null : SUM_OF_DEAD.exec(sentence.text)));
  const partsOfToll = new Set(sums.flatMap((sum) => (sum ? countsOfSum(sum) : [])).filter((n) => n !== undefined));
  for (const [i, sentence] of sentences.entries()) {
    if (background[i]) continue;
    const sum = sums[i] ?? null;
    const parts = sum ? countsOfSum(sum) : [];
    const summed = sum && parts.every((n) => n !== undefined && n > 0) && !earlierThanIncident(sentence, sentence.start + sum.index) ? sum : null;
    if (summed) {
      const total = parts[0]! + parts[1]!;
      if (!lowest || total < lowest.fatalities) lowest = { fatalities: total, fatalitiesText: summed[0] };
    }
    for (const pattern of FATALITY_PATTERNS) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(sentence.text)) !== null) {
        const numberWord = match[1]!;
        const value = toNumber(numberWord);
        // A count already added into the toll it is part of.
        if (summed && match.index + match[0].indexOf(numberWord) < summed.index + summed[0].length && match.index + match[0].length > summed.index) continue;
        if (value !== undefined && partsOfToll.has(value)) continue;
        if (value === undefined || value === 0 || value > 100_000) continue;
        if (earlierThanIncident(sentence, sentence.start + match.index)) continue;
        if (/^(19|20)\d\d$/.test(numberWord)) continue;
        // "10 members of the same family", "including two children", "whose two sons": part of a toll.
        const before = sentence.text.slice(0, match.index + match[0].indexOf(numberWord));
        const from = sentence.text.slice(before.length, match.index + match[0].length + 30);
        const after = sentence.text.slice(match.index + match[0].length);
        if (/^\S+\s+(members|of them|relatives)\b/i.test(from) || /\b(whose|including|among them|among whom)\b/i.test(sentence.text.slice(Math.max(0, match.index - 40), before.length))) continue;
        // "Three of the dead were soldiers", "two of the wounded died later": a part of the toll, or more to it.
        if (/^\S+\s+of\s+(?:the|those|these)\b/i.test(from)) continue;
        // "the dead included seven militiamen and four soldiers", "16 fighters were killed on their side": the toll by side.
        if (/\b(?:the dead|those killed|the victims)\s+(?:were|included|include|are)\b/i.test(before) || /^[^.;]{0,20}\b(?:on (?:their|its|our|his) (?:own )?side|of (?:their|its) own)\b/i.test(after)) continue;
        // "No one was killed".
        if (/\bno\s*$/i.test(before)) continue;
        const qualifier = /(at least|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|a total of)\s+$/i.exec(before);
        const written = (qualifier ? qualifier[1] + ' ' : '') + numberWord;
        // "kill dozens" in the headline, "at least 34" in the lead: a figure beats a word for many.
        // "Two died on the spot" (and a third in hospital): the first deaths, not the toll; kept only when no toll is given.
        const vague = VAGUE_NUMBERS.test(numberWord) || /^\s*(?:on the spot|at the scene|instantly|on impact)\b/i.test(after);
        if (vague) {
          if (!vagueLowest || value < vagueLowest.fatalities) vagueLowest = { fatalities: value, fatalitiesText: written };
        } else if (!lowest || value < lowest.fatalities) lowest = { fatalities: value, fatalitiesText: written };
      }
    }
    if (!someoneKilled) {
      const single = /\b((?:has|have|had) been killed|was killed|were killed|killing of \p{Lu}[\p{L}-]+|assassinat(ed|ion)|['’]s death|death of \p{Lu}[\p{L}-]+|shot dead|was slain|lynched|died in (?:police |military )?(?:custody|detention)|died (?:of|from) (?:his|her|their) (?:wounds|injuries)|(?:beat|beaten|beating|stabbed|stabbing|hacked|hacking|burned|burnt|stoned|stoning|tortured|torturing|clubbed)\b[^.;]{0,60}\bto death)\b/u.exec(sentence.text);
      if (single && !/\bno one\b|\bnobody\b|\bno (deaths|casualties|fatalities)\b/i.test(sentence.text) && !earlierThanIncident(sentence, sentence.start + single.index)) {
        someoneKilled = single[0];
      }
    }
  }
  if (lowest) return lowest;
  if (vagueLowest) return vagueLowest;
  if (someoneKilled) return { fatalities: 1, fatalitiesText: someoneKilled };
  return { fatalities: 0 };
}

// ---------------------------------------------------------------- the whole incident

// People who gather: their demands on a day are their protest's ("a teachers' union" is a body).
const CROWD_SUBJECT = /\b(?:protest[eo]rs|demonstrators|marchers|crowds?|students|workers|teachers|residents|villagers|farmers|traders|thousands|hundreds|families|women|mothers|relatives)\b(?!['’])/i;

// The dateline's place: the first words of a line, in capitals, before a comma, a bracket or a dash.
const DATELINE_PLACE = /^[\p{Lu}\p{M}\s.'’-]+$/u;

// The whole dateline: "DEIR AL-BALAH, Gaza Strip (AP) —", "MAIDUGURI, Nigeria, June 22 (Reuters) -".
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}\s.'’-]*\p{Lu}(?:,[^—–\n]{0,60}?)?(?:\s*\([^)\n]{1,40}\))?\s+[—–-]\s/u;

/** Whether a date is the one of the dateline opening its line: the day the story was filed. */
function inDateline(text: string, date: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const dateline = datelineDate(text.slice(lineStart, lineStart + 120));
  const at = dateline ? lineStart + dateline.index : -1;
  // "RAMALLAH, Thursday, March 12, 2026 (WAFA) –": the date read with its weekday covers the dateline's.
  return !!dateline && date.start < at + dateline.text.length && date.end > at;
}

/** Whether a place's mention is the dateline's, where the story was filed rather than where it happened. */
function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, start)) && DATELINE_PLACE.test(text.slice(start, end)) && /^\s*[,(—–-]/.test(text.slice(end, end + 3))) return true;
  const dateline = DATELINE.exec(text.slice(lineStart, lineStart + 120));
  return !!dateline && end <= lineStart + dateline[0].length;
}

const LOCATIVE = /\b(?:in|near|at|outside|around|across|inside|on|of|into|toward|towards|between|and|to|through|throughout)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?$/iu;
// "the village of Shaqra" names the incident's place; "a village near El Fasher" only says where it lies.
const NAMED_PLACE = /\b(?:village|town|district|neighbou?rhood|camp|area|locality|settlement|suburb) of\s+$/i;
// "south-west of Kirkuk", "15 kilometres west of Qamishli", "between Qamishli and Amuda", "a town that faces the
// Colombian city of Arauca": a town the incident is placed from.
const NEAR_PLACE = /\b(?:(?:village|town|area|camp|settlement|site|locality)\s+(?:\p{Ll}+\s+)?(?:near|outside|close to)\s+(?:the\s+)?(?:(?:town|city) of\s+)?|(?:suburbs|outskirts|environs|region|surroundings) of\s+|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:town|city) of\s+)?|\bbetween\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]+\s+(?:\p{Lu}[\p{L}-]+\s+)*and\s+)?|\b(?:faces|facing|opposite|across from)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:(?:town|city) of\s+)?)$/iu;

// Where an incident happened, most precise first: the town or district the text gives beats a site
// inside it ("a market in El Obeid" is placed in El Obeid), which beats a province or a country.
const INCIDENT_PRECISION: Record<ExtractedPlace['kind'], number> = { city: 5, admin2: 4, site: 3, admin1: 2, region: 1, country: 0 };

export function readIncident(
  text: string,
  sentences: Sentence[],
  places: ExtractedPlace[],
  dates: DatedText[],
  publishedAt: Date,
  mainCountry: string | undefined,
): ExtractedIncident {
  const subType = classifyIncident(sentences);
  const type = eventTypeOf(subType) ?? 'strategic-developments';
  const weights = sentences.map((s) => cueWeight(s.text, subType));
  const sentenceOf = (offset: number) => sentences.findIndex((s) => offset >= s.start && offset < s.end);

  // The date: the one in the sentence that says most about the incident, not after publication.
  const published = publishedAt.toISOString().slice(0, 10);
  // A day the text gives for the incident itself beats the day someone reported it ("said on Saturday").
  // "said in a statement on Wednesday", "claimed responsibility on Wednesday", and the dateline's date ("QUITO, March 28 (Reuters) -"): the day it was told.
  // The words just before a date, where what it dates is told ("said on", "was reached late").
  const wordsBefore = (d: DatedText) => text.slice(Math.max(0, d.start - 80), d.start);
  const reported = (candidate: DatedText) =>
    // "a communiqué ... read on Télé Tchad on Thursday evening": the day it was read out or aired; "published the
    // communique below on Monday evening", "made public on Friday the following statement": the day it was published.
    // "informed this Tuesday the Joint Command", "welcomed on Wednesday the agreement": the day of the word or the reaction.
    /\b(said|says|announced|reported|informed|confirmed|added|stated|denounced|condemned|welcomed|claimed responsibility|given|released|issued|published|made public|told [\p{L} ]{1,30}|(?:read|broadcast|aired)(?:\s+out)?\s+(?:on|over)\s+[\p{L}'’ -]{1,30}|(?:published|issued|released)\s+(?:the|a|an|its|their)\s+(?:\p{L}+\s+)?(?:statement|communiqu[eé]|press release|report)(?:\s+below)?)(?:\s+(?:in|at|during|on)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|post|interview|briefing|conference|message|video|communique|communiqué)(?:\s+(?:on\s+\p{Lu}\p{L}*|to\s+[\p{L} ]{1,30}))?)?(?:\s+on)?\s*$/iu.test(
      wordsBefore(candidate),
    ) ||
    inDateline(text, candidate) ||
    // "the General Staff reported on Sunday evening, 7 June": the date after the reported weekday is that day too.
    /\b(?:said|says|announced|reported|confirmed|stated)\s+(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?,\s*$/u.test(wordsBefore(candidate)) ||
    // "The group published the statement on Monday, 20 July": the day a statement or report came out.
    /\b(?:published|issued|released|posted|put out)\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|report|communiqu[eé]|video|findings|appeal)\s+(?:late\s+|early\s+)?(?:on\s+)?$/iu.test(wordsBefore(candidate)) ||
    // "according to a statement issued by the Uganda Police Force on Monday": the day it came out, whoever issued it.
    /\b(?:statement|communiqu[eé]|press release|report)\s+(?:issued|released|published|put out)\s+by\s+(?:[\p{L}'’.()-]+\s+){1,8}?(?:late\s+|early\s+)?(?:on\s+)?$/iu.test(wordsBefore(candidate)) ||
    // "who confirmed the arrests to the Daily Graphic in Bolgatanga on Monday": the day it was confirmed.
    /\b(?:confirmed|announced|disclosed|revealed)\s+(?:the\s+)?(?:arrests?|detentions?|news)\s+to\s+[^.;"“”]{0,60}$/iu.test(wordsBefore(candidate)) ||
    // "In a communiqué dated 9 November": the day a statement bears.
    /\b(?:statement|communiqu[eé]|press release|letter|report)\s+dated\s+$/iu.test(wordsBefore(candidate)) ||
    // "put the toll at 24 in a statement on Monday": the day of the statement, whatever verb came before.
    // "said in a statement posted on X on Wednesday": where it was posted as well.
    /\bin (?:a|an|its|their|his|her) (?:[\p{L}-]+\s+){0,2}?(?:statement|post|briefing|communiqu[eé]|press conference|video|message)\s+(?:(?:posted|published|shared|released) (?:on|to|via) \p{Lu}[\p{L}]*\s+)?(?:late |early )?(?:on\s+)?$/iu.test(wordsBefore(candidate)) ||
    // "The government on Sunday evening confirmed the death of 37 civilians in the attack carried out on Friday".
    // "The Ministry of Defence on Tuesday evening issued the following communiqué".
    /^\s*(?:morning|afternoon|evening|night)?\s*,?\s*(?:said|says|confirmed|announced|reported|stated|told|issued|released|published|posted)\b/i.test(text.slice(candidate.end, candidate.end + 40)) ||
    // "A rights organisation on Thursday demanded the whereabouts of a man taken earlier this week": a body's appeal
    // is told on its day; a crowd that demands on a day protests that day ("Protesters on Thursday demanded").
    (/^\s*(?:morning|afternoon|evening|night)?\s*,?\s*(?:demanded|called (?:for|on)|urged|condemned|denounced|appealed)\b/i.test(text.slice(candidate.end, candidate.end + 40)) &&
      !CROWD_SUBJECT.test(text.slice(Math.max(0, text.lastIndexOf('\n', candidate.start) + 1, candidate.start - 120), candidate.start)));
  // "The assault took place in the early hours of Thursday, Oct. 22": the text dating the incident in so many words.
  // "The agreement was reached late Wednesday": an agreement dated in so many words.
  const happenedOn = (candidate: DatedText) =>
    /\b(?:agreement|deal|ceasefire|truce|accord|protocol)\s+was\s+(?:reached|signed|agreed|concluded)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i.test(wordsBefore(candidate)) ||
    // "The find was made on 25 May", "The arrests were made in the early hours of Sunday".
    /\b(?:find|discovery|seizure|arrests?|detentions?)\s+(?:was|were)\s+made\s+(?:(?:on|in|at|during)\s+(?:the\s+)?(?:[\p{Ll}\s]{0,30}\s)?)?$/iu.test(wordsBefore(candidate)) ||
    /\b(?:attack|assault|ambush|raid|bombing|blast|explosion|strike|shooting|killings?|massacre|abduction|kidnapping|clash(?:es)?|fighting|incident)\s+(?:took place|happened|occurred|was carried out)\s+(?:[\p{Ll}\s]{0,30}\s)?(?:on|in|at|during|shortly after|just after)\s+(?:the\s+)?(?:[\p{Ll}\s]{0,30}\s)?$/iu.test(
      wordsBefore(candidate),
    );
  const usable = dates.filter((d) => d.date <= published.slice(0, d.date.length));
  const weightOf = (d: DatedText) => {
    const index = sentenceOf(d.start);
    return index >= 0 ? weights[index]! : 0;
  };
  // "warriors who had raided Panyangara Sub-county last Thursday": a relative clause in the past perfect tells what
  // came before the incident (not "troops had taken the town on Saturday", the incident reported).
  const pastPerfect = (d: DatedText) =>
    /\b(?:who|which|that)\s+had\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|ught|ook|ew|ade)\b(?:\s+(?!(?:was|were|is|are|has|have)\b)[\p{L}'’-]+){0,4}\s*$/u.test(
      wordsBefore(d),
    );
  // "Dozens of fighters stormed Surab on the evening of August 1": when forces regain a town, the day it was lost is
  // what came before.
  const lostBefore = (d: DatedText) => {
    if (subType !== 'government-regains-territory') return false;
    const sentence = sentences[sentenceOf(d.start)]?.text ?? '';
    // Not 'Soldiers "cleared and took full control" of Indaw on Saturday, ... weapons seized': the retaking itself.
    return /\b(?:stormed|overran|overrun|seized|captured|fell to)\b/i.test(sentence) && !tellsRetaking(sentence);
  };
  // "an operation launched on Tuesday 7 July ... regained full control of Mirebalais on Wednesday 8 July": the day an
  // operation began is not the day it took the town back.
  // "seized control of the town of Al-Qatrun ... on Monday morning ... The fighting began late on Sunday": so is the
  // day the fighting for a town began, when the text has told its taking.
  const launchedBefore = (d: DatedText) => {
    const retaking = subType === 'government-regains-territory';
    if (!retaking && subType !== 'non-state-actor-overtakes-territory') return false;
    const sentence = sentences[sentenceOf(d.start)];
    // "... regained full control of Far'a camp ... Three people were killed during the operation, which began at dawn on
    // Tuesday": the start of an operation whose retaking the text has told, in this sentence or before it.
    const soFar = text.slice(0, sentence?.end ?? 0);
    const takingTold = retaking ? regained(soFar) : TAKES_PLACE.test(soFar) || HEADLINE_SEIZES.test(sentences[0]?.text ?? '');
    return !!sentence && /\b(?:launched|began|started|begun)\s+(?:(?:at dawn|at daybreak|early|late|in the (?:early )?(?:morning|hours))\s+)?(?:on\s+)?$/i.test(wordsBefore(d)) && takingTold;
  };
  // "the arrest of three suspects in the killing of a young man who was shot dead ... on Saturday": for arrests, the
  // day of the crime they are held for came before.
  // "arrested 14 persons in connection with last Thursday's shooting", "It will be recalled that on Thursday, July 9,
  // unknown gunmen ... opened fire ..., killing two": so is a day told beside the crime, in a sentence that arrests no one.
  const crimeBefore = (d: DatedText) => {
    if (subType !== 'arrests') return false;
    const words = wordsBefore(d);
    const arrestsNoOne = (words: string) => !ARRESTED.test(words) && !/\b(?:nabbed|held|caught|picked up|detained|custody)\b/i.test(words);
    if (/\b(?:killed|shot dead|murdered|stabbed|kidnapped|abducted|robbed|attacked)\b/i.test(words) && arrestsNoOne(words)) return true;
    if (/\b(?:in connection with|in relation to|over)\s+(?:the\s+)?$/i.test(words)) return true;
    const sentence = sentences[sentenceOf(d.start)]?.text ?? '';
    return /\b(?:opened fire|shot dead|killing|murdered|gunned down|stabbed)\b/i.test(sentence) && arrestsNoOne(sentence);
  };
  // "agreed to a ceasefire ..., after a weekend shootout": the day of what came before.
  // "The arrests came two days after Rapid Action Battalion detained two suspects ... on Monday night": so is the day of
  // what the event "came after", and of what it "came as" or "amid" ("The strike came as Turkey pressed on with a wave
  // of attacks that began on Friday").
  const eventBefore = (d: DatedText) => {
    if (/\b(?:after|following)\s+(?:a|an|the|last)\s+$/i.test(wordsBefore(d))) return true;
    const sentence = sentences[sentenceOf(d.start)];
    return !!sentence && /\b(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?(?:after|as|amid)\b/i.test(text.slice(sentence.start, d.start));
  };
  const toldAll = usable.filter((d) => (d.precision === 'day' || d.precision === 'week') && !reported(d) && !pastPerfect(d) && !lostBefore(d) && !launchedBefore(d) && !crimeBefore(d) && !eventBefore(d) && weightOf(d) > 0);
  // News tells its incident within the week before it is published ("on Friday night"); a violent event dated
  // weeks or years earlier ("On February 20, gunmen abducted...", "in April 2023") is background when the
  // text also tells one of that week.
  const daysBefore = (d: DatedText) => (Date.parse(published) - Date.parse(d.date.length === 7 ? `${d.date}-01` : d.date)) / 86_400_000;
  const thisWeek = usable.filter((d) => d.precision === 'day' && daysBefore(d) <= 7 && !reported(d));
  const told = thisWeek.length > 0 ? toldAll.filter((d) => daysBefore(d) <= 7) : toldAll;
  // A day the text writes beats one counted from another ("overnight", "two days earlier"), and an incident is
  // dated by when it began, not by when it went on "until".
  // "continued into the early hours of Tuesday" is how long it went on, as "until Tuesday" is.
  const untilThen = (d: DatedText) => /\b(?:until|till|through|up to)\s+(?:late\s+|early\s+)?(?:on\s+)?$|\b(?:continued|went on|lasted|raged)\s+into\s+the\s+(?:early|small)\s+hours\s+of\s+$/i.test(text.slice(Math.max(0, d.start - 45), d.start));
  // "struck Kharkiv overnight" in the lead beats "On Sunday, a drone attack on Odesa" in the ninth sentence: a day
  // written far from a lead that dates the incident by inference tells another event.
  const leadInferred = new Set(told.filter((d) => d.inferred && sentenceOf(d.start) <= 1).map((d) => d.date));
  const written = told.filter((d) => !d.inferred && !untilThen(d) && !(leadInferred.size > 0 && !leadInferred.has(d.date) && sentenceOf(d.start) > 3));
  let date: DatedText | undefined;
  let dateScore = -Infinity;
  // With nothing told in an incident's sentence, a day the text says the event happened on still beats the report's.
  const datedInWords = (written.length > 0 || told.length > 0 ? written : usable.filter((d) => !reported(d))).filter(happenedOn);
  // Nothing told in an incident's sentence: a day the text writes beats the day it was reported ("said Monday").
  const unreported = usable.filter((d) => !reported(d) && d.precision === 'day' && daysBefore(d) <= 7 && !launchedBefore(d) && !crimeBefore(d) && !eventBefore(d));
  for (const candidate of datedInWords.length > 0 ? datedInWords : written.length > 0 ? written : told.length > 0 ? told : unreported.length > 0 ? unreported : usable) {
    if (thisWeek.length > 0 && daysBefore(candidate) > 7) continue;
    const precisionBonus =
      (reported(candidate) ? -6 : 0) + (candidate.precision === 'day' ? 8 : candidate.precision === 'week' ? 5 : candidate.precision === 'month' ? 2 : 0);
    // The lead tells the incident; later paragraphs bring background ("Last week, ...").
    const score = weightOf(candidate) * 3 + precisionBonus - Math.max(0, sentenceOf(candidate.start));
    if (score > dateScore) [date, dateScore] = [candidate, score];
  }
  // "Gunfights broke out on Friday ... By Sunday noon, the teams had cleared the ridge and the village": a town taken
  // back is dated by the day it was taken back, not by the fighting before.
  if (subType === 'government-regains-territory' && date) {
    const retaking = (d: DatedText) => tellsRetaking(sentences[sentenceOf(d.start)]?.text ?? '');
    const retaken = usable.filter((d) => d.precision === 'day' && !d.inferred && !reported(d) && !inDateline(text, d) && daysBefore(d) <= 7 && retaking(d));
    if (retaken.length > 0 && !retaking(date)) date = retaken[0]!;
  }
  // "seized from a road project last week", then "taken at gunpoint on Thursday 23 July": the day the text writes
  // inside the week the lead gives.
  if (date?.precision === 'week') {
    const weekStart = Date.parse(date.date);
    const inside = usable.filter((d) => d.precision === 'day' && !reported(d) && !pastPerfect(d) && Date.parse(d.date) >= weekStart && Date.parse(d.date) < weekStart + 7 * 86_400_000);
    if (inside.length > 0) date = inside.reduce((first, d) => (d.start < first.start ? d : first));
  }
  // The learned second look: every usable date, described by what the rules knew of it.
  const days = usable.filter((d) => d.precision === 'day').map((d) => d.date).sort();
  const candidates = usable.map((d) => {
    const index = sentenceOf(d.start);
    const facts = {
      rulePick: d === date,
      written: written.includes(d),
      told: told.includes(d),
      reported: reported(d),
      until: untilThen(d),
      sentence: index,
      weight: weightOf(d),
      daysBefore: daysBefore(d),
      earliest: d.precision === 'day' && d.date === days[0],
      latest: d.precision === 'day' && d.date === days[days.length - 1],
      repeated: usable.filter((o) => o.date === d.date).length,
    };
    return { date: d, features: dateFeatures(d, facts, text, index >= 0 ? sentences[index]!.text : '') };
  });
  date = reviewDate(candidates, date);
  const datePrecision: DatePrecision = date?.precision ?? 'day';

  // The place: the most precise one named where the incident is described.
  let location: ExtractedPlace | undefined;
  let locationScore = -1;
  // What the rules learn of each place on the way, for the learned second look.
  const seen = new Map<ExtractedPlace, PlaceSeen>();
  // A town the gazetteer knows only in a country the story never names ("Fatehpur" in India, in a story from
  // Bangladesh) is a namesake's reading: a place of the story's own country comes first.
  const countriesNamed = new Set(places.filter((p) => p.kind === 'country').map((p) => p.countryCode));
  // "the army has also carried out ground massacres, notably in the village of Karma in April 2023": a sentence of
  // another year tells another event's place (read once a sentence, for every place it names).
  const pastYear = sentences.map((sentence) => [...sentence.text.matchAll(/\b(?:in|since|of) (?:(?:early|mid-|late) )?(?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b/g)].some((m) => Number(m[1]) < publishedAt.getUTCFullYear()));
  for (const place of places) {
    const elsewhere = !!mainCountry && place.countryCode !== mainCountry && !countriesNamed.has(place.countryCode);
    const facts = { sentence: -1, weight: 0, locative: false, settlement: false, named: false, near: false, origin: false, headlineOnly: true, dateline: false, elsewhere };
    let best = { score: -Infinity, mention: place.mentions[0]! };
    for (const mention of place.mentions) {
      const index = sentenceOf(mention.start);
      const weight = index >= 0 ? weights[index]! : 0;
      if (index >= 0 && !sentences[index]!.isHeadline) facts.headlineOnly = false;
      // The dateline says where the story was filed; the incident's sentences say where it happened.
      if (isDateline(text, mention.start, mention.end)) {
        facts.dateline = true;
        continue;
      }
      if (weight === 0) continue;
      // The earliest sentence that tells the incident names its place; "arrived from X", "fled to the town of Y" name others.
      // "launched from the Afghan district of Khwahan": where the strike came from; "across the border from the northern
      // Israeli town of Metula": a landmark across the line.
      const origin = /\b(from|fled to|fleeing to|flee to|taken to|moved to|evacuated to|flown to)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:town|city|village|capital|district|province|region) of\s+)?$/iu.test(
        sentences[index]!.text.slice(0, mention.start - sentences[index]!.start),
      );
      const lead = sentences[index]!.text.slice(0, mention.start - sentences[index]!.start);
      // "in Lin Ta Lu village, in Sagaing township": the place after ", in" holds the one before it.
      // "Salama village in Lamu West": the place after "<village> in" holds the village.
      const named = NAMED_PLACE.test(lead) ? 10 : NEAR_PLACE.test(lead) ? -10 : /(?:,|\b(?:village|town|camp|neighbou?rhood|district))\s*in\s+(?:the\s+)?$/i.test(lead) ? -5 : 0;
      // "in Saravena", "near Afgoye" place something; "the Arauca bombing", "Gaza's health ministry" only name it.
      // A headline's place is the story's in short; the body's incident sentences place it precisely.
      // "attacked Salama village": a settlement word after the name places it as well as "in" before it.
      const settlement = /^\s+(?:village|town|camp|neighbou?rhood)\b/i.test(text.slice(mention.end, mention.end + 20));
      const locative = LOCATIVE.test(lead);
      const placed = (locative || settlement ? 0 : -20) + (sentences[index]!.isHeadline ? -20 : 0);
      // "Across the border, Colombia's Defence Ministry said it had reinforced troops ... around the town of Inírida":
      // a place in another country, told well after the lead, is where others answered, not where it happened.
      const abroadLater = !!mainCountry && place.countryCode !== mainCountry && index > 5;
      const score = INCIDENT_PRECISION[place.kind] * 100 + Math.min(weight, 10) - 5 * index - (origin ? 150 : 0) - (elsewhere ? 150 : 0) - (pastYear[index] ? 300 : 0) - (abroadLater ? 300 : 0) + named + placed;
      if (facts.sentence < 0) facts.sentence = index;
      facts.weight = Math.max(facts.weight, weight);
      facts.locative ||= locative;
      facts.settlement ||= settlement;
      facts.named ||= named > 0;
      facts.near ||= named < 0;
      facts.origin ||= origin;
      if (score > best.score) best = { score, mention };
      if (score > locationScore) [location, locationScore] = [place, score];
    }
    seen.set(place, { score: best.score, mention: best.mention, facts });
  }
  // No town in the incident's sentences, only a country or a site ("marched through the Georgian capital",
  // "filled Rustaveli Avenue"): the dateline's town, when it is in that country, is the best guess left.
  if (!location || location.kind === 'country' || location.kind === 'site') {
    const country = location?.countryCode ?? mainCountry;
    const filedFrom = places.find((p) => p.kind !== 'country' && p.countryCode === country && p.mentions.some((m) => isDateline(text, m.start, m.end)));
    if (filedFrom) location = filedFrom;
  }
  if (!location) location = places.find((p) => p.kind === 'country' && p.countryCode === mainCountry) ?? places[0];
  location = reviewPlace(placeCandidates(text, seen, location, sentenceOf), location);

  return {
    type,
    subType,
    date: date?.date ?? published,
    datePrecision,
    ...(location ? { location: location.name, countryCode: location.countryCode } : mainCountry ? { countryCode: mainCountry } : {}),
    // A ceasefire or an arrest killed no one: the tolls its article gives are other events'.
    ...(subEventTypeKills(subType)
      ? readFatalities(sentences, { dates, incidentDate: date?.date ?? published, publishedYear: publishedAt.getUTCFullYear() })
      : { fatalities: 0 }),
  };
}

/** What the rules learnt of a place while choosing the incident's: their best score for it, that mention, the facts. */
type PlaceSeen = { score: number; mention: { start: number; end: number }; facts: Omit<PlaceFacts, 'rulePick' | 'rank' | 'insidePick' | 'besidePick'> };

/** Every place but a country, described for the learned second look at the incident's place. */
function placeCandidates(
  text: string,
  seen: Map<ExtractedPlace, PlaceSeen>,
  pick: ExtractedPlace | undefined,
  sentenceOf: (offset: number) => number,
) {
  const ranked = [...seen].filter(([place]) => place.kind !== 'country' || place === pick).sort((a, b) => b[1].score - a[1].score);
  const pickSentences = new Set(pick?.mentions.map((m) => sentenceOf(m.start)) ?? []);
  return ranked.map(([place, { mention, facts }], rank) => {
    // "Hazarganji market in Quetta", "Bè, in Lomé", "the Ilave bridge": a place written beside the pick, or named after it.
    const insidePick =
      !!pick &&
      place !== pick &&
      (place.name.toLowerCase().includes(pick.name.toLowerCase()) ||
        place.mentions.some((m) => pick.mentions.some((p) => p.start >= m.end && p.start - m.end <= 40 && /^[\s,]*(?:in|at|near|of|outside)?\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(m.end, p.start)))));
    const besidePick = !!pick && place !== pick && place.mentions.some((m) => pickSentences.has(sentenceOf(m.start)));
    const all: PlaceFacts = { ...facts, rulePick: place === pick, rank, insidePick, besidePick };
    return { place, features: placeFeatures(place, all, text, mention) };
  });
}
