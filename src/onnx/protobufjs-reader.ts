// Reads .onnx bytes back with protobufjs (reflection over ./onnx-schema.json): an independent decoder for
// the tests of our writer (./protobuf-writer.ts). Node only: protobufjs generates its decoders with
// `new Function`, which the site's Content-Security-Policy forbids in the browser.
import protobuf from 'protobufjs/light.js';
import schema from './onnx-schema.json' with { type: 'json' };

let modelType: protobuf.Type | null = null;
export function onnxModelType(): protobuf.Type {
  modelType ??= protobuf.Root.fromJSON(schema as protobuf.INamespace).lookupType('onnx.ModelProto');
  return modelType;
}

/** Decodes .onnx bytes to a plain object (int64 as numbers, bytes as arrays). */
export function decodeOnnx(bytes: Uint8Array): Record<string, unknown> {
  const type = onnxModelType();
  return type.toObject(type.decode(bytes), { longs: Number, bytes: Array }) as Record<string, unknown>;
}
