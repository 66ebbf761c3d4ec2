import schema from './schema';

/** The directory's pages run in name order (services/directory.ts): an index on it lets a page stop at its 25 rows. */
const indexes = [{ name: 'security_briefings_places_name_idx', columns: ['name', 'id'] }];

export default { schema: { ...schema, indexes } };
