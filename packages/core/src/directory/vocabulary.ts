import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';

/** How people take part in a service: in person at a location, online, or by phone. */
export const DeliveryModeSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['in-person', 'online', 'phone']),
);
/** How people take part in a service. */
export type DeliveryMode = z.infer<typeof DeliveryModeSchema>;

/** Who leads the support: people with lived experience, volunteers, or paid professionals. */
export const SupportKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['peer-led', 'volunteer', 'professional']),
);
/** Who leads the support. */
export type SupportKind = z.infer<typeof SupportKindSchema>;

/** Formal support is structured (a course, a clinic); informal support is a drop-in or a group. */
export const SupportFormalitySchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['formal', 'informal']),
);
/** Whether support is formal or informal. */
export type SupportFormality = z.infer<typeof SupportFormalitySchema>;

/** How people reach a service: referring themselves, or through a professional. */
export const ReferralRouteSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['self-referral', 'professional-referral']),
);
/** How people reach a service. */
export type ReferralRoute = z.infer<typeof ReferralRouteSchema>;

/** Accessibility features a service or location offers. */
export const AccessibilityFeatureSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'wheelchair-access',
    'step-free',
    'accessible-toilet',
    'hearing-loop',
    'bsl-interpreter',
    'large-print',
    'easy-read',
    'quiet-space',
    'parking',
  ]),
);
/** An accessibility feature. */
export type AccessibilityFeature = z.infer<typeof AccessibilityFeatureSchema>;

/** Whether a service is running (HSDS `status`). */
export const ServiceStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['active', 'inactive', 'defunct', 'temporarily-closed']),
);
/** Whether a service is running. */
export type ServiceStatus = z.infer<typeof ServiceStatusSchema>;

/** A BCP 47 language tag such as `en`, `cy`, `pa` or `pt-BR`. */
export const LanguageTagSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or pt-BR'),
    ),
);
/** A BCP 47 language tag. */
export type LanguageTag = z.infer<typeof LanguageTagSchema>;
