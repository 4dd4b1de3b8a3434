/** The kiosk's card reading, for whichever screen takes a ticket (../use-issue-ticket.ts). */
import { createContext } from 'preact';
import type { IdReadings } from './id-readings';

export const IdReadingsContext = createContext<IdReadings | null>(null);
