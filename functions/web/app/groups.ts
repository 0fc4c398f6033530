// What the subscribe and preferences forms offer, and how they group it: treaties by theme,
// states by UN M49 region and sub-region. A sub-region can be chosen whole; the server
// expands it into its states (forms.ts), so topic rows stay per state and delivery is unchanged.
import { THEMES, type StateRecord, type Theme, type TreatyRecord } from '#core/facts';

export interface Catalogue {
  treaties: { id: string; name: string; theme?: string }[];
  states: { code: string; name: string; region?: string; subregion?: string }[];
}

export const THEME_LABELS: Record<Theme, string> = {
  'arms-control': 'Arms control',
  'international-justice': 'International justice',
  'human-rights': 'Human rights',
  'climate-environment': 'Climate and environment',
  'trade-investment': 'Trade and investment',
  'international-organisations': 'International organisations',
  regional: 'Regional',
};

/** M49 regions in the order the form lists them. */
const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
/** States without an M49 region (none in the fact base today): listed, but not offered whole. */
export const OTHER = 'Other';

/** The form's catalogue from the fact base (treaty names as the e-mails give them; states A–Z). */
export function catalogueFrom(
  treaties: TreatyRecord[],
  states: StateRecord[],
  treatyName: (id: string) => string,
): Catalogue {
  return {
    treaties: treaties.map((t) => ({ id: t.id, name: treatyName(t.id), theme: t.theme })),
    states: states
      .map((s) => ({ code: s.iso3, name: s.name, region: s.region, subregion: s.subregion }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

export interface TreatyGroup {
  key: string;
  label: string;
  treaties: Catalogue['treaties'];
}

/** Every treaty once, under its theme (themes in THEMES order; a treaty without one under "Other"). */
export function treatiesByTheme(catalogue: Catalogue): TreatyGroup[] {
  const known = new Set<string>(THEMES);
  const groups: TreatyGroup[] = THEMES.map((key) => ({ key, label: THEME_LABELS[key], treaties: [] }));
  const other: TreatyGroup = { key: 'other', label: 'Other treaties', treaties: [] };
  for (const t of catalogue.treaties) {
    (t.theme && known.has(t.theme) ? groups[THEMES.indexOf(t.theme as Theme)] : other).treaties.push(t);
  }
  return [...groups, other]
    .filter((g) => g.treaties.length > 0)
    .map((g) => ({ ...g, treaties: [...g.treaties].sort(byName) }));
}

export interface StateArea {
  /** The form value of the "every state in …" checkbox. */
  key: string;
  name: string;
  states: Catalogue['states'];
}

export interface StateRegion {
  name: string;
  areas: StateArea[];
  count: number;
}

export const areaKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every state once: region → sub-region → states, each level A–Z (regions in M49 order). */
export function statesByRegion(catalogue: Catalogue): StateRegion[] {
  const regions = new Map<string, Map<string, Catalogue['states']>>();
  for (const s of catalogue.states) {
    const region = s.region && REGIONS.includes(s.region) ? s.region : OTHER;
    const area = s.subregion ?? (region === OTHER ? 'Other states' : region);
    const areas = regions.get(region) ?? regions.set(region, new Map()).get(region)!;
    areas.set(area, [...(areas.get(area) ?? []), s]);
  }
  return [...REGIONS, OTHER]
    .filter((r) => regions.has(r))
    .map((name) => {
      const areas = [...regions.get(name)!].map(([area, states]) => ({
        key: areaKey(area),
        name: area,
        states: [...states].sort(byName),
      }));
      return { name, areas: areas.sort(byName), count: areas.reduce((n, a) => n + a.states.length, 0) };
    });
}

/** The states of the sub-region a form's "every state in …" box names, or undefined if none is. */
export function statesOfArea(catalogue: Catalogue, key: string): string[] | undefined {
  for (const region of statesByRegion(catalogue).filter((r) => r.name !== OTHER)) {
    const area = region.areas.find((a) => a.key === key);
    if (area) return area.states.map((s) => s.code);
  }
  return undefined;
}
