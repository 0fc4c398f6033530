// Boilerplate removal: captions, credits, link teasers, share prompts, newsletter plugs.

// Whole lines that are page furniture rather than reporting.
const DROP_LINE = new RegExp(
  [
    '^(?:photo|photos|image|picture|video|caption|credit|file photo)\\b\\s*[:|(]',
    "^(?:read also|read more|see also|also read|related(?: article| coverage| story| stories| news)?|more from [^:]{1,40}|most read(?: today)?|further reading|recommended|trending|more on this|you may also like|editor's picks?|watch)\\s*[:|]",
    '^original (?:url|article|link)\\b',
    '^tags?\\s*:',
    '^(?:share|print|subscribe|sign up|follow|comments?\\s*\\(\\d+\\)|copy link|advertisement|sponsored)\\b',
    '^(?:https?:\\/\\/|www\\.)\\S+$',
    '^by\\s+[^.]{1,60}$',
    '^this (?:story|article) has been updated\\b',
    '^what do you think\\??',
    '^[—–-]\\s*(?:reporting|additional reporting|writing|editing)\\b',
    '^(?:[a-z]{2}\\s+){1,4}[a-z]{2}$', // language switchers: "ua en ru"
  ].join('|'),
  'i',
);
// Trailing prompts anywhere in a line ("Share this article: Facebook | X").
// "sign up to" is also colloquial for joining a treaty ("the latest nation to sign up to the TPNW"): only a plug counts.
const PROMPT =
  /\b(?:share (?:this|on)|subscribe to|sign up (?:for|to) (?:our|the|free|daily|weekly|[A-Z])[^.]{0,40}?\b(?:newsletters?|alerts?|updates|briefings?|digests?|e-?mails?)\b|follow [A-Z][\w ]{0,40} on (?:whatsapp|telegram|x|twitter|facebook)|join the conversation|newsletter)\b/i;
const SOCIAL = /(?:facebook|twitter|\bx\b|linkedin|telegram|whatsapp|email|print|copy link)\s*(?:[|·•]|$)/i;
// Photo credits and agency captions: "... REUTERS / Name", "EPA/NAME", "(Getty Images)", "Photo: X / file".
const CREDIT =
  /(?:\b(?:REUTERS|EPA|AFP|AP Photo|Getty Images|Handout|Anadolu|Shutterstock)\b\s*[/|)]|\bEPA\/|\/\s*(?:AFP|REUTERS|EPA)\b|\bPhoto:\s|\(\s*[^()]{0,40}\/\s*file\s*\)|^epa\d+)/;

const TRAILING_CREDIT =
  /[.!?"]\s*\((?:[^()]{0,40}\b(?:REUTERS|EPA|AFP|AP Photo|Getty Images|Anadolu)\b[^()]{0,40})\)(?:\s*\([^()]{0,40}\))?\s*$/i;

// A wire dateline that opens a report ("ASTANA, Kazakhstan (AFP) - The parliament ..."): news, not a credit.
const AGENCY_DATELINE = /^[\p{Lu}][\p{L} .,'-]{1,40}\((?:AFP|REUTERS|EPA|Anadolu)\)\s*[-\u2013\u2014]\s*\S/u;

function isBoilerplate(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (DROP_LINE.test(t)) return true;
  // A long paragraph that ends with an agency credit ("... the convention. (AFP)") is news with a credit, not a caption.
  if (CREDIT.test(t) && !(t.length > 250 && TRAILING_CREDIT.test(t)) && !AGENCY_DATELINE.test(t)) return true;
  if (t.length < 200 && PROMPT.test(t)) return true;
  if ((t.match(/[|·•]/g)?.length ?? 0) >= 2 && SOCIAL.test(t)) return true;
  return false;
}

// Typography: one form of each quote, hyphen and space, so that every rule after this reads "hasn't", "the
// country's" and "pro-Russian" whatever the outlet's CMS typed. En and em dashes stay: they separate clauses.
const TYPO: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g, '"'],
  [/[\u2010\u2011\u2012\u2043\u2212\uFE63\uFF0D]/g, '-'],
  [/[\u2015\u2E3A\u2E3B]/g, '\u2014'],
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g, ' '],
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''],
  [/\u2028|\u2029|\u0085/g, '\n'],
];
const CAPS_DATE_WORD =
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b(?=\.?\s*\d|,?\s+(?:\d|[A-Z][a-z]))/g;
// No replacement is in a later class: one scan with a character map does what the passes in turn do.
const TYPO_ANY = new RegExp(TYPO.map(([re]) => re.source).join('|'), 'g');
const TYPO_TO = new Map<string, string>();
for (const [re, to] of TYPO)
  for (const [, a, b] of re.source.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/g))
    for (let c = Number.parseInt(a, 16); c <= Number.parseInt(b ?? a, 16); c++)
      if (!TYPO_TO.has(String.fromCharCode(c))) TYPO_TO.set(String.fromCharCode(c), to);
for (const c of '\t\v\f') TYPO_TO.set(c, ' ');
/** Normalise quotes, apostrophes, hyphens and spaces (also used for titles). */
export function normaliseTypography(text: string): string {
  const out = text.replace(TYPO_ANY, (c) => TYPO_TO.get(c)!);
  // Datelines in capitals ("KYIV, JUNE 3"): month and weekday names read like any others.
  return out.replace(CAPS_DATE_WORD, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

const SPACING = /\t| {2}/;
// An elision mark between lower-case words ("a decree... signed by") leaves words out of a quoted sentence: the
// sentence goes on, and the words on both sides are one clause for every rule after this.
const ELISION = /(?<=[a-z,;])\s*(?:\.{3}|\u2026)\s*(?=[a-z])/g;
const GLUED_PROMPT = /Share this (?:article|story)|Subscribe to/i;
// Words glued by a scraper that dropped the space or the markup between them ("the US-ledTrans-Pacific Partnership",
// "ratified theParis Agreement", "under the rulesCommenting on"): a run of two or more lower-case letters that
// begins a word (or follows its hyphen) and runs straight into a capital is two words. A single lower-case letter
// before the capital is a spelling ("eSwatini", "iPhone"), a capitalised run a brand ("WordPress"); addresses,
// handles and tags ("/newsId", "@unGeneva", "#theTreaty") are not prose.
const GLUED = /(?<![\p{L}\p{N}_/@#.=&?])([a-z]{2,})(?=[A-Z][\p{L}\d])/gu;
const HAS_GLUE = /[a-z][A-Z]/;
/** Split words glued without a space: a lower-case word run straight into a capitalised one. */
export function splitGluedWords(line: string): string {
  return HAS_GLUE.test(line) ? line.replace(GLUED, '$1 ') : line;
}
/** Remove page boilerplate; keeps paragraph breaks so sentences never span paragraphs. */
export function cleanText(body: string): string {
  const lines = normaliseTypography(body).replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let line of lines) {
    line = line
      .replace(/^#{1,6}\s*/, '') // markdown headings
      .replace(/\*\*|__/g, '')
      .replace(/^\s*[-*•]\s+/, '') // bullets
      .replace(/^updated(?=[A-Z])/, ''); // "updatedPresident ..." glued CMS label
    // (Tested first: most lines have no run of blanks and no prompt, and a replace would copy or scan them in vain.)
    if (SPACING.test(line)) line = line.replace(/[ \t]+/g, ' ');
    line = line.trim();
    if (isBoilerplate(line)) continue;
    if (line.includes('...') || line.includes('\u2026')) line = line.replace(ELISION, ' ');
    line = splitGluedWords(line);
    // Trailing site prompt glued after a sentence.
    if (GLUED_PROMPT.test(line)) {
      line = line.replace(/\s*(?:Share this (?:article|story)|Subscribe to)\b.*$/i, (m) =>
        /[.!?]$/.test(line.slice(0, line.length - m.length)) ? '' : m,
      );
    }
    out.push(line);
  }
  return unwrapLines(out)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Hard-wrapped text (wire copy, plain-text archives: every line cut near a fixed width) breaks names and sentences
// across lines ("the International Covenant on Economic, Social" / "and Cultural Rights"). Such a text is known by
// its lines: nearly all of a fair length stay under a width, and many end inside a sentence. Its lines are joined
// (the splitter finds the sentences); other texts, whose paragraphs are lines, are left as they are.
const WRAP_WIDTH = 90;
const WRAP_MIN = 35;
const ENDS_SENTENCE = /[.!?:;"')\]]$/;
function unwrapLines(lines: string[]): string[] {
  const long = lines.filter((l) => l.length >= WRAP_MIN);
  if (long.length < 6) return lines;
  let under = 0;
  let open = 0;
  lines.forEach((l, i) => {
    if (l.length < WRAP_MIN) return;
    if (l.length <= WRAP_WIDTH) under++;
    if (l.length <= WRAP_WIDTH && !ENDS_SENTENCE.test(l) && lines[i + 1]) open++;
  });
  if (under < 0.9 * long.length || open < 3 || open < 0.3 * long.length) return lines;
  const joined: string[] = [];
  let para = '';
  for (const l of lines) {
    if (!l) {
      if (para) joined.push(para);
      joined.push('');
      para = '';
    } else para = para ? `${para} ${l}` : l;
  }
  if (para) joined.push(para);
  return joined;
}
