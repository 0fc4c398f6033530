// A light language guess: script first (Cyrillic, Arabic, CJK …), then the share of each
// language's commonest words. Good enough to keep non-English articles away from the English
// extractor; not a general-purpose identifier.

const STOPWORDS: Record<string, string> = {
  en: 'the of and to in a is that for on with as was by it at from has have be are said this which not but an its were will been their after would also',
  fr: 'le la les de des du et en un une est que qui dans pour par sur au aux pas ne se ce il elle sont a été avec son sa ses plus leur cette',
  de: 'der die das und ist nicht zu den von mit sich des auf für im dem ein eine einer als auch es an wird wurde hat bei nach sind aus',
  es: 'el la los las de del y en un una que es por con para se no su al lo como más pero sus fue ha este esta según',
  it: 'il lo la gli le di del della e un una che è per non con si da dei delle al nel sono ha come anche più',
  pt: 'o a os as de do da dos das e um uma que é em no na para com não por se ao foi são mais como pelo pela',
  nl: 'de het een en van is dat in op te zijn met voor niet aan er ook als bij door wordt werd heeft naar',
};
const WORDS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list.split(' '))]));

const SCRIPTS: [RegExp, (text: string) => string][] = [
  [/\p{Script=Cyrillic}/gu, (t) => (/[іїєґІЇЄҐ]/u.test(t) ? 'uk' : 'ru')],
  [/\p{Script=Arabic}/gu, () => 'ar'],
  [/\p{Script=Hebrew}/gu, () => 'he'],
  [/\p{Script=Greek}/gu, () => 'el'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, () => 'ja'],
  [/\p{Script=Hangul}/gu, () => 'ko'],
  [/\p{Script=Han}/gu, () => 'zh'],
  [/\p{Script=Devanagari}/gu, () => 'hi'],
  [/\p{Script=Thai}/gu, () => 'th'],
];

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when the text is too short or unclear to tell. */
  language: string;
  /** Share of words that are English stopwords (0–1). */
  englishShare: number;
  words: number;
}

/** Fewer words than this and the guess is 'und' (treated as English: too little to judge). */
const MIN_WORDS = 12;

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 0) {
    for (const [pattern, name] of SCRIPTS) {
      const count = sample.match(pattern)?.length ?? 0;
      if (count / letters > 0.3) return { language: name(sample), englishShare: 0, words: 0 };
    }
  }
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const counts: Record<string, number> = {};
  for (const w of words) for (const lang in WORDS) if (WORDS[lang].has(w)) counts[lang] = (counts[lang] ?? 0) + 1;
  const share = (lang: string) => (words.length === 0 ? 0 : (counts[lang] ?? 0) / words.length);
  const englishShare = share('en');
  if (words.length < MIN_WORDS) return { language: 'und', englishShare, words: words.length };
  const best = Object.keys(WORDS).sort((a, b) => share(b) - share(a))[0];
  if (share(best) < 0.05) return { language: 'und', englishShare, words: words.length };
  return { language: best, englishShare, words: words.length };
}

/** English, or too little text to say otherwise: these go to the English extractor. */
export function isEnglishEnough(guess: LanguageGuess): boolean {
  return guess.language === 'en' || guess.language === 'und';
}
