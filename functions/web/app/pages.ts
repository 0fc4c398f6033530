// The subscriber pages: plain semantic HTML, labelled controls, fieldsets, no script.
// Every value that reaches a page goes through esc().
import { topics as topicKeys } from '#core/topics';
import { describeTopics, type Frequency, type Subscriber } from '#core/subscriber';
import { MAX_TOPICS } from './forms';
import { OTHER, statesByRegion, treatiesByTheme, type Catalogue } from './groups';
import { esc, PAGE_CSS, type FieldError } from './http';

export type { Catalogue } from './groups';

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

/**
 * A choice as a form shows it again: a refused "only these" with nothing ticked keeps its
 * radio, and a refused form keeps its ticked "every state in …" boxes (`areas`).
 */
export type ShownChoice = Choice & { scope?: 'all' | 'chosen'; areas?: string[] };

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

/** The checkbox rows of a group: one label per control, the box beside its (wrapping) name. */
function checkRow(name: string, value: string, text: string, checked: boolean, tie: string): string {
  const on = checked ? ' checked' : '';
  return `<label class="check"><input type="checkbox" name="${name}" value="${esc(value)}"${on}${tie}> \
<span>${esc(text)}</span></label>`;
}

/** "Arms control — 2 chosen": a closed group still says that something in it is ticked. */
const summary = (label: string, count: number, chosen: number) =>
  `<summary>${esc(label)} <span class="count">(${count})${chosen ? ` — ${chosen} chosen` : ''}</span></summary>`;

/** One <details> per theme; a group with a ticked treaty starts open. */
function treatyGroups(catalogue: Catalogue, topics: Set<string>, tie: string): string {
  return treatiesByTheme(catalogue)
    .map((group) => {
      const chosen = group.treaties.filter((t) => topics.has(topicKeys.treaty(t.id))).length;
      const rows = group.treaties.map((t) => checkRow('treaty', t.id, t.name, topics.has(topicKeys.treaty(t.id)), tie));
      return `<details${chosen ? ' open' : ''}>${summary(group.label, group.treaties.length, chosen)}
<div class="columns">
${rows.join('\n')}
</div>
</details>`;
    })
    .join('\n');
}

/** One <details> per region, a fieldset per sub-region with its "every state in …" box first. */
function stateGroups(catalogue: Catalogue, topics: Set<string>, areas: Set<string>, tie: string): string {
  return statesByRegion(catalogue)
    .map((region) => {
      let chosen = 0;
      const fieldsets = region.areas.map((area) => {
        const ticked = area.states.filter((s) => topics.has(topicKeys.state(s.code))).length;
        chosen += areas.has(area.key) ? area.states.length : ticked;
        const on = areas.has(area.key) ? ' checked' : '';
        const box = `<input type="checkbox" name="region" value="${esc(area.key)}"${on}${tie}>`;
        const whole = `<label class="check whole">${box} \
<span>Every state in ${esc(area.name)} (${area.states.length})</span></label>`;
        const rows = area.states.map((s) =>
          checkRow('state', s.code, s.name, topics.has(topicKeys.state(s.code)), tie),
        );
        return `<fieldset class="area">
<legend>${esc(area.name)}</legend>
${region.name === OTHER ? '' : whole}
<div class="columns">
${rows.join('\n')}
</div>
</fieldset>`;
      });
      return `<details${chosen ? ' open' : ''}>${summary(region.name, region.count, chosen)}
${fieldsets.join('\n')}
</details>`;
    })
    .join('\n');
}

/**
 * The topic and frequency fieldsets, shared by the subscribe and preferences forms. A ticked
 * treaty, state or region is the choice whatever the scope radio says (forms.ts decides so).
 * Plain <details> groups: they open and close without script, and every box is in the form.
 */
function choiceFields(catalogue: Catalogue, chosen: ShownChoice, error?: FormError): string {
  const all = chosen.scope
    ? chosen.scope === 'all'
    : chosen.topics.includes(topicKeys.all) || chosen.topics.length === 0;
  const topicsError = fieldError(error, 'topics');
  const freqError = fieldError(error, 'frequency');
  const tie = `${topicsError.invalid}${describedBy(topicsError.describedBy)}`;
  const topics = new Set(chosen.topics);
  const freq = (Object.keys(FREQUENCY_LABELS) as Frequency[])
    .map(
      (f) =>
        `<label><input type="radio" name="frequency" value="${f}"${chosen.frequency === f ? ' checked' : ''} ` +
        `required> <strong>${FREQUENCY_LABELS[f][0]}</strong> — ${FREQUENCY_LABELS[f][1]}</label>`,
    )
    .join('\n');
  return `<fieldset${describedBy(['scope-hint', ...topicsError.describedBy])}>
<legend>What to follow</legend>
${topicsError.message}<label><input type="radio" name="scope" value="all"${all ? ' checked' : ''}> Every treaty and \
every state\
</label>
<label><input type="radio" name="scope" value="chosen"${all ? '' : ' checked'}> Only the treaties and states I choose \
below</label>
<p class="hint" id="scope-hint">If you tick any treaty, state or region, you follow only those. \
To follow everything, leave them all unticked.</p>
</fieldset>
<fieldset>
<legend>Treaties</legend>
<p class="hint">Grouped by theme: open a theme to see its treaties.</p>
${treatyGroups(catalogue, topics, tie)}
</fieldset>
<fieldset>
<legend>States</legend>
<p class="hint">Grouped by UN region. “Every state in …” follows each state of that region \
(you can follow up to ${MAX_TOPICS} treaties and states in all).</p>
${stateGroups(catalogue, topics, new Set(chosen.areas ?? []), tie)}
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
<p>Short, sourced e-mails when a state signs, joins, or leaves an international treaty. We send a confirmation link \
first; nothing else arrives until you open it.</p>
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

export function messagePage(
  title: string,
  paragraphs: string[],
  links: { href: string; text: string }[] = [],
  kind: 'notice' | 'error' = 'notice',
): string {
  const body = paragraphs
    .map((p, i) =>
      i === 0 ? `<p class="${kind}"${kind === 'error' ? ' role="alert"' : ''}>${esc(p)}</p>` : `<p>${esc(p)}</p>`,
    )
    .join('\n');
  const nav = links.length
    ? `<ul>${links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.text)}</a></li>`).join('')}</ul>`
    : '';
  return layout(title, `<h1>${esc(title)}</h1>\n${body}\n${nav}`);
}

export function preferencesPage(
  catalogue: Catalogue,
  subscriber: Subscriber,
  token: string,
  unsubscribeToken: string,
  options: { saved?: boolean; error?: FormError & { choice?: ShownChoice } } = {},
): string {
  const status =
    subscriber.status === 'confirmed'
      ? ''
      : `<p class="notice">You are not receiving e-mails at the moment (${esc(subscriber.status)}). ` +
        'Saving this form sends a confirmation e-mail to this address; nothing is sent until you open its link.</p>';
  const names = catalogueNames(catalogue);
  const saved = options.saved
    ? `<p class="notice" role="status">Saved. You now get: ` +
      `${esc(describeTopics(subscriber.topics, subscriber.frequency, names))}.</p>`
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
