import { describe, expect, it } from 'vitest';
import { loadFactBase } from '#adapters/fact-files';
import { FactBaseError, validateFactBase } from '#core/fact-schema';
import { isPartialRecord, THEMES } from '#core/facts';
import { timelinesFromFacts } from '#core/timeline';

const facts = loadFactBase();
const NEW_IDS = [
  'ilo-constitution',
  'wto-agreement',
  'ramsar-convention',
  'cites',
  'chicago-convention',
  'hague-child-abduction-convention',
  'kampala-amendments',
  'opec-statute',
  'csto-charter',
  'council-of-europe-ai-convention',
  'un-cybercrime-convention',
  'budapest-convention',
  'afcfta-agreement',
  'cptpp',
  'cbd',
];
// Promoted in round 6 from instruments outside the catalogue that recur in the real-news development set.
const PROMOTED_IDS = [
  'rcep',
  'tpp',
  'nagoya-protocol',
  'unasur-treaty',
  'caspian-convention',
  'cis-charter',
  'eac-treaty',
  'unido-constitution',
  'indus-waters-treaty',
  'pacific-islands-forum-agreement',
  'sadc-treaty',
  'igad-agreement',
  'abm-treaty',
  'statelessness-convention-1961',
  'eaeu-treaty',
];
// Promoted in round 7: major instruments whose state acts make news, or that recur in the development set.
const PROMOTED_7_IDS = [
  'crpd',
  'enforced-disappearance-convention',
  'opcat',
  'statelessness-convention-1954',
  'european-social-charter',
  'european-convention-suppression-terrorism',
  'rio-treaty',
  'north-atlantic-treaty',
  'interpol-constitution',
  'andean-community',
  'ukraine-claims-commission-convention',
  'ukraine-special-tribunal-agreement',
];
// Promoted in round 8: organisations and instruments that recur in the development set or whose state acts make news.
const PROMOTED_8_IDS = [
  'commonwealth-charter',
  'celac',
  'fao-constitution',
  'african-union-constitutive-act',
  'asean-charter',
  'iaea-statute',
  'ilo-forced-labour-convention',
  'ilo-abolition-forced-labour-convention',
  'wto-fisheries-subsidies-agreement',
  'criminal-law-convention-corruption',
  'unwto-statutes',
  'ljubljana-hague-convention',
];
// Round 9 (SOURCES.md part 7).
const PROMOTED_9_IDS = [
  'canwfz-treaty',
  'escazu-agreement',
  'ilo-violence-harassment-convention',
  'inter-korean-military-agreement',
  'azov-kerch-treaty',
  'isa-framework-agreement',
  'g5-sahel-convention',
  'plutonium-disposition-agreement',
  'simla-agreement',
  'upu-constitution',
  'ukraine-russia-friendship-treaty',
];
// Round 10 (SOURCES.md part 8).
const PROMOTED_10_IDS = [
  'southeast-asia-amity-treaty',
  'ballast-water-convention',
  'bucharest-espoo-agreement',
  'liptako-gourma-charter',
  'opec-plus-charter',
  'irena-statute',
  'cybercrime-second-protocol',
  'uncac',
  'nile-basin-cfa',
  'international-coffee-agreement',
  'black-sea-grain-initiative',
  'ilo-forced-labour-protocol',
];
// Round 12 (SOURCES.md part 9).
const PROMOTED_12_IDS = ['abraham-accords'];
// Round 14 (SOURCES.md part 11).
const PROMOTED_14_IDS = ['alba-tcp'];

describe('the seed catalogue (seeds/facts)', () => {
  it('holds the 57 shared ids, the 15 new ones and the 15 + 12 + 12 + 11 + 12 + 1 + 1 promoted ones, each with a theme and a source', () => {
    const ids = facts.treaties.map((t) => t.id);
    expect(ids).toHaveLength(136);
    expect(ids).toEqual(
      expect.arrayContaining([
        ...NEW_IDS,
        ...PROMOTED_IDS,
        ...PROMOTED_7_IDS,
        ...PROMOTED_8_IDS,
        ...PROMOTED_9_IDS,
        ...PROMOTED_10_IDS,
        ...PROMOTED_12_IDS,
        ...PROMOTED_14_IDS,
        'ottawa-convention',
        'energy-charter-treaty',
        'unesco-constitution',
      ]),
    );
    for (const t of facts.treaties) {
      expect(THEMES, t.id).toContain(t.theme);
      expect(t.source ?? t.source_urls?.[0], t.id).toMatch(/^https?:\/\//);
    }
  });

  it('loads every participation file as record rows (some 5,000)', () => {
    const rows = Object.values(facts.participation).reduce((n, r) => n + r.length, 0);
    expect(rows).toBeGreaterThan(5000);
    for (const t of facts.treaties) if (t.participation?.file) expect(facts.participation[t.id], t.id).toBeDefined();
  });

  it('keeps the fuller records that superseded the short ones', () => {
    const who = facts.treaties.find((t) => t.id === 'who-constitution')!;
    expect(who.participation?.file).toBe('participation/who-constitution.json');
    expect(facts.participation['who-constitution'].length).toBeGreaterThan(150);
  });

  it('marks partial files, and a partial file says nothing about the states it omits', () => {
    const unesco = facts.treaties.find((t) => t.id === 'unesco-constitution');
    expect(isPartialRecord(unesco)).toBe(true);
    expect(isPartialRecord(facts.treaties.find((t) => t.id === 'ottawa-convention'))).toBe(false);
    // France is a UNESCO member the partial file does not list: no timeline, so nothing is "known" about it.
    const timelines = timelinesFromFacts(facts, '2026-01-01', '2026-01-01T00:00:00Z');
    expect(timelines.some((t) => t.treaty === 'unesco-constitution' && t.state === 'FRA')).toBe(false);
    expect(
      timelines.find((t) => t.treaty === 'unesco-constitution' && t.state === 'USA')?.stages.map((s) => s.action),
    ).toEqual(['joined', 'withdrawal_notified']);
  });
});

describe('validation of the fact files', () => {
  const base = {
    treaties: [
      { id: 'x-treaty', official_name: 'X Treaty', aliases: [], theme: 'regional', source: 'https://example.org/x' },
    ],
    states: [{ name: 'France', iso2: 'FR', iso3: 'FRA' }],
    participation: {},
    recognition: {
      institutions: { rows: [['Assemblée nationale', 'FRA', true]] },
      state_names: { rows: [] },
      state_groups: { rows: [] },
      treaty_patterns: { rows: [['X (?:treaty|pact)', 'x-treaty', 'x']] },
      case_sensitive_treaty_names: { rows: [] },
      treaty_names: { names: {} },
      organisation_names: { names: {} },
      leaders: { rows: [['Macron', 'FRA']] },
    },
  };

  it('accepts a minimal record', () => {
    expect(validateFactBase(base).treaties[0].id).toBe('x-treaty');
  });

  it('names the file and field of a bad record', () => {
    expect(() => validateFactBase({ ...base, treaties: [{ ...base.treaties[0], theme: 'sports' }] })).toThrow(
      /treaties\.json\[0\] \(x-treaty\): theme/,
    );
    expect(() => validateFactBase({ ...base, treaties: [{ ...base.treaties[0], source: undefined }] })).toThrow(
      /needs a source/,
    );
    expect(() => validateFactBase({ ...base, treaties: [base.treaties[0], base.treaties[0]] })).toThrow(
      /appears twice/,
    );
  });

  it('rejects rows for an unknown treaty or state, and malformed dates', () => {
    const row = {
      state: 'France',
      iso3: 'FRA',
      signature: null,
      consent: '2001-02-30x',
      withdrawal_notified: null,
      withdrawal_effective: null,
    };
    expect(() => validateFactBase({ ...base, participation: { 'x-treaty': [row] } })).toThrow(FactBaseError);
    expect(() => validateFactBase({ ...base, participation: { 'y-treaty': [] } })).toThrow(/no treaty "y-treaty"/);
    expect(() =>
      validateFactBase({ ...base, participation: { 'x-treaty': [{ ...row, consent: null, iso3: 'XXX' }] } }),
    ).toThrow(/"XXX" is not in states/);
  });

  it('rejects recognition names for an unknown state and patterns that do not compile', () => {
    const recognition = base.recognition;
    expect(() =>
      validateFactBase({ ...base, recognition: { ...recognition, leaders: { rows: [['Scholz', 'DEU']] } } }),
    ).toThrow(/recognition\.json: leaders: "Scholz" stands for "DEU", which is not in states\.json/);
    expect(() =>
      validateFactBase({
        ...base,
        recognition: { ...recognition, treaty_patterns: { rows: [['X (treaty', 'x', 'x']] } },
      }),
    ).toThrow(/recognition\.json: treaty_patterns\.rows\.0\.0: not a valid regular expression/);
    expect(() => validateFactBase({ ...base, recognition: { ...recognition, leaders: undefined } })).toThrow(
      /recognition\.json: leaders/,
    );
  });
});
