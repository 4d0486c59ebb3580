import { z } from 'zod';

/** Whether the first-run tour of this case file was finished or skipped (then it stays away). */
export const tourStateSchema = z.object({ done: z.boolean() }).strict();

export type TourState = z.infer<typeof tourStateSchema>;
