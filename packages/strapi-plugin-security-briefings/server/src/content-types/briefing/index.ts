import schema from './schema';

/**
 * Candidates for the same incident are looked up by event type and incident date first
 * (services/candidates.ts): one index on both listing fields keeps that lookup small at any archive size.
 * A briefing's duplicates are looked up by the briefing they were merged into, on every shelving (published/shelf.ts).
 */
const indexes = [
  { name: 'security_briefings_incident_idx', columns: ['event_type', 'incident_date'] },
  { name: 'security_briefings_merged_into_idx', columns: ['merged_into'] },
];

export default { schema: { ...schema, indexes } };
