/**
 * The part each actor plays in the incident, in the briefing's actor-role vocabulary, where a
 * clause of the text gives one: "X attacked", "an operation by X" (perpetrator), "X claimed
 * responsibility" (claimant), "the killing of X" (victim), "an attack on X" (target), "in
 * coordination with X" (associated), "announced by X" (announcer), a speaker (commentator, or
 * announcer in the lead). None when the text gives none: the editor decides.
 */
import type { ActorRole, Certainty } from '../vocabularies';
import type { Article } from './article';
import type { SentenceIndex } from './evidence';
import { clauseBefore, type Speech } from './sources';
import type { ExtractedActor, Mention } from './types';

export interface FoundRole {
  role: ActorRole | null;
  certainty: Certainty | null;
  /** The mention the role was read from (the first mention when there is no role). */
  mention: Mention;
}

const HARM = String.raw`killed|kills|killing|attacked|attacks|attacking|struck|strikes|striking|bombed|bombing|shelled|shelling|shot|shooting|ambushed|ambushing|targeted|targeting|kidnapped|kidnapping|abducted|abducting|arrested|arresting|detained|detaining|assassinated|executed|stormed|storming|raided|raiding|seized|seizing|captured|capturing|overran|overrunning|torched|burned|fired on|opened fire on`;
// Between the actor and its verb: an acronym, "'s fighters", an appositive, an auxiliary.
const ACTOR_TAIL = String.raw`^\)?(?:\s*\([^)]{1,20}\))?(?:['’]s?)?(?:\s+(?:forces|fighters|militants|troops|soldiers|gunmen|members|jets|warplanes|aircraft|drones?|artillery|units?|militiamen|rebels|men|police))?(?:\s*,[^,.;!?]{1,80},)?\s+(?:has\s+|have\s+|had\s+|reportedly\s+|allegedly\s+|also\s+|then\s+|later\s+|on\s+[A-Z][a-z]+day\s+)*`;

const AFTER: Array<[RegExp, ActorRole, Certainty | null]> = [
  [new RegExp(`${ACTOR_TAIL}(?:claimed|claims|claiming)\\s+(?:responsibility|credit)\\b`, 'i'), 'claimant', null],
  // "the army said it killed 20 militants": what an actor says it did is claimed.
  [new RegExp(`${ACTOR_TAIL}(?:said|says|announced|confirmed)\\s+(?:that\\s+)?(?:it|they|its\\s+\\w+|their\\s+\\w+)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:${HARM}|carried out|conducted|launched)\\b`, 'i'), 'perpetrator', 'claimed'],
  [new RegExp(`${ACTOR_TAIL}(?:is|are|was|were)\\s+(?:suspected|believed|blamed|accused)\\b`, 'i'), 'perpetrator', 'suspected'],
  [new RegExp(`${ACTOR_TAIL}(?:${HARM}|carried out|carries out|conducted|launched|detonated|took control|took over)\\b`, 'i'), 'perpetrator', null],
  [new RegExp(`${ACTOR_TAIL}(?:was|were|has been|have been|had been)\\s+(?:killed|wounded|injured|kidnapped|abducted|arrested|detained|shot|executed|assassinated|captured)\\b`, 'i'), 'victim', null],
  [new RegExp(`${ACTOR_TAIL}(?:was|were|has been|have been|had been)\\s+(?:targeted|attacked|hit|struck|bombed|shelled|ambushed|raided)\\b`, 'i'), 'target', null],
];

const BY = String.raw`\s+by\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?$`;
const BEFORE: Array<[RegExp, ActorRole, Certainty | null]> = [
  [new RegExp(`\\b(?:claimed|claim of responsibility)${BY}`, 'i'), 'claimant', null],
  [new RegExp(`\\b(?:blamed on|attributed to|suspected|alleged|accused)\\s+(?:the\\s+)?$`, 'i'), 'perpetrator', 'suspected'],
  [new RegExp(`\\b(?:${HARM}|carried out|conducted|launched|operation|attack|assault|offensive|airstrikes?|air strikes?|drone strikes?|raids?|ambush|bombing|shelling|killing|massacre)${BY}`, 'i'), 'perpetrator', null],
  [/\b(?:in coordination with|in cooperation with|in collaboration with|with the support of|with support from|supported by|backed by|alongside|together with|with help from|assisted by|aided by)\s+(?:the\s+)?$/i, 'associated', null],
  [/\b(?:announcement|announced|confirmed|disclosed|revealed)\b[^.;!?]{0,20}?\bby\s+(?:the\s+)?$/i, 'announcer', null],
  [/\b(?:killing|death|assassination|murder|execution|kidnapping|abduction|arrest|detention|capture)\s+of\s+(?:the\s+)?$/i, 'victim', null],
  [/\b(?:attacks?|strikes?|airstrikes?|air strikes?|drone strikes?|raids?|assault|offensive|operation|ambush|bombing|shelling)\s+(?:on|against|targeting)\s+(?:the\s+)?$/i, 'target', null],
  [/\b(?:targeted|targeting|attacked|attacking|ambushed|ambushing|bombed|shelled|struck)\s+(?:the\s+)?$/i, 'target', null],
  [/\b(?:killed|killing|assassinated|shot dead|executed|kidnapped|kidnapping|abducted|abducting|arrested|detained|wounded|injured)\s+(?:the\s+)?$/i, 'victim', null],
];

/** Roles the incident gives before those of who spoke about it. */
const STRENGTH: Record<ActorRole, number> = { perpetrator: 5, claimant: 5, victim: 5, target: 5, associated: 4, announcer: 2, commentator: 1, mentioned: 0 };

/** Victims are people; an organisation harmed is a target. */
const harmed = (role: ActorRole, actor: ExtractedActor): ActorRole => (role === 'victim' && actor.kind !== 'person' ? 'target' : role);

export function readRoles(article: Article, actors: ExtractedActor[], speakers: Map<ExtractedActor, Speech>, sentences: SentenceIndex): Map<ExtractedActor, FoundRole> {
  const { text } = article;
  const lead = sentences.lead();
  const roles = new Map<ExtractedActor, FoundRole>();
  for (const actor of actors) {
    let found: FoundRole | undefined;
    const consider = (role: ActorRole, certainty: Certainty | null, mention: Mention) => {
      if (!found || (found.role && STRENGTH[role] > STRENGTH[found.role])) found = { role, certainty, mention };
    };
    for (const mention of actor.mentions) {
      const sentence = sentences.at(mention.start);
      if (!sentence) continue;
      const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 160));
      const before = clauseBefore(text, sentence.start, mention, actor);
      const rule = AFTER.find(([pattern]) => pattern.test(after)) ?? BEFORE.find(([pattern]) => pattern.test(before));
      if (!rule) continue;
      const [, role, certainty] = rule;
      // "suspected X fighters attacked": a perpetrator the text only suspects.
      const suspected = role === 'perpetrator' && !certainty && /\b(?:suspected|alleged|presumed)\s+(?:the\s+)?$/i.test(before) ? 'suspected' : certainty;
      consider(harmed(role, actor), suspected, mention);
      if (STRENGTH[role] >= 5) break;
    }
    const speech = speakers.get(actor);
    // An outlet that reports is a source of the briefing, not a party to the event.
    if (speech && actor.kind !== 'media') {
      // Who the lead says told it made the event public; others who speak comment on it.
      const inLead = lead && speech.mention.start >= lead.start && speech.mention.start < lead.end;
      consider(inLead || /^(announced|confirmed)$/.test(speech.verb) ? 'announcer' : 'commentator', null, speech.mention);
    }
    roles.set(actor, found ?? { role: null, certainty: null, mention: actor.mentions[0] ?? { start: 0, end: 0 } });
  }
  return roles;
}
