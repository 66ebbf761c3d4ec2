import schema from './schema';

/**
 * Candidates for the same incident are looked up by event type and incident date first
 * (services/candidates.ts): one index on both listing fields keeps that lookup small at any archive size.
 */
const indexes = [{ name: 'security_briefings_incident_idx', columns: ['event_type', 'incident_date'] }];

export default { schema: { ...schema, indexes } };
