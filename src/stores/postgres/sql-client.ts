/** The tiny query interface both PostgreSQL drivers (pg and PGlite) are adapted to, so they share one store. */
export interface SqlQueryable {
  query<R extends object>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface SqlClient extends SqlQueryable {
  /** Runs fn in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Where the store lives, for messages; never includes a password. */
  readonly where: string;
}
