import type { InstrumentDefinition, MissingDataRule } from '@livewell/core';
import { checkBandReach, checkFlagReach } from './check-reach.js';
import type { DefinitionProblem, DefinitionProblemCode } from './definition-error.js';
import { deriveRange, type ItemSpan, itemSpans } from './range.js';
import { sameScore } from './rounding.js';

type Report = (code: DefinitionProblemCode, path: string, message: string) => void;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function checkMissing(rule: MissingDataRule, count: number, path: string, report: Report): void {
  if (rule.kind === 'min-answered' && rule.minAnswered > count) {
    report('missing-rule-impossible', path, `needs ${rule.minAnswered} answers of ${count} items`);
  }
  if (rule.kind === 'max-missing' && rule.maxMissing >= count) {
    report('missing-rule-impossible', path, `allows all ${count} items to be missing`);
  }
}

function checkBandCodes(def: InstrumentDefinition, report: Report): void {
  for (const code of duplicates(def.bands.map((b) => b.code))) {
    report('duplicate-band', 'bands', `band code "${code}" is used twice`);
  }
  def.bands.forEach((band, i) => {
    if (band.min > band.max) report('invalid-band', `bands.${i}`, 'min is above max');
  });
}

function checkRule(def: InstrumentDefinition, scored: readonly ItemSpan[], report: Report): void {
  const rule = def.scoring.rule;
  if (rule.method === 'weighted-sum') {
    const ids = rule.weights.map((w) => w.itemId);
    const scoredIds = new Set(scored.map((s) => s.id));
    const dup = duplicates(ids);
    const unknown = ids.filter((id) => !scoredIds.has(id));
    const absent = [...scoredIds].filter((id) => !ids.includes(id));
    const total = rule.weights.reduce((a, w) => a + w.weight, 0);
    if (dup.length + unknown.length + absent.length > 0 || total <= 0) {
      report(
        'invalid-weights',
        'scoring.rule.weights',
        'each scored item needs exactly one weight, and weights must sum above 0',
      );
    }
  }
  if (rule.method === 'linear' && !(rule.slope > 0)) {
    report(
      'non-positive-slope',
      'scoring.rule.slope',
      'a linear transform must have a positive slope',
    );
  }
  if (rule.method === 'lookup') {
    const rawMin = scored.reduce((a, s) => a + s.min, 0);
    const rawMax = scored.reduce((a, s) => a + s.max, 0);
    const raws = rule.table.map((row) => row.raw);
    const set = new Set(raws);
    const gaps: number[] = [];
    for (let raw = rawMin; raw <= rawMax; raw += 1) if (!set.has(raw)) gaps.push(raw);
    const extra = raws.filter((raw) => raw < rawMin || raw > rawMax);
    if (gaps.length > 0 || extra.length > 0 || set.size !== raws.length) {
      report(
        'lookup-incomplete',
        'scoring.rule.table',
        `the table needs exactly one row for each raw score ${rawMin}–${rawMax}`,
      );
    }
  }
  const missing = def.scoring.missing;
  const meanBased = rule.method === 'mean' || (rule.method === 'linear' && rule.base === 'mean');
  const allowsMissing =
    (missing.kind === 'min-answered' && missing.minAnswered < scored.length) ||
    (missing.kind === 'max-missing' && missing.maxMissing > 0);
  if (!meanBased && allowsMissing && !missing.prorate) {
    report(
      'sum-needs-proration',
      'scoring.missing',
      'a sum that allows missing items must prorate, or the score leaves its range',
    );
  }
  if (missing.kind !== 'all-required' && missing.prorate) {
    const uniform = scored.every((s) => s.min === scored[0]?.min && s.max === scored[0]?.max);
    if (rule.method === 'mean' || (rule.method === 'linear' && rule.base === 'mean') || !uniform) {
      report(
        'prorate-not-applicable',
        'scoring.missing.prorate',
        'proration applies to sums over items sharing one value range',
      );
    }
  }
}

/** Lists every rule a structurally valid definition breaks; empty when it is usable. */
export function checkDefinition(def: InstrumentDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report: Report = (code, path, message) => problems.push({ code, path, message });
  for (const id of duplicates(def.scales.map((s) => s.id))) {
    report('duplicate-scale', 'scales', `scale "${id}" is defined twice`);
  }
  def.scales.forEach((scale, i) => {
    if (duplicates(scale.options.map((o) => String(o.value))).length > 0) {
      report('duplicate-option', `scales.${i}.options`, 'two options share a value');
    }
  });
  for (const id of duplicates(def.items.map((item) => item.id))) {
    report('duplicate-item', 'items', `item "${id}" is defined twice`);
  }
  const spans = itemSpans(def);
  spans.forEach((span, i) => {
    if (!span) report('unknown-scale', `items.${i}.scaleId`, `no scale "${def.items[i]?.scaleId}"`);
  });
  const itemIds = new Set(def.items.map((item) => item.id));
  const scored = spans.filter((s): s is ItemSpan => s?.scored === true);
  if (scored.length === 0) report('no-scored-items', 'items', 'at least one item must be scored');
  for (const id of duplicates(def.subscales.map((s) => s.id))) {
    report('duplicate-subscale', 'subscales', `subscale "${id}" is defined twice`);
  }
  def.subscales.forEach((sub, i) => {
    const bad = sub.itemIds.filter((id) => !itemIds.has(id));
    if (bad.length > 0 || duplicates(sub.itemIds).length > 0) {
      report(
        'unknown-item-reference',
        `subscales.${i}.itemIds`,
        'subscale items must be distinct items of the instrument',
      );
    }
    checkMissing(sub.missing, sub.itemIds.length, `subscales.${i}.missing`, report);
  });
  def.flags.forEach((flag, i) => {
    if (flag.when.source !== 'total' && !itemIds.has(flag.when.itemId)) {
      report('unknown-item-reference', `flags.${i}.when.itemId`, `no item "${flag.when.itemId}"`);
    }
  });
  if (problems.length > 0 || scored.length === 0) return problems;
  checkMissing(def.scoring.missing, scored.length, 'scoring.missing', report);
  checkRule(def, scored, report);
  if (problems.length > 0) return problems;
  const weights = def.scoring.rule.method === 'weighted-sum' ? def.scoring.rule.weights : [];
  const weightOf = (id: string) => weights.find((w) => w.itemId === id)?.weight ?? 1;
  const derived = deriveRange(def, scored, weightOf);
  const declared = def.scoring.range;
  if (!sameScore(derived.min, declared.min) || !sameScore(derived.max, declared.max)) {
    report(
      'range-mismatch',
      'scoring.range',
      `declared ${declared.min}–${declared.max}, items give ${derived.min}–${derived.max}`,
    );
  }
  checkBandCodes(def, report);
  checkBandReach(def, report);
  checkFlagReach(def, spans, report);
  return problems;
}
