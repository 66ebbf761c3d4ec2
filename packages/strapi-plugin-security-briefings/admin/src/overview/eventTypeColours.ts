import type { EventType } from '@security-briefings/entities';

/**
 * One colour per ACLED event type on the map, the timeline and the table (Okabe-Ito palette,
 * distinguishable with the common colour-vision deficiencies).
 */
export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  battles: '#D55E00',
  'explosions-remote-violence': '#E69F00',
  'violence-against-civilians': '#CC79A7',
  protests: '#0072B2',
  riots: '#56B4E9',
  'strategic-developments': '#009E73',
};

/** Briefings whose incident has no event type yet. */
export const NO_EVENT_TYPE_COLOUR = '#8E8EA9';

export const colourOf = (eventType: EventType | null | undefined) => (eventType ? EVENT_TYPE_COLOURS[eventType] : NO_EVENT_TYPE_COLOUR);
