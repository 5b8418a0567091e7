// Our ONNX schema subset is written by hand; check every field number and enum value against an
// independent copy: the onnx.proto code that protobufjs generated for onnxruntime-web (shipped in its lib/).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import schema from './onnx-schema.json' with { type: 'json' };

const generated = readFileSync(
  fileURLToPath(new URL('../../node_modules/onnxruntime-web/lib/onnxjs/ort-schema/protobuf/onnx.js', import.meta.url)),
  'utf8',
);

/** Field name → number as decoded by the generated `<message>.decode`. */
function generatedFields(message: string): Record<string, number> {
  const start = generated.indexOf(`    ${message}.decode = function decode(`);
  const start2 = start >= 0 ? start : generated.indexOf(`      ${message}.decode = function decode(`);
  expect(start2, `${message}.decode in the generated code`).toBeGreaterThan(0);
  const body = generated.slice(start2, generated.indexOf('.decodeDelimited', start2));
  const fields: Record<string, number> = {};
  for (const m of body.matchAll(/case (\d+): \{\s*(?:if \(!\(message\.(\w+)|message\.(\w+))/g)) fields[m[2] ?? m[3]] = Number(m[1]);
  return fields;
}

type Node = { fields?: Record<string, { id: number }>; values?: Record<string, number>; nested?: Record<string, Node> };
function* messages(nested: Record<string, Node>): Generator<[string, Node]> {
  for (const [name, node] of Object.entries(nested)) {
    yield [name, node];
    if (node.nested) yield* messages(node.nested);
  }
}

describe('ONNX schema subset', () => {
  const all = [...messages((schema as { nested: { onnx: { nested: Record<string, Node> } } }).nested.onnx.nested)];

  it('numbers every field as onnx.proto does', () => {
    let checked = 0;
    for (const [name, node] of all) {
      if (!node.fields) continue;
      const expected = generatedFields(name);
      for (const [field, { id }] of Object.entries(node.fields)) {
        expect(id, `${name}.${field}`).toBe(expected[field]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('gives enum values their onnx.proto numbers', () => {
    for (const [name, node] of all) {
      if (!node.values) continue;
      for (const [value, id] of Object.entries(node.values)) {
        expect(generated, `${name}.${value}`).toContain(`values[(valuesById[${id}] = '${value}')] = ${id}`);
      }
    }
  });
});
