/**
 * mnText.overrides (anyone): the catalog Mongolian edited in the translation workbench, for pages that hold no
 * hall snapshot (the phone page; kiosks, displays and pads have it in HallSnapshot.mnTexts). The caller joins
 * the room told `mnTexts.changed` on every configuration change, so an open page asks again at once.
 */
import type { CommandDef } from './define';
import { catalogMnOverrides } from '../mn-texts/overrides';
import { MN_TEXTS_ROOM } from '../realtime/rooms';

export const mnTextOverrides: CommandDef<'mnText.overrides'> = {
  name: 'mnText.overrides',
  permits: ['everyone'],
  run(ctx) {
    ctx.join(MN_TEXTS_ROOM);
    return catalogMnOverrides(ctx.db);
  },
};
