import type { FlagRule, RaisedFlag } from '@livewell/core';

/** The flag a rule raises: its code, severity and message, and the item for item rules. */
export const raisedFlag = (rule: FlagRule): RaisedFlag =>
  rule.when.source === 'total'
    ? { code: rule.code, severity: rule.severity, message: rule.message }
    : { code: rule.code, severity: rule.severity, message: rule.message, itemId: rule.when.itemId };
