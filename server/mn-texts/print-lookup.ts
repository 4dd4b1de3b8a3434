/**
 * The slips' labels with the workbench's Mongolian (printers/layout/texts.ts PrintMessageLookup): a label
 * edited in the translation workbench is printed instead of the shipped draft, read from the database when
 * the slip is laid out, so the next slip after a save carries it.
 */
import type { Db } from '../db/open';
import { printMessages } from '../../protocol/catalog/print';
import type { PrintMessageLookup } from '../../printers/layout/texts';
import { catalogMnTextOf } from '../db/queries/mn-texts';
import { usableOverride } from './overrides';

export function printMessagesWithEdits(db: Db): PrintMessageLookup {
  return (key) => {
    const shipped = printMessages[key];
    const edited = catalogMnTextOf(db, key);
    return edited !== null && usableOverride(shipped.zh, edited) ? { ...shipped, mn: edited } : shipped;
  };
}
