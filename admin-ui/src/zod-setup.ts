/**
 * Imported first by main.tsx, before any schema is built: zod must not try `new Function` (its faster
 * compiled parsers), which the hall's Content-Security-Policy forbids and Chromium reports as a
 * violation even though zod catches the refusal. The interpreted parsers check the same rules.
 */
import { z } from 'zod';

z.config({ jitless: true });
