// Input validation for the subscribe and preferences forms and the JSON API. Anything we
// cannot use is refused with a message that says what to fix (the edge answers 400).
import { topics as topicKeys } from '#core/topics';
import { FREQUENCIES, type Frequency } from '#core/subscriber';
import { FieldError, HttpError } from './http';
import { statesOfArea, type Catalogue } from './groups';
import type { Choice } from './pages';

/**
 * Topic rows are written in one transaction with the subscriber item, and a change of
 * preferences deletes the old rows in the same one: 1 + 49 + 49 stays within its 100 items.
 * The largest sub-region the form offers whole has 18 states.
 */
export const MAX_TOPICS = 49;

const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/;
const DOMAIN =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A single, plain address; CR/LF or any control character is refused, never passed on. */
export function parseEmail(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new FieldError('email', 'Please enter your e-mail address.');
  if (/[\u0000-\u001f\u007f]/.test(raw))
    throw new FieldError('email', 'The e-mail address contains a line break or another control character.');
  const email = raw.trim();
  const at = email.lastIndexOf('@');
  if (email.length > 254 || at < 1 || !LOCAL.test(email.slice(0, at)) || !DOMAIN.test(email.slice(at + 1))) {
    throw new FieldError('email', 'That does not look like an e-mail address (for example: name@example.org).');
  }
  return email;
}

export function parseFrequency(raw: unknown): Frequency {
  if (typeof raw !== 'string' || !FREQUENCIES.includes(raw as Frequency))
    throw new FieldError('frequency', 'Choose how often: instant alerts, a daily digest or a weekly digest.');
  return raw as Frequency;
}

/**
 * Scope "all" or a list of treaties and states from the catalogue. `areas` are sub-regions
 * chosen whole ("every state in Western Africa"): each becomes its states' topics.
 */
export function parseTopics(
  all: boolean,
  treaties: unknown[],
  states: unknown[],
  catalogue: Catalogue,
  areas: unknown[] = [],
): string[] {
  if (all) return [topicKeys.all];
  const treatyIds = new Set(catalogue.treaties.map((t) => t.id));
  const stateCodes = new Set(catalogue.states.map((s) => s.code));
  const out: string[] = [];
  for (const t of treaties) {
    if (typeof t !== 'string' || !treatyIds.has(t))
      throw new FieldError('topics', `Unknown treaty: ${String(t).slice(0, 60)}.`);
    out.push(topicKeys.treaty(t));
  }
  for (const s of states) {
    if (typeof s !== 'string' || !stateCodes.has(s))
      throw new FieldError('topics', `Unknown state: ${String(s).slice(0, 60)}.`);
    out.push(topicKeys.state(s));
  }
  for (const a of areas) {
    const codes = typeof a === 'string' ? statesOfArea(catalogue, a) : undefined;
    if (!codes) throw new FieldError('topics', `Unknown region: ${String(a).slice(0, 60)}.`);
    out.push(...codes.map(topicKeys.state));
  }
  const unique = [...new Set(out)];
  if (unique.length === 0) {
    throw new FieldError('topics', 'Choose at least one treaty or state, or choose “Every treaty and every state”.');
  }
  if (unique.length > MAX_TOPICS) {
    throw new FieldError(
      'topics',
      `Choose at most ${MAX_TOPICS} treaties and states (you chose ${unique.length}; ` +
        'a region counts each of its states), or follow everything.',
    );
  }
  return unique;
}

/**
 * The topic and frequency part of a posted form. A ticked treaty, state or region is the
 * choice, whatever the scope radio says: it starts on "everything", and a reader who ticks a
 * treaty and leaves it there means that treaty, not everything.
 */
export function choiceFromForm(form: Map<string, string[]>, catalogue: Catalogue): Choice {
  const treaties = form.get('treaty') ?? [];
  const states = form.get('state') ?? [];
  const areas = form.get('region') ?? [];
  const ticked = treaties.length + states.length + areas.length > 0;
  const scope = form.get('scope')?.[0] ?? (ticked ? 'chosen' : 'all');
  if (scope !== 'all' && scope !== 'chosen')
    throw new FieldError('topics', 'Choose what to follow: everything, or the treaties and states you pick.');
  return {
    topics: parseTopics(scope === 'all' && !ticked, treaties, states, catalogue, areas),
    frequency: parseFrequency(form.get('frequency')?.[0]),
  };
}

/** The JSON API: { email, frequency, treaties?: [], states?: [] } (neither list: everything). */
export function subscribeFromJson(body: string, catalogue: Catalogue): { email: string } & Choice {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'The request body must be a JSON object.');
  const v = value as Record<string, unknown>;
  for (const key of ['treaties', 'states'] as const) {
    if (v[key] !== undefined && !Array.isArray(v[key])) throw new HttpError(400, `"${key}" must be an array.`);
  }
  const treaties = (v.treaties as unknown[] | undefined) ?? [];
  const states = (v.states as unknown[] | undefined) ?? [];
  return {
    email: parseEmail(v.email),
    frequency: parseFrequency(v.frequency ?? 'instant'),
    topics: parseTopics(treaties.length === 0 && states.length === 0, treaties, states, catalogue),
  };
}

/** A link's preselection (?treaty=id&state=ISO3, repeatable); unknown values are ignored. */
export function presetFromQuery(query: URLSearchParams, catalogue: Catalogue): Choice | undefined {
  const treaties = query.getAll('treaty').filter((t) => catalogue.treaties.some((c) => c.id === t));
  const states = query.getAll('state').filter((s) => catalogue.states.some((c) => c.code === s));
  if (treaties.length + states.length === 0) return undefined;
  return {
    topics: [...treaties.map(topicKeys.treaty), ...states.map(topicKeys.state)].slice(0, MAX_TOPICS),
    frequency: 'instant',
  };
}
