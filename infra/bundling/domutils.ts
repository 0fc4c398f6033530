// Infra bundling stub: stands in for `domutils` in every Lambda bundle (an esbuild alias in
// constructs/treaty-function.ts). Once htmlparser2 is narrowed to its Parser (the other alias there),
// the only importer left is css-select, which spreads the whole module into its default adapter:
// the adapter it uses when the caller brings none. linkedom, its only caller, always passes its own,
// so domutils, dom-serializer and a third copy of entities' helpers would only be dead weight.
// If something starts using the default adapter, it fails loudly here.

const unavailable = (name: string) => (): never => {
  throw new Error(
    `domutils.${name} is not bundled: css-select's default adapter is unavailable in Treaty Watch ` +
      `functions (infra/bundling/domutils.ts)`,
  );
};

/** The adapter methods css-select would take from domutils (never called: linkedom passes its own adapter). */
export const existsOne = unavailable('existsOne');
export const findAll = unavailable('findAll');
export const findOne = unavailable('findOne');
export const getAttributeValue = unavailable('getAttributeValue');
export const getChildren = unavailable('getChildren');
export const getName = unavailable('getName');
export const getParent = unavailable('getParent');
export const getSiblings = unavailable('getSiblings');
export const getText = unavailable('getText');
export const hasAttrib = unavailable('hasAttrib');
export const prevElementSibling = unavailable('prevElementSibling');
export const removeSubsets = unavailable('removeSubsets');
