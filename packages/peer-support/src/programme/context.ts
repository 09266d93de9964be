import type { Actor, IdGenerator, IsoInstant } from '@livewell/core';

/** What every programme operation needs: the current instant, who acts, and an id generator. */
export interface ProgrammeContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
}
