import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApiDocument } from '../src/openapi.js';
import { type Running, start } from './harness.js';

let service: Running;
beforeAll(async () => {
  service = await start();
});
afterAll(() => service.close());

it('serves an OpenAPI 3.1 document that an OpenAPI validator accepts (offline)', async () => {
  const served = await service.call('GET', '/openapi.json', { actor: null });
  expect(served.status).toBe(200);
  expect(served.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  const validator = new Validator();
  const result = await validator.validate(served.body);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
});

it('describes the records from core zod schemas, with tenantId left to the path on input', () => {
  const { components } = openApiDocument() as {
    components: {
      schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    };
  };
  const { Person, NewPerson, CarePlanCommand } = components.schemas;
  expect(Person?.properties).toHaveProperty('tenantId');
  expect(NewPerson?.properties).not.toHaveProperty('tenantId');
  expect(NewPerson?.required).not.toContain('tenantId');
  expect(JSON.stringify(CarePlanCommand)).toContain('record-what-matters');
});

it('documents only routes the service serves', () => {
  const { paths } = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase() as 'GET' | 'POST',
      url: path.replace(/\{(\w+)\}/g, ':$1'),
    })),
  );
  expect(operations.length).toBe(17);
  for (const operation of operations) expect(service.app.hasRoute(operation)).toBe(true);
});
