import { expect } from 'vitest';
import { loadFactBase } from '../../../functions/adapters/fact-files';
import { buildGazetteer, extractClaims } from '../../../functions/core/extract/index';
import type { Claim } from '../../../functions/core/model';
import { catalogueIdOfName } from '../../../local/extract-score';

export const gz = buildGazetteer(loadFactBase());

/** Extract from a small text published on a given day (header already stripped). */
export function extract(body: string, published?: string, title?: string) {
  return extractClaims({ body, published, title }, gz);
}
/** Compact "STATE treaty action date role" strings, sorted, for readable assertions. */
export function brief(claims: Claim[]): string[] {
  return claims.map((c) => `${c.state} ${c.treaty} ${c.action} ${c.date} ${c.role}`).sort();
}
export const triples = (claims: Claim[]) => claims.map((c) => `${c.state} ${c.treaty} ${c.action}`).sort();
/** Asserts the catalogue id each label name scores under (null: the name stays provisional), name by name. */
export function expectLabelIds(table: ReadonlyArray<readonly [name: string, id: string | null]>) {
  for (const [name, id] of table) expect(catalogueIdOfName(name, gz), name).toBe(id);
}
