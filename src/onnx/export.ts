// ONNX export of any network the engine builds: graph from ./graph.ts, bytes by our own small protobuf
// writer (./protobuf-writer.ts) over the ONNX schema in ./onnx-schema.json. No code generation and no
// eval, so the export works under the site's Content-Security-Policy (protobufjs's encoders are generated
// with `new Function`). The browser imports this module lazily, on a "Download" click.
import schema from './onnx-schema.json' with { type: 'json' };
import type { Network } from '../engine/types.ts';
import { buildModel, type ExportableNetwork, type ExportOptions } from './graph.ts';
import { encodeMessage } from './protobuf-writer.ts';

export type { ExportOptions, ExportableNetwork } from './graph.ts';

/** The .onnx file bytes of a network given by its spec and parameters. */
export function exportOnnx(model: ExportableNetwork, options: ExportOptions = {}): Uint8Array {
  return encodeMessage(schema, 'onnx.ModelProto', buildModel(model, options));
}

/** The .onnx file bytes of a live engine network. */
export function exportNetwork(network: Pick<Network, 'spec' | 'getParameters'>, options: ExportOptions = {}): Uint8Array {
  return exportOnnx({ spec: network.spec as ExportableNetwork['spec'], parameters: network.getParameters() }, options);
}
