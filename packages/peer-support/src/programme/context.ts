import type { ProgrammeContext, ProgrammeRecords } from '@livewell/core';

/** What every programme command needs (schema and parser in `@livewell/core`). */
export type { ProgrammeContext, ProgrammeRecords };

/**
 * Who may act on a programme: the `service` that runs it (practitioners with a current
 * membership of its organisation, and trusted systems acting for it) and the `person` whose
 * place it is (or a carer registered for them with their consent).
 */
export type ProgrammeParty = 'service' | 'person';
