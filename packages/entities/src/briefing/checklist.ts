import type { Problem } from './validation';

/**
 * What a briefing needs before it is published. The server refuses to publish without it and the
 * admin lists what is still missing, from this one rule.
 */
export type ChecklistKey = 'incident-date' | 'place' | 'source' | 'quotes-attributed' | 'marking';

export interface ChecklistItem {
  key: ChecklistKey;
  /** The field to fill, as the CMS's forms address it: ["incident", "date"], ["quotes", 1, "speaker"]. */
  path: (string | number)[];
  /** The same path written with dots. */
  field: string;
  done: boolean;
  /** What to do, in an editor's words; the same sentence the server answers with. */
  message: string;
}

export const CHECKLIST_MESSAGES: Record<ChecklistKey, string> = {
  'incident-date': 'Give the date of the incident and how precise it is.',
  place: 'Choose the place of the incident.',
  source: 'Add at least one source.',
  'quotes-attributed': 'Attribute every quote to its speaker.',
  marking: 'Choose a TLP marking.',
};

const isBlank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '');

/**
 * Whether a link to another record (a place, a speaker) is set, whatever form it takes: a documentId,
 * an id, a populated record, Strapi's `{ connect, disconnect }` or a `{ count }` from the Content Manager.
 */
export function isLinked(value: unknown): boolean {
  if (isBlank(value)) return false;
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(isLinked);
  if (typeof value !== 'object') return false;
  const link = value as Record<string, unknown>;
  if ('connect' in link || 'disconnect' in link || 'set' in link) {
    const list = (key: string) => (Array.isArray(link[key]) ? (link[key] as unknown[]) : []);
    return list('connect').length > 0 || list('set').length > 0;
  }
  if (typeof link.count === 'number') return link.count > 0;
  return !isBlank(link.documentId) || !isBlank(link.id);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const item = (key: ChecklistKey, path: (string | number)[], done: boolean): ChecklistItem => ({
  key,
  path,
  field: path.join('.'),
  done,
  message: CHECKLIST_MESSAGES[key],
});

/** Every publication requirement, in the order of the form, each done or not. */
export function briefingChecklist(briefing: unknown): ChecklistItem[] {
  const doc = asRecord(briefing);
  const incident = asRecord(doc.incident);
  const quotes = asList(doc.quotes);
  const unattributed = quotes.findIndex((quote) => !isLinked(asRecord(quote).speaker));
  const hasDate = !isBlank(incident.date);
  return [
    item('marking', ['marking'], !isBlank(doc.marking)),
    item('incident-date', hasDate ? ['incident', 'datePrecision'] : ['incident', 'date'], hasDate && !isBlank(incident.datePrecision)),
    item('place', ['incident', 'place'], isLinked(incident.place)),
    item('quotes-attributed', unattributed >= 0 ? ['quotes', unattributed, 'speaker'] : ['quotes'], unattributed < 0),
    item('source', ['sources'], asList(doc.sources).length > 0),
  ];
}

/** What stops a briefing from being published, one problem per field (each unattributed quote on its own). */
export function publicationProblems(briefing: unknown): Problem[] {
  const quotes = asList(asRecord(briefing).quotes);
  return briefingChecklist(briefing)
    .filter((entry) => !entry.done)
    .flatMap((entry) => {
      if (entry.key !== 'quotes-attributed') return [{ path: entry.path, field: entry.field, message: entry.message }];
      return quotes.flatMap((quote, index) =>
        isLinked(asRecord(quote).speaker)
          ? []
          : [{ path: ['quotes', index, 'speaker'], field: `quotes.${index}.speaker`, message: entry.message }],
      );
    });
}
