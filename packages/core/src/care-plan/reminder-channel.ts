import * as z from 'zod/mini';

/** How a preparation reminder reached the person. */
export const ReminderChannelSchema = z.enum(['letter', 'text-message', 'email', 'phone', 'app']);
/** How a preparation reminder reached the person. */
export type ReminderChannel = z.infer<typeof ReminderChannelSchema>;
