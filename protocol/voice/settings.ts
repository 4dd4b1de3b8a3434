/**
 * How the hall's displays speak: a hall setting an admin changes with `voice.configure`, sent to every
 * display in its snapshot. Quiet hours are "HH:MM-HH:MM" ranges of the hall's clock in which calls are
 * shown but not heard (a lunch break with the hall open, an event in the lobby): ./quiet-hours.ts. The
 * settings of a hall that never changed them are in ./defaults.ts.
 */
import { z } from 'zod';
import { dayProblems } from '../hours';

export const voiceSettingsSchema = z.object({
  /** How many times each call is said (a recall is a new call and is said as many times again). */
  repeat: z.number().int().min(1).max(3),
  /**
   * Loudness of the clips, 1–100 % (the display's own loudspeaker sets the rest). Never 0: a hall that
   * wants silence sets quiet hours, which say so, rather than a volume nobody remembers turning down.
   */
  volume: z.number().int().min(1).max(100),
  /** The chime before each call. */
  chime: z.boolean(),
  quietHours: z.array(z.string().max(11)).max(4).superRefine((ranges, ctx) => {
    for (const { index, problem } of dayProblems(ranges)) ctx.addIssue({ code: 'custom', path: [index], message: problem });
  }),
}).strict();

export type VoiceSettings = z.infer<typeof voiceSettingsSchema>;
