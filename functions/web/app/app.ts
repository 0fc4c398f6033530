// Over 300 lines: one router whose routes share the origin, form-token and rate-limit checks in order.
// The subscriber web app: routes → use cases → pages. Pure over its deps, so the Lambda
// handler (API Gateway HTTP API / function URL) and the local server run the same code.
// Primary course of a POST: 1. check origin and form token, 2. validate, 3. call the use
// case, 4. answer a page (or JSON for /api). Every refusal is a 4xx saying what is wrong.
import { RateLimited } from '#core/rate-limit';
import { parseConfirmSubject } from '#core/links';
import {
  AddressSuppressed,
  confirm,
  NothingToConfirm,
  subscribe,
  SubscriptionGone,
  unsubscribe,
  updatePreferences,
  type SubscriptionDeps,
} from '#core/subscription-lifecycle';
import { signToken, TOKEN_LIFETIME_S, TokenInvalid, verifyToken, type TokenPurpose } from '#core/tokens';
import { choiceFromForm, parseEmail, presetFromQuery, subscribeFromJson } from './forms';
import { describeTopics, FREQUENCIES, type Frequency } from '#core/subscriber';
import { FieldError, html, HttpError, json, parseForm, type WebRequest, type WebResponse } from './http';
import { statesByRegion } from './groups';
import {
  catalogueNames,
  messagePage,
  preferencesPage,
  subscribePage,
  unsubscribePage,
  type Catalogue,
  type Choice,
  type ShownChoice,
} from './pages';

export interface WebDeps extends SubscriptionDeps {
  secret: string;
  catalogue: Catalogue;
}

const MAX_BODY = 16_384;
const FORM_SUBJECT = 'subscribe-form';

const TOKEN_MESSAGES: Record<TokenInvalid['reason'], [number, string]> = {
  malformed: [400, 'This link is incomplete. Copy the whole link from the e-mail, or use the newest e-mail we sent.'],
  forged: [403, 'This link is not valid. Use the link from the e-mail exactly as we sent it.'],
  'wrong-purpose': [403, 'This link is not valid for this page. Use the matching link from the e-mail.'],
  expired: [410, 'This link has expired. Use the link in a more recent e-mail, or subscribe again.'],
};

type Route = (req: WebRequest, deps: WebDeps) => Promise<WebResponse>;

const routes: Record<string, Partial<Record<'GET' | 'POST', Route>>> = {
  '/': { GET: showSubscribe },
  '/subscribe': { GET: showSubscribe, POST: postSubscribe },
  '/api/subscribe': { POST: apiSubscribe },
  '/confirm': { GET: getConfirm },
  '/preferences': { GET: getPreferences, POST: postPreferences },
  '/unsubscribe': { GET: getUnsubscribe, POST: postUnsubscribe },
};

export async function handleWeb(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const api = req.path.startsWith('/api/');
  try {
    const route = routes[req.path];
    if (!route) throw new HttpError(404, 'There is no page at this address.');
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const fn = route[method as 'GET' | 'POST'];
    if (!fn)
      throw new HttpError(405, `This address does not accept ${req.method.slice(0, 10)} requests.`, {
        allow: Object.keys(route).join(', '),
      });
    if (method === 'POST') checkPost(req);
    const res = await fn(req, deps);
    return req.method === 'HEAD' ? { ...res, body: '' } : res;
  } catch (error) {
    const [status, message, headers] = describe(error);
    if (status >= 500) throw error;
    if (api) return json(status, { error: message }, headers);
    const title =
      status === 429
        ? 'Please wait'
        : error instanceof NothingToConfirm
          ? 'Nothing to confirm'
          : 'Something is not right';
    return html(
      status,
      messagePage(title, [message], [{ href: '/', text: 'Go to the subscribe page' }], 'error'),
      headers,
    );
  }
}

function describe(error: unknown): [number, string, Record<string, string>] {
  if (error instanceof HttpError) return [error.status, error.message, error.headers];
  if (error instanceof TokenInvalid) return [...TOKEN_MESSAGES[error.reason], {}];
  if (error instanceof RateLimited)
    return [429, error.message, { 'retry-after': String(Math.max(1, error.retryAfterS)) }];
  if (error instanceof SubscriptionGone || error instanceof NothingToConfirm) return [410, error.message, {}];
  if (error instanceof AddressSuppressed) return [409, error.message, {}];
  return [500, 'internal error', {}];
}

/**
 * Cross-site posts are refused: a browser's Origin must be this host; bodies are small.
 * `Origin: null` (a sandboxed frame, a data: or file: page) is another site too. Our own
 * pages send their real origin: their referrer policy is same-origin, not no-referrer (with
 * no-referrer a browser sends `Origin: null` on every POST). No Origin at all is a mail
 * provider's RFC 8058 one-click or a script, which the tokens guard.
 */
function checkPost(req: WebRequest): void {
  if (req.body.length > MAX_BODY) throw new HttpError(413, 'The request is too large.');
  const origin = req.headers.origin;
  if (origin === 'null') {
    throw new HttpError(403, 'The request came from another site or a sandboxed page. Use the form on this site.');
  }
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new HttpError(403, 'The request came from another site.');
    }
    if (host !== req.headers.host) throw new HttpError(403, 'The request came from another site.');
  }
}

const nowS = (deps: WebDeps) => Math.floor(Date.parse(deps.clock.now()) / 1000);

function tokenOf(req: WebRequest, purpose: TokenPurpose, deps: WebDeps, form?: Map<string, string[]>): string {
  const token = form?.get('token')?.[0] ?? req.query.get('token');
  if (!token)
    throw new HttpError(400, 'This link is incomplete: it has no token. Copy the whole link from the e-mail.');
  return verifyToken(deps.secret, token, purpose, nowS(deps));
}

function formOf(req: WebRequest): Map<string, string[]> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data' && type !== '') {
    throw new HttpError(415, 'Send the form as application/x-www-form-urlencoded.');
  }
  return type === 'multipart/form-data' ? parseMultipart(req) : parseForm(req.body);
}

/** RFC 8058 allows one-click posts as multipart/form-data; we only need its simple fields. */
function parseMultipart(req: WebRequest): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of req.body.matchAll(/name="([^"]{1,64})"\r?\n\r?\n([^\r\n]{0,2000})/g))
    out.set(m[1], [...(out.get(m[1]) ?? []), m[2]]);
  return out;
}

async function showSubscribe(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  // The record's "get e-mails about this" links preselect a treaty or state (?treaty=, ?state=).
  return html(
    200,
    subscribePage(
      deps.catalogue,
      signToken(deps.secret, FORM_SUBJECT, 'form', nowS(deps) + TOKEN_LIFETIME_S.form),
      undefined,
      presetFromQuery(req.query, deps.catalogue),
    ),
  );
}

/** The same answer whatever the address's state; it repeats exactly what was asked for. */
const sentPage = (email: string, choice: Choice, catalogue: Catalogue) =>
  messagePage('Check your inbox', [
    `If ${email} can receive Treaty Watch e-mails, a confirmation e-mail is on its way to it.`,
    `You asked for: ${describeTopics(choice.topics, choice.frequency, catalogueNames(catalogue))}.`,
    'Open the link in that e-mail to start your subscription. Nothing is sent until you do; ' +
      'the link works for two days.',
  ]);

/** What a refused form had ticked, so the page shows it again (unknown values dropped). */
function choiceAsPosted(form: Map<string, string[]>, catalogue: Catalogue): ShownChoice {
  const treaties = new Set(form.get('treaty') ?? []);
  const states = new Set(form.get('state') ?? []);
  const topics = [
    ...catalogue.treaties.filter((t) => treaties.has(t.id)).map((t) => `TOPIC#treaty:${t.id}`),
    ...catalogue.states.filter((s) => states.has(s.code)).map((s) => `TOPIC#state:${s.code}`),
  ];
  const known = new Set(statesByRegion(catalogue).flatMap((r) => r.areas.map((a) => a.key)));
  const areas = (form.get('region') ?? []).filter((a) => known.has(a));
  const frequency = form.get('frequency')?.[0];
  const scope = form.get('scope')?.[0] === 'chosen' || topics.length || areas.length ? 'chosen' : 'all';
  return {
    scope,
    areas,
    topics: scope === 'chosen' ? topics : ['TOPIC#all'],
    frequency: FREQUENCIES.includes(frequency as Frequency) ? (frequency as Frequency) : 'instant',
  };
}

const formError = (error: HttpError) => ({
  message: error.message,
  field: error instanceof FieldError ? error.field : undefined,
});

async function postSubscribe(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const form = formOf(req);
  const formToken = form.get('form_token')?.[0];
  if (!formToken)
    throw new HttpError(
      403,
      'This form is missing its security token. Please reload the subscribe page and try again.',
    );
  if (verifyToken(deps.secret, formToken, 'form', nowS(deps)) !== FORM_SUBJECT)
    throw new HttpError(403, 'This form is not valid. Please reload the subscribe page.');
  const rawEmail = form.get('email')?.[0] ?? '';
  let email: string;
  let choice: Choice;
  try {
    email = parseEmail(rawEmail);
    choice = choiceFromForm(form, deps.catalogue);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const again = signToken(deps.secret, FORM_SUBJECT, 'form', nowS(deps) + TOKEN_LIFETIME_S.form);
    const email = rawEmail.replace(/[\u0000-\u001f\u007f]/g, '');
    const kept = { ...formError(error), email, choice: choiceAsPosted(form, deps.catalogue) };
    return html(error.status, subscribePage(deps.catalogue, again, kept));
  }
  await subscribe({ email, ...choice, client: req.sourceIp }, deps);
  return html(200, sentPage(email, choice, deps.catalogue));
}

async function apiSubscribe(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  if ((req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') {
    throw new HttpError(415, 'Send JSON with Content-Type: application/json.');
  }
  const input = subscribeFromJson(req.body, deps.catalogue);
  await subscribe({ ...input, client: req.sourceIp }, deps);
  return json(202, {
    status: 'pending',
    message:
      'If this address can receive Treaty Watch e-mails, a confirmation link is on its way. ' +
      'Nothing is sent until it is opened.',
  });
}

async function getConfirm(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const { subscriberId, requestId } = parseConfirmSubject(tokenOf(req, 'confirm', deps));
  const subscriber = await confirm(subscriberId, requestId, deps);
  const names = catalogueNames(deps.catalogue);
  const prefs = signToken(
    deps.secret,
    subscriber.subscriberId,
    'preferences',
    nowS(deps) + TOKEN_LIFETIME_S.preferences,
  );
  return html(
    200,
    messagePage(
      'Subscription confirmed',
      [
        `Thank you. ${subscriber.email} will receive: ${describeTopics(subscriber.topics, subscriber.frequency, names)}.`,
        'Every e-mail has a link to change your preferences and a one-click unsubscribe link.',
      ],
      [{ href: `/preferences?token=${prefs}`, text: 'Change your preferences' }],
    ),
  );
}

async function getPreferences(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const subscriberId = tokenOf(req, 'preferences', deps);
  const subscriber = await deps.accounts.get(subscriberId);
  if (!subscriber) throw new SubscriptionGone();
  if (subscriber.status === 'suppressed') throw new AddressSuppressed();
  return html(
    200,
    preferencesPage(
      deps.catalogue,
      subscriber,
      req.query.get('token')!,
      signToken(deps.secret, subscriberId, 'unsubscribe', nowS(deps) + TOKEN_LIFETIME_S.unsubscribe),
    ),
  );
}

async function postPreferences(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const form = formOf(req);
  const subscriberId = tokenOf(req, 'preferences', deps, form);
  const unsubscribeToken = signToken(
    deps.secret,
    subscriberId,
    'unsubscribe',
    nowS(deps) + TOKEN_LIFETIME_S.unsubscribe,
  );
  const token = form.get('token')![0];
  let choice: Choice;
  try {
    choice = choiceFromForm(form, deps.catalogue);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const current = await deps.accounts.get(subscriberId);
    if (!current) throw new SubscriptionGone();
    const kept = { ...formError(error), choice: choiceAsPosted(form, deps.catalogue) };
    return html(error.status, preferencesPage(deps.catalogue, current, token, unsubscribeToken, { error: kept }));
  }
  const { subscriber, outcome } = await updatePreferences(subscriberId, choice.topics, choice.frequency, deps);
  if (outcome === 'confirmation-sent') return html(200, sentPage(subscriber.email, choice, deps.catalogue));
  return html(200, preferencesPage(deps.catalogue, subscriber, token, unsubscribeToken, { saved: true }));
}

async function getUnsubscribe(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const subscriber = await deps.accounts.get(tokenOf(req, 'unsubscribe', deps));
  return html(200, unsubscribePage(req.query.get('token')!, subscriber?.email));
}

/** The page's button and RFC 8058 one-click (body "List-Unsubscribe=One-Click") both land here. */
async function postUnsubscribe(req: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const form = formOf(req);
  await unsubscribe(tokenOf(req, 'unsubscribe', deps, form), deps);
  return html(
    200,
    messagePage(
      'You are unsubscribed',
      [
        'You will not receive any more Treaty Watch e-mails at this address.',
        'Changed your mind? You can subscribe again at any time.',
      ],
      [{ href: '/', text: 'Subscribe again' }],
    ),
  );
}
