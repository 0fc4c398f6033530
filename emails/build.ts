// `npm run emails`: renders the e-mails that are the same for every recipient (the
// confirmation) into emails/prerendered/, so only compose renders MJML at run time.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { confirmationModule, renderConfirmation } from './confirmation.ts';

const target = fileURLToPath(new URL('./prerendered/confirmation.ts', import.meta.url));
writeFileSync(target, confirmationModule(await renderConfirmation()));
console.log(`wrote ${target}`);
