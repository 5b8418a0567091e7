// Our protobuf writer against protobufjs (an independent encoder and decoder): protobufjs reads our bytes
// back to the same message as its own encoding of the object (awkward values included: negative int64,
// empty strings, UTF-8, large tensors). The bytes differ only where protobuf allows: protobufjs 8 writes
// proto3 style (packed lists, no empty strings), we write onnx.proto's proto2 form. ONNX Runtime reading
// these files is export.test.ts.
import { describe, expect, it } from 'vitest';
import schema from './onnx-schema.json' with { type: 'json' };
import { buildModel } from './graph.ts';
import { exportOnnx } from './export.ts';
import { encodeMessage } from './protobuf-writer.ts';
import { decodeOnnx, onnxModelType } from './protobufjs-reader.ts';
import { createReferenceNetwork } from '../engine/reference/index.ts';
import type { NetworkSpec } from '../engine/types.ts';

const protobufjsBytes = (object: object) => {
  const type = onnxModelType();
  return type.encode(type.fromObject(object)).finish();
};

const specs: NetworkSpec[] = [
  { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' },
  { inputs: 5, layers: [{ units: 8, activation: 'leakyRelu' }, { units: 3, activation: 'step' }, { units: 4, activation: 'softmax' }], loss: 'softmaxCrossEntropy', leakySlope: 0.2 },
  { inputs: 784, layers: [{ units: 32, activation: 'relu' }, { units: 10, activation: 'softmax' }], loss: 'softmaxCrossEntropy' },
];

describe('protobuf writer', () => {
  it('writes what protobufjs reads back as its own encoding, for exported networks (features, metadata, negative ints)', () => {
    for (const [k, spec] of specs.entries()) {
      const model = { spec, parameters: createReferenceNetwork({ ...spec, seed: k + 1 }).getParameters() };
      const options = k === 1
        ? { features: ['x1', 'x2', 'x1Squared', 'sinX1', 'x1x2'] as const, description: 'Ünïcode ✓ and “quotes”', metadata: { empty: '' } }
        : {};
      const object = buildModel(model, options as never);
      const ours = exportOnnx(model, options as never);
      const back = decodeOnnx(ours);
      expect(back, `network ${k}`).toEqual(decodeOnnx(protobufjsBytes(object)));
      expect(back.docString).toBe(object.docString);
      // (protobufjs's toObject leaves out an empty string.)
      expect((back.metadataProps as { key: string; value?: string }[]).map((p) => [p.key, p.value ?? ''])).toEqual(object.metadataProps.map((p) => [p.key, p.value]));
      const weights = (back as { graph: { initializer: { name: string; rawData: number[] }[] } }).graph.initializer.find((t) => t.name === 'W0')!.rawData;
      expect(new Float32Array(Uint8Array.from(weights).buffer)).toEqual(Float32Array.from(model.parameters.weights[0]!));
    }
  });

  it('writes the wire format by hand-checked bytes: varint tags, lengths, fixed32 floats, unpacked lists', () => {
    const bytes = encodeMessage(schema, 'onnx.ModelProto', {
      irVersion: 300, producerName: 'é', graph: { node: [{ attribute: [{ name: 'a', f: 0.5, type: 1 }] }], initializer: [{ dims: [2, 1] }] },
    });
    expect(Buffer.from(bytes).toString('hex')).toBe([
      '08ac02', // 1: irVersion = 300 (varint 0xac 0x02)
      '1202c3a9', // 2: producerName, 2 bytes of UTF-8
      '3a15', // 7: graph, 21 bytes
      '0a0d', '2a0b', '0a0161', '150000003f', 'a00101', // node { attribute { name "a", f 0.5 (fixed32), type 1 (field 20) } }
      '2a04', '0802', '0801', // initializer { dims 2, dims 1 } (unpacked, as proto2)
    ].join(''));
  });

  it('sign-extends negative int64 to ten bytes and reads back as the same number', () => {
    const bytes = encodeMessage(schema, 'onnx.ModelProto', { irVersion: -1 });
    expect([...bytes]).toEqual([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(decodeOnnx(bytes).irVersion).toBe(-1);
  });

  it('refuses values of the wrong kind instead of writing a corrupt file', () => {
    expect(() => encodeMessage(schema, 'onnx.ModelProto', { irVersion: 1.5 })).toThrow('onnx.ModelProto.irVersion must be a whole number');
    expect(() => encodeMessage(schema, 'onnx.ModelProto', { graph: { initializer: [{ rawData: 'abc' }] } })).toThrow(/rawData must be bytes/);
    expect(() => encodeMessage(schema, 'onnx.Nope', {})).toThrow(/no type "Nope"/);
  });

  it('exports with eval and Function unavailable, as under the site\'s Content-Security-Policy', () => {
    const saved = { eval: globalThis.eval, Function: globalThis.Function };
    const refuse = () => { throw new EvalError('refused by the Content-Security-Policy'); };
    try {
      globalThis.eval = refuse as never;
      globalThis.Function = refuse as never;
      const bytes = exportOnnx({ spec: specs[0]!, parameters: createReferenceNetwork(specs[0]!).getParameters() });
      expect(bytes.length).toBeGreaterThan(100);
    } finally {
      globalThis.eval = saved.eval;
      globalThis.Function = saved.Function;
    }
  });
});
