import type {
  ActionPlanChanges,
  Actor,
  CheckIn,
  ContingencyContact,
  GoalAchievement,
  GoalDomain,
  GoalOwner,
  GoalStatus,
  IsoDate,
  IsoInstant,
  RecordId,
  ReviewKind,
  SupportContactKind,
  SupportNeed,
} from '@livewell/core';

/**
 * What callers ask the machine to do. A command is an intention (imperative); if accepted it
 * becomes one or more past-tense {@link CarePlanEvent}s. Ids are never part of a command: the
 * machine takes them from the context's id generator.
 */
export type CarePlanCommand =
  | { readonly type: 'book-information-gathering'; readonly start: IsoInstant }
  | { readonly type: 'send-preparation' }
  | { readonly type: 'book-conversation'; readonly start: IsoInstant }
  | { readonly type: 'record-arrival'; readonly agendaSheetReceived: boolean }
  | { readonly type: 'start-conversation'; readonly leadTimeOverrideReason?: string }
  | { readonly type: 'record-what-matters'; readonly text: string; readonly inOwnWords: boolean }
  | {
      readonly type: 'set-goal';
      readonly description: string;
      readonly domain: GoalDomain;
      readonly owner: GoalOwner;
      readonly targetDate?: IsoDate;
    }
  | {
      readonly type: 'change-goal-status';
      readonly goalId: RecordId;
      readonly status: GoalStatus;
      readonly achievement?: GoalAchievement;
      readonly reason?: string;
    }
  | {
      readonly type: 'draft-action-plan';
      readonly goalId?: RecordId;
      readonly what: string;
      readonly howMuch?: string;
      readonly when?: string;
      readonly howOften?: string;
      readonly owner?: Actor;
      readonly confidence?: number;
      readonly barriers?: readonly string[];
      readonly supportNeeded?: readonly SupportNeed[];
      /** Why a plan rated below 7 is kept as it is. */
      readonly revisionReason?: string;
    }
  | {
      readonly type: 'revise-action-plan';
      readonly actionPlanId: RecordId;
      readonly changes: ActionPlanChanges;
      readonly revisionReason?: string;
    }
  | {
      readonly type: 'record-contingency-plan';
      readonly warningSigns: readonly string[];
      readonly whatToDo: readonly string[];
      readonly whomToCall: readonly ContingencyContact[];
    }
  | { readonly type: 'agree-plan'; readonly reviewDate: IsoDate }
  | { readonly type: 'pause'; readonly reason: string }
  | { readonly type: 'resume' }
  | {
      readonly type: 'record-check-in';
      readonly actionPlanId: RecordId;
      readonly progress: CheckIn['progress'];
      readonly note?: string;
      readonly barriers?: readonly string[];
    }
  | {
      readonly type: 'record-support-contact';
      readonly kind: SupportContactKind;
      readonly actionPlanId?: RecordId;
      readonly note?: string;
    }
  | { readonly type: 'book-review'; readonly start: IsoInstant }
  | { readonly type: 'start-review'; readonly kind: ReviewKind; readonly reason?: string }
  | { readonly type: 'continue-plan'; readonly reviewDate: IsoDate }
  | { readonly type: 'revise-plan' }
  | { readonly type: 'withdraw'; readonly reason: string }
  | { readonly type: 'mark-entered-in-error'; readonly reason: string };

/** The `type` of a command. */
export type CarePlanCommandType = CarePlanCommand['type'];

/** The command of a given `type`. */
export type CarePlanCommandOf<T extends CarePlanCommandType> = Extract<
  CarePlanCommand,
  { type: T }
>;
