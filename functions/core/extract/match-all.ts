/**
 * `[...text.matchAll(re)]` without its copy of the pattern: V8's matchAll builds and initialises a new RegExp on every
 * call (~5 % of an extraction pass). The same matches, from re.lastIndex, which is left as it was; re needs the g flag.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf: the pattern needs the g flag');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (!m[0]) re.lastIndex = m.index + (re.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  re.lastIndex = from;
  return out;
}

const made = new Map<string, RegExp>();
/**
 * `new RegExp(source, flags)` built once per source and flags, for patterns made from words of the text or catalogue
 * (an acronym, a name's word). With the g flag, use it through matchesOf, which leaves lastIndex at 0.
 */
export function patternOf(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = made.get(key);
  if (!re) {
    if (made.size >= 2000) made.clear();
    made.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}
