import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';

/** How a preparation reminder reached the person. */
export const ReminderChannelSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['letter', 'text-message', 'email', 'phone', 'app']),
);
/** How a preparation reminder reached the person. */
export type ReminderChannel = z.infer<typeof ReminderChannelSchema>;
