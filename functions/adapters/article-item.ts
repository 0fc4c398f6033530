// An article as the table holds it (a stored item, or a stream image once unmarshalled) read as
// the domain's article. Its own module, without article-store.ts's SDK imports: detect reads its
// stream images with it and uses nothing else of the store, and an import from an external
// package (the SDK) stays in a bundle whether its names are used or not.
import { ENTITY_ATTRIBUTE } from '#schema';
import type { StoredArticle } from '#core/records';

/** Strips storage attributes from an item (or a stream image) to the domain shape. */
export function toArticle(item: Record<string, unknown>): StoredArticle {
  const { pk: _pk, sk: _sk, [ENTITY_ATTRIBUTE]: _e, ...rest } = item;
  return rest as unknown as StoredArticle;
}
