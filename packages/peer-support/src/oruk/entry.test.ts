import * as root from '@livewell/peer-support';
import * as oruk from '@livewell/peer-support/oruk';
import { describe, expect, it } from 'vitest';

describe('the ORUK entry (ADR 0007)', () => {
  it('is reached at @livewell/peer-support/oruk, not from the root entry', () => {
    expect(typeof oruk.fromHsdsService).toBe('function');
    expect(typeof oruk.toHsdsService).toBe('function');
    expect(Object.keys(oruk).sort()).toEqual([
      'LIVEWELL_EXTENSIONS',
      'MAX_PER_PAGE',
      'ORUK_IMPORT_DEFAULTS',
      'apiInfo',
      'fromHsdsService',
      'getService',
      'getTaxonomyTerm',
      'importSchedule',
      'isUuid',
      'listServices',
      'listTaxonomies',
      'listTaxonomyTerms',
      'orukApiDirectory',
      'pageOf',
      'readServiceQuery',
      'stableUuid',
      'syncOrukApi',
      'toHsdsService',
      'ukZoneForOffset',
    ]);
    const names = Object.keys(root);
    for (const name of Object.keys(oruk)) expect(names).not.toContain(name);
  });
});
