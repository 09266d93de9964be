import * as activation from '@livewell/activation';
import * as activationLaws from '@livewell/activation/laws';
import * as carePlan from '@livewell/care-plan';
import * as core from '@livewell/core';
import * as coreTesting from '@livewell/core/testing';
import * as fhir from '@livewell/fhir';
import * as peerSupport from '@livewell/peer-support';
import * as peerSupportOruk from '@livewell/peer-support/oruk';
import * as practice from '@livewell/practice';
import * as storage from '@livewell/storage';
import * as storageDriver from '@livewell/storage/driver';
import * as storagePostgres from '@livewell/storage-postgres';
import * as storageTestkit from '@livewell/storage-testkit';
import * as worklist from '@livewell/worklist';
import type { ModuleName } from './entry.js';

/** Every public entry point of every package (`index.ts` and subpath exports), as loaded. */
export const publicModules: Readonly<Record<ModuleName, object>> = {
  '@livewell/core': core,
  '@livewell/core/testing': coreTesting,
  '@livewell/care-plan': carePlan,
  '@livewell/activation': activation,
  '@livewell/activation/laws': activationLaws,
  '@livewell/peer-support': peerSupport,
  '@livewell/peer-support/oruk': peerSupportOruk,
  '@livewell/storage': storage,
  '@livewell/storage/driver': storageDriver,
  '@livewell/storage-testkit': storageTestkit,
  '@livewell/storage-postgres': storagePostgres,
  '@livewell/fhir': fhir,
  '@livewell/worklist': worklist,
  '@livewell/practice': practice,
};

/** A namespace re-export (`export * as referral from …`): its functions count as the module's. */
const isNamespace = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  Object.prototype.toString.call(value) === '[object Module]';

/**
 * The exported functions (and classes) of a module, by name; those of a namespace export are
 * named `namespace.function` (`referral.transition`).
 */
export const exportedFunctions = (module: object): string[] =>
  Object.entries(module)
    .flatMap(([name, value]): string[] => {
      if (typeof value === 'function') return [name];
      if (isNamespace(value)) return exportedFunctions(value).map((inner) => `${name}.${inner}`);
      return [];
    })
    .sort();
