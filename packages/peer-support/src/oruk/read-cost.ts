import type { Cost } from '@livewell/core';
import type { OrukImportDefaults } from './defaults.js';
import { num, objects, str } from './read.js';
import { at, type Reading, S } from './reading.js';

export function readCost(
  r: Reading,
  input: Record<string, unknown>,
  defaults: OrukImportDefaults,
): Cost {
  const options = objects(input.cost_options);
  options.slice(1).forEach((_, i) => {
    r.ledger.lose(at('cost_options', i + 1), 'livewell keeps one cost option (the first)');
  });
  const first = options[0];
  if (!first) {
    r.note('cost_options', 'cost-unknown', 'no cost option: cost unknown (not read as free)');
    return { kind: 'unknown' };
  }
  const path = 'cost_options[0]';
  const amount = num(first.amount);
  if (amount === undefined || amount < 0) {
    r.ledger.lose(path, 'the cost option has no amount: cost unknown');
    r.note(path, 'cost-unknown', 'the cost option has no amount: cost unknown');
    return { kind: 'unknown' };
  }
  r.ledger.keep(at(path, 'amount'));
  if (amount === 0) return { kind: 'free' };
  const written = str(first.currency)?.trim().toUpperCase();
  const currency = written && /^[A-Z]{3}$/.test(written) ? written : defaults.currency;
  if (written === currency) r.ledger.keep(at(path, 'currency'));
  else r.note(path, 'defaulted', `no readable currency: amounts read in ${currency}`);
  const per = str(first.amount_description);
  const cost = { kind: 'paid' as const, amount, currency, ...(per ? { per } : {}) };
  const parsed = S.cost.safeParse(cost);
  if (!parsed.success) {
    r.ledger.lose(path, 'the cost option is out of livewell’s range: cost unknown');
    return { kind: 'unknown' };
  }
  if (per) r.ledger.keep(at(path, 'amount_description'));
  return parsed.data;
}
