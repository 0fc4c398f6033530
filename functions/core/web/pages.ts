// The subscriber pages: plain semantic HTML, labelled controls, fieldsets, no script.
// Every value that reaches a page goes through esc().
import { topics as topicKeys } from '#schema';
import type { Frequency, Subscriber } from '../subscribers';
import { esc, PAGE_CSS } from './http';

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
<meta name="referrer" content="no-referrer">
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

/** The topic and frequency fieldsets, shared by the subscribe and preferences forms. */
function choiceFields(catalogue: Catalogue, chosen: Choice): string {
  const all = chosen.topics.includes(topicKeys.all) || chosen.topics.length === 0;
  const treaties = catalogue.treaties
    .map((t) => `<label><input type="checkbox" name="treaty" value="${esc(t.id)}"${chosen.topics.includes(topicKeys.treaty(t.id)) ? ' checked' : ''}> ${esc(t.name)}</label>`)
    .join('\n');
  const states = catalogue.states
    .map((s) => `<option value="${esc(s.code)}"${chosen.topics.includes(topicKeys.state(s.code)) ? ' selected' : ''}>${esc(s.name)}</option>`)
    .join('');
  const freq = (Object.keys(FREQUENCY_LABELS) as Frequency[])
    .map((f) => `<label><input type="radio" name="frequency" value="${f}"${chosen.frequency === f ? ' checked' : ''} required> <strong>${FREQUENCY_LABELS[f][0]}</strong> — ${FREQUENCY_LABELS[f][1]}</label>`)
    .join('\n');
  return `<fieldset>
<legend>What to follow</legend>
<label><input type="radio" name="scope" value="all"${all ? ' checked' : ''}> Every treaty and every state</label>
<label><input type="radio" name="scope" value="chosen"${all ? '' : ' checked'}> Only the treaties and states I choose below</label>
</fieldset>
<fieldset>
<legend>Treaties</legend>
<p class="hint">Used when you choose “Only the treaties and states I choose”.</p>
<div class="columns">
${treaties}
</div>
</fieldset>
<fieldset>
<legend>States</legend>
<label for="states">States to follow</label>
<p class="hint" id="states-hint">Hold Ctrl (⌘ on a Mac) to pick several.</p>
<select id="states" name="state" multiple aria-describedby="states-hint">${states}</select>
</fieldset>
<fieldset>
<legend>How often</legend>
${freq}
</fieldset>`;
}

export function subscribePage(catalogue: Catalogue, formToken: string, error?: { message: string; email?: string; choice?: Choice }, preset?: Choice): string {
  const choice = error?.choice ?? preset ?? { topics: [topicKeys.all], frequency: 'instant' as Frequency };
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
<input type="email" id="email" name="email" autocomplete="email" required maxlength="254" value="${esc(error?.email ?? '')}">
</fieldset>
${choiceFields(catalogue, choice)}
<button type="submit">Subscribe</button>
</form>`,
  );
}

export function messagePage(title: string, paragraphs: string[], links: { href: string; text: string }[] = [], kind: 'notice' | 'error' = 'notice'): string {
  const body = paragraphs.map((p, i) => (i === 0 ? `<p class="${kind}"${kind === 'error' ? ' role="alert"' : ''}>${esc(p)}</p>` : `<p>${esc(p)}</p>`)).join('\n');
  const nav = links.length ? `<ul>${links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.text)}</a></li>`).join('')}</ul>` : '';
  return layout(title, `<h1>${esc(title)}</h1>\n${body}\n${nav}`);
}

export function preferencesPage(catalogue: Catalogue, subscriber: Subscriber, token: string, unsubscribeToken: string, saved = false): string {
  const status = subscriber.status === 'confirmed' ? '' : `<p class="notice">You are not receiving e-mails at the moment (${esc(subscriber.status)}). Saving this form starts them again.</p>`;
  return layout(
    'Your preferences',
    `<h1>Your preferences</h1>
${saved ? '<p class="notice" role="status">Saved. Your next e-mails follow these choices.</p>' : ''}
<p>For <strong>${esc(subscriber.email)}</strong>.</p>
${status}
<form method="post" action="/preferences">
<input type="hidden" name="token" value="${esc(token)}">
${choiceFields(catalogue, { topics: subscriber.topics, frequency: subscriber.frequency })}
<button type="submit">Save preferences</button>
</form>
<h2>Leave</h2>
<form method="post" action="/unsubscribe">
<input type="hidden" name="token" value="${esc(unsubscribeToken)}">
<button type="submit" class="secondary">Unsubscribe from all Treaty Watch e-mails</button>
</form>`,
  );
}

export function unsubscribePage(token: string): string {
  return layout(
    'Unsubscribe',
    `<h1>Unsubscribe?</h1>
<p>Press the button to stop all Treaty Watch e-mails to this address. You can subscribe again at any time.</p>
<form method="post" action="/unsubscribe">
<input type="hidden" name="token" value="${esc(token)}">
<button type="submit">Unsubscribe</button>
</form>`,
  );
}
