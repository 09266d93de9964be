import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';

/**
 * A skill a practitioner development programme builds, e.g. `health-coaching`,
 * `brief-action-planning`, `agenda-setting`, `motivational-interviewing`. Other skills are named
 * with a lower-case kebab slug.
 */
export const DevelopmentSkillSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(60),
      z.regex(/^[a-z][a-z0-9-]*$/, 'skills are lower-case kebab slugs, e.g. "health-coaching"'),
    ),
);
/** A skill a practitioner development programme builds. */
export type DevelopmentSkill = z.infer<typeof DevelopmentSkillSchema>;

/** The skills the sources name for supporting self-management. */
export const knownDevelopmentSkills = [
  'health-coaching',
  'brief-action-planning',
  'agenda-setting',
  'motivational-interviewing',
  'care-and-support-planning',
] as const;
