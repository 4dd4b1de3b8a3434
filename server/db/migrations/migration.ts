/** One numbered schema change. Its own file so that each migration and the list can both use it. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
