/** Types for postgres-server.js (the test tooling's way to the PostgreSQL server). */
export declare function postgresServer(): { host: string; port: number; user: string; password: string };
export declare function onPostgres<Row = Record<string, unknown>>(sql: string, database?: string): Promise<Row[]>;
/** Drops a database of ours, ending our own role's leftover connections first. */
export declare function dropPostgresDatabase(name: string, attempts?: number): Promise<void>;
