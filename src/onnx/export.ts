// ONNX export of any network the engine builds: graph from ./graph.ts, bytes by protobufjs with the ONNX
// schema in ./onnx-schema.json. The browser imports this module lazily (on a "Download" click), so the
// protobuf library costs nothing until someone exports.
import protobuf from 'protobufjs/light.js';
import schema from './onnx-schema.json' with { type: 'json' };
import type { Network } from '../engine/types.ts';
import { buildModel, type ExportableNetwork, type ExportOptions } from './graph.ts';

export type { ExportOptions, ExportableNetwork } from './graph.ts';

let modelType: protobuf.Type | null = null;
function onnxModelType(): protobuf.Type {
  modelType ??= protobuf.Root.fromJSON(schema as protobuf.INamespace).lookupType('onnx.ModelProto');
  return modelType;
}

/** The .onnx file bytes of a network given by its spec and parameters. */
export function exportOnnx(model: ExportableNetwork, options: ExportOptions = {}): Uint8Array {
  const type = onnxModelType();
  const object = buildModel(model, options);
  return type.encode(type.fromObject(object)).finish();
}

/** The .onnx file bytes of a live engine network. */
export function exportNetwork(network: Pick<Network, 'spec' | 'getParameters'>, options: ExportOptions = {}): Uint8Array {
  return exportOnnx({ spec: network.spec as ExportableNetwork['spec'], parameters: network.getParameters() }, options);
}

/** Decodes .onnx bytes back to a plain object (for tests and for reading a model's metadata). */
export function decodeOnnx(bytes: Uint8Array): Record<string, unknown> {
  const type = onnxModelType();
  return type.toObject(type.decode(bytes), { longs: Number, bytes: Array }) as Record<string, unknown>;
}
