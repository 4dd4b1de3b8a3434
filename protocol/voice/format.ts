/**
 * The parts of the voice pack format that the displays need at run time, free of the schema library
 * (the display's bundle stays small): the template slots, the letters a ticket may carry, and what the
 * server answers at the manifest URL. The manifest's schema and checks are in ./pack.ts.
 */
/** `{number}` and `{window}` stand for the ticket number and the window number; anything else is a clip id. */
export const NUMBER_SLOT = '{number}';
export const WINDOW_SLOT = '{window}';

/**
 * Letters a ticket number may start with: the service prefixes (protocol/schemas.ts), which leave out
 * I and O because they read as 1 and 0. A pack must have a clip for each of them.
 */
export const TICKET_LETTERS = Array.from('ABCDEFGHJKLMNPQRSTUVWXYZ');

export const VOICE_MANIFEST_URL = '/voice/manifest.json';
export const VOICE_MANIFEST_FILE = 'manifest.json';
