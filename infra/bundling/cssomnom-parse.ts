// Infra bundling stub: stands in for `cssomnom/parse` in every Lambda bundle (an esbuild alias in
// constructs/treaty-function.ts). linkedom imports it for one thing only, the lazy
// `HTMLStyleElement.sheet` getter; neither Readability nor our code reads `.sheet`, so the
// 195 KB CSS object model never runs. If something starts reading it, it fails loudly here.

/** Replaces cssomnom's parse(): never called by the handlers (see infra/README.md, "Bundle sizes"). */
export function parse(_css?: string): never {
  throw new Error(
    'CSSOM (cssomnom) is not bundled: HTMLStyleElement.sheet is unavailable in Treaty Watch functions ' +
      '(infra/bundling/cssomnom-parse.ts)',
  );
}
