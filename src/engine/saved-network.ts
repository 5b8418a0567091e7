// Saving and reading a network (toJSON / fromJSON), for both engines: the format header, its checks and
// the restore order (parameters first, then the optimiser slots and dropout stream) are the same whatever
// computes.

import type { Network, NetworkSpec, Parameters, SerializedNetwork } from './types.ts';
import { InputError, validateSpec } from './validate.ts';

/** A network that can resume a saved optimiser state (both engines' classes are). */
export interface RestorableNetwork extends Network {
  restoreTrainingState(state: unknown): void;
}

/** The saved form's header and contents, without optimiser state (a copy of the spec; parameters as given). */
export function savedNetwork(spec: NetworkSpec, parameters: Parameters): SerializedNetwork {
  return { format: 'nn101-network', version: 1, spec: structuredClone(spec), parameters };
}

/**
 * Parses and checks a saved network, builds an untrained one from its (validated) spec with `create`,
 * then sets the saved parameters and, if saved, the optimiser state and dropout stream.
 */
export function restoreSavedNetwork<N extends RestorableNetwork>(json: SerializedNetwork | string, create: (spec: NetworkSpec) => N): N {
  const data = (typeof json === 'string' ? JSON.parse(json) : json) as SerializedNetwork;
  if (data === null || typeof data !== 'object' || data.format !== 'nn101-network') {
    throw new InputError({ code: 'not-saved-network' }, 'not a saved nn101 network: expected { format: "nn101-network", version: 1, spec, parameters }');
  }
  if (data.version !== 1) throw new InputError({ code: 'saved-version', got: String(data.version) }, `saved network has version ${data.version}; this engine reads version 1`);
  validateSpec(data.spec);
  const network = create(data.spec);
  network.setParameters(data.parameters);
  if (data.optimizerState !== undefined) network.restoreTrainingState(data.optimizerState);
  return network;
}
