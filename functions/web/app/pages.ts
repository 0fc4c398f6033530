// The subscriber pages: plain semantic HTML, labelled controls, fieldsets, no script.
// Every value that reaches a page goes through esc().
import { topics as topicKeys } from '#core/topics';
import { describeTopics, type Frequency, type Subscriber } from '#core/subscriber';
import { esc, PAGE_CSS, type FieldError } from './http';

export interface Catalogue {
  treaties: { id: string; name: string }[];
  states: { code: string; name: string }[];
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${esc(title)} — Treaty Watch</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<p><a class="brand" href="/">Treaty Watch</a></p>
${body}
</main>
</body>
</html>`;
}

const FREQUENCY_LABELS: Record<Frequency, [string, string]> = {
  instant: ['Instant alerts', 'an e-mail as soon as a development is confirmed'],
  daily: ['Daily digest', 'one e-mail a day with everything new'],
  weekly: ['Weekly digest', 'one e-mail a week'],
};

export interface Choice {
  topics: string[];
  frequency: Frequency;
}

/** A choice as a form shows it again: a refused "only these" with nothing ticked keeps its radio. */
export type ShownChoice = Choice & { scope?: 'all' | 'chosen' };

/** A refused form: the message, and the field it belongs to (marked invalid, tied by id). */
export type FormError = { message: string; field?: FieldError['field'] };

/** Names for topic keys from the catalogue the form offers (the e-mails use the same names). */
export function catalogueNames(catalogue: Catalogue) {
  return {
    treaty: (id: string) => catalogue.treaties.find((t) => t.id === id)?.name ?? id,
    state: (code: string) => catalogue.states.find((s) => s.code === code)?.name ?? code,
  };
}

/** The error message under a field, and the attributes that tie the field to it. */
function fieldError(error: FormError | undefined, field: FieldError['field']) {
  if (error?.field !== field) return { message: '', invalid: '', describedBy: [] as string[] };
  return {
    message: `<p class="field-error" id="${field}-error">${esc(error.message)}</p>`,
    invalid: ' aria-invalid="true"',
    describedBy: [`${field}-error`],
  };
}

const describedBy = (ids: string[]) => (ids.length ? ` aria-describedby="${ids.join(' ')}"` : '');

/**
 * The topic and frequency fieldsets, shared by the subscribe and preferences forms. A ticked
 * treaty or chosen state is the choice whatever the scope radio says (forms.ts decides so).
 */
function choiceFields(catalogue: Catalogue, chosen: ShownChoice, error?: FormError): string {
  const all = chosen.scope ? chosen.scope === 'all' : chosen.topics.includes(topicKeys.all) || chosen.topics.length === 0;
  const topicsError = fieldError(error, 'topics');
  const freqError = fieldError(error, 'frequency');
  const tie = `${topicsError.invalid}${describedBy(topicsError.describedBy)}`;
  const treaties = catalogue.treaties
    .map((t) => {
      const checked = chosen.topics.includes(topicKeys.treaty(t.id)) ? ' checked' : '';
      return `<label><input type="checkbox" name="treaty" value="${esc(t.id)}"${checked}${tie}> ${esc(t.name)}</label>`;
    })
    .join('\n');
  const states = catalogue.states
    .map((s) => `<option value="${esc(s.code)}"${chosen.topics.includes(topicKeys.state(s.code)) ? ' selected' : ''}>${esc(s.name)}</option>`)
    .join('');
  const statesDescribedBy = describedBy(['states-hint', ...topicsError.describedBy]);
  const freq = (Object.keys(FREQUENCY_LABELS) as Frequency[])
    .map((f) => `<label><input type="radio" name="frequency" value="${f}"${chosen.frequency === f ? ' checked' : ''} required> <strong>${FREQUENCY_LABELS[f][0]}</strong> — ${FREQUENCY_LABELS[f][1]}</label>`)
    .join('\n');
  return `<fieldset${describedBy(['scope-hint', ...topicsError.describedBy])}>
<legend>What to follow</legend>
${topicsError.message}<label><input type="radio" name="scope" value="all"${all ? ' checked' : ''}> Every treaty and every state\
</label>
<label><input type="radio" name="scope" value="chosen"${all ? '' : ' checked'}> Only the treaties and states I choose below</label>
<p class="hint" id="scope-hint">If you tick any treaty or choose any state, you follow only those. \
To follow everything, leave them all unticked.</p>
</fieldset>
<fieldset>
<legend>Treaties</legend>
<div class="columns">
${treaties}
</div>
</fieldset>
<fieldset>
<legend>States</legend>
<label for="states">States to follow</label>
<p class="hint" id="states-hint">Hold Ctrl (⌘ on a Mac) to pick several.</p>
<select id="states" name="state" multiple${topicsError.invalid}${statesDescribedBy}>${states}</select>
</fieldset>
<fieldset${freqError.invalid ? ` role="radiogroup"${freqError.invalid}${describedBy(freqError.describedBy)}` : ''}>
<legend>How often</legend>
${freqError.message}${freq}
</fieldset>`;
}

export function subscribePage(
  catalogue: Catalogue,
  formToken: string,
  error?: FormError & { email?: string; choice?: ShownChoice },
  preset?: Choice,
): string {
  const choice = error?.choice ?? preset ?? { topics: [topicKeys.all], frequency: 'instant' as Frequency };
  const emailError = fieldError(error, 'email');
  return layout(
    'Subscribe',
    `<h1>Subscribe to Treaty Watch</h1>
<p>Short, sourced e-mails when a state signs, joins, or leaves an international treaty. We send a confirmation link first; nothing else arrives until you open it.</p>
${error ? `<p class="error" role="alert">${esc(error.message)}</p>` : ''}
<form method="post" action="/subscribe">
<input type="hidden" name="form_token" value="${esc(formToken)}">
<fieldset>
<legend>Your e-mail</legend>
<label for="email">E-mail address</label>
${emailError.message}<input type="email" id="email" name="email" autocomplete="email" required maxlength="254" \
value="${esc(error?.email ?? '')}"${emailError.invalid}${describedBy(emailError.describedBy)}>
</fieldset>
${choiceFields(catalogue, choice, error)}
<button type="submit">Subscribe</button>
</form>`,
  );
}

export function messagePage(title: string, paragraphs: string[], links: { href: string; text: string }[] = [], kind: 'notice' | 'error' = 'notice'): string {
  const body = paragraphs.map((p, i) => (i === 0 ? `<p class="${kind}"${kind === 'error' ? ' role="alert"' : ''}>${esc(p)}</p>` : `<p>${esc(p)}</p>`)).join('\n');
  const nav = links.length ? `<ul>${links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.text)}</a></li>`).join('')}</ul>` : '';
  return layout(title, `<h1>${esc(title)}</h1>\n${body}\n${nav}`);
}

export function preferencesPage(
  catalogue: Catalogue,
  subscriber: Subscriber,
  token: string,
  unsubscribeToken: string,
  options: { saved?: boolean; error?: FormError & { choice?: ShownChoice } } = {},
): string {
  const status = subscriber.status === 'confirmed'
    ? ''
    : `<p class="notice">You are not receiving e-mails at the moment (${esc(subscriber.status)}). `
      + 'Saving this form sends a confirmation e-mail to this address; nothing is sent until you open its link.</p>';
  const names = catalogueNames(catalogue);
  const saved = options.saved
    ? `<p class="notice" role="status">Saved. You now get: ${esc(describeTopics(subscriber.topics, subscriber.frequency, names))}.</p>`
    : '';
  const error = options.error;
  return layout(
    'Your preferences',
    `<h1>Your preferences</h1>
${saved}${error ? `<p class="error" role="alert">${esc(error.message)}</p>` : ''}
<p>For <strong>${esc(subscriber.email)}</strong>.</p>
${status}
<form method="post" action="/preferences">
<input type="hidden" name="token" value="${esc(token)}">
${choiceFields(catalogue, error?.choice ?? { topics: subscriber.topics, frequency: subscriber.frequency }, error)}
<button type="submit">Save preferences</button>
</form>
<h2>Leave</h2>
<form method="post" action="/unsubscribe">
<input type="hidden" name="token" value="${esc(unsubscribeToken)}">
<button type="submit" class="secondary">Unsubscribe from all Treaty Watch e-mails</button>
</form>`,
  );
}

/**
 * "a•••@example.org": enough for the owner to tell which of their addresses a page is about,
 * little for anyone else holding the link (unsubscribe links sit in mail headers that
 * providers, scanners and forwarded messages carry, and the page asks for no login).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}

export function unsubscribePage(token: string, email?: string): string {
  const who = email ? `<strong>${esc(maskEmail(email))}</strong>` : 'this address';
  return layout(
    'Unsubscribe',
    `<h1>Unsubscribe?</h1>
<p>Press the button to stop all Treaty Watch e-mails to ${who}. You can subscribe again at any time.</p>
<form method="post" action="/unsubscribe">
<input type="hidden" name="token" value="${esc(token)}">
<button type="submit">Unsubscribe</button>
</form>`,
  );
}
