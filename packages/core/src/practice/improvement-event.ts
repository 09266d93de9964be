import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import {
  CoDesignerSchema,
  ImprovementMeasureSchema,
  ImprovementOriginSchema,
} from './improvement.js';

const envelope = {
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  improvementId: RecordIdSchema,
  at: IsoInstantSchema,
  actor: ActorSchema,
};

/** What happened to an improvement, past tense; `improvement.proposed` starts its history. */
export const ImprovementEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({
      ...envelope,
      type: z.literal('improvement.proposed'),
      practiceId: RecordIdSchema,
      title: boundedText(200),
      problem: boundedText(4000),
      origin: ImprovementOriginSchema,
      coDesigners: z.array(CoDesignerSchema).check(z.maxLength(100)),
    }),
    z.object({ ...envelope, type: z.literal('improvement.trial-started') }),
    z.object({ ...envelope, type: z.literal('improvement.adopted') }),
    z.object({
      ...envelope,
      type: z.literal('improvement.dropped'),
      reason: boundedText(2000),
    }),
    z.object({
      ...envelope,
      type: z.literal('improvement.measured'),
      measure: ImprovementMeasureSchema,
    }),
    z.object({
      ...envelope,
      type: z.literal('improvement.co-designer-added'),
      coDesigner: CoDesignerSchema,
    }),
  ]),
);
/** What happened to an improvement. */
export type ImprovementEvent = z.infer<typeof ImprovementEventSchema>;

/** A command on an improvement. */
export const ImprovementCommandSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('start-trial') }),
    z.object({ type: z.literal('adopt') }),
    z.object({
      type: z.literal('drop'),
      reason: boundedText(2000),
    }),
    z.object({
      type: z.literal('record-measure'),
      name: boundedText(200),
      value: z.number().check(z.gte(-1_000_000_000), z.lte(1_000_000_000)),
      unit: optionalBoundedText(40),
      note: optionalBoundedText(2000),
    }),
    z.object({ type: z.literal('add-co-designer'), coDesigner: CoDesignerSchema }),
  ]),
);
/** A command on an improvement. */
export type ImprovementCommand = z.infer<typeof ImprovementCommandSchema>;
