import { describe, expect, it } from 'vitest';
import { detectLanguage, isEnglishEnough } from '#core/language';
import { FRENCH, WIRE } from './texts';

describe('language guess', () => {
  it('an English report is English', () => {
    expect(detectLanguage(WIRE).language).toBe('en');
  });

  it('a French report is French and not sent to the English extractor', () => {
    const guess = detectLanguage(FRENCH);
    expect(guess.language).toBe('fr');
    expect(isEnglishEnough(guess)).toBe(false);
  });

  it.each([
    [
      'de',
      'Das lettische Parlament hat am Freitag für den Austritt aus der Ottawa-Konvention gestimmt, ' +
        'die Antipersonenminen verbietet. Die Regierung sagt, dass die Bedrohung durch Russland zu groß sei und dass ' +
        'man sich nicht die Hände binden könne.',
    ],
    [
      'es',
      'El parlamento de Letonia votó el viernes a favor de retirarse de la Convención de Ottawa, ' +
        'que prohíbe las minas antipersona, según informó el gobierno. ' +
        'La decisión fue criticada por las organizaciones de derechos humanos por el riesgo para los civiles.',
    ],
    [
      'uk',
      'Верховна Рада України підтримала рішення про вихід з ' +
        'Оттавської конвенції про заборону протипіхотних мін. ' +
        'Президент підписав указ.',
    ],
    [
      'ru',
      'Парламент Латвии проголосовал за выход из Оттавской ' +
        'конвенции о запрете противопехотных мин. ' +
        'Решение поддержало большинство депутатов.',
    ],
  ])('%s text is recognised', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('a text too short to judge is "und" and still goes to the extractor', () => {
    const guess = detectLanguage('Ukraine leaves.');
    expect(guess.language).toBe('und');
    expect(isEnglishEnough(guess)).toBe(true);
  });
});
