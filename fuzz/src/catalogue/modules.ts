import * as activation from '@livewell/activation';
import * as activationLaws from '@livewell/activation/laws';
import * as carePlan from '@livewell/care-plan';
import * as core from '@livewell/core';
import * as coreTesting from '@livewell/core/testing';
import * as fhir from '@livewell/fhir';
import * as peerSupport from '@livewell/peer-support';
import * as storage from '@livewell/storage';
import * as storagePostgres from '@livewell/storage-postgres';
import * as storageTestkit from '@livewell/storage-testkit';
import type { ModuleName } from './entry.js';

/** Every public entry point of every package (`index.ts` and subpath exports), as loaded. */
export const publicModules: Readonly<Record<ModuleName, object>> = {
  '@livewell/core': core,
  '@livewell/core/testing': coreTesting,
  '@livewell/care-plan': carePlan,
  '@livewell/activation': activation,
  '@livewell/activation/laws': activationLaws,
  '@livewell/peer-support': peerSupport,
  '@livewell/storage': storage,
  '@livewell/storage-testkit': storageTestkit,
  '@livewell/storage-postgres': storagePostgres,
  '@livewell/fhir': fhir,
};

/** The exported functions (and classes) of a module, by name. */
export const exportedFunctions = (module: object): string[] =>
  Object.entries(module)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
    .sort();
