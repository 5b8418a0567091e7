// "Download model (.onnx)": a button any widget can add to its toolbar. The exporter (and protobufjs)
// is imported only when the button is pressed, so pages pay nothing for it until someone exports.
import type { FeatureName, Network } from '../engine/types.ts';
import { onnxDownloadStrings } from '../i18n/index.ts';

export interface OnnxDownloadOptions {
  /** The network to export right now, or null when there is none (the button then says why). */
  getNetwork(): Pick<Network, 'spec' | 'getParameters'> | null;
  /** The feature switches the network's inputs come from (playground), so the file takes raw (x1, x2). */
  getFeatures?(): readonly FeatureName[] | undefined;
  fileName?: string;
  /** Class for the button, to match the host's buttons. */
  buttonClass?: string;
}

/** Creates the button with a status line beside it (what was downloaded, or why not); append it where it belongs. */
export function createOnnxDownloadButton(options: OnnxDownloadOptions): HTMLElement {
  const S = onnxDownloadStrings();
  const wrap = document.createElement('span');
  wrap.className = 'onnx-download';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = options.buttonClass ?? '';
  button.textContent = S.button;
  const status = document.createElement('span');
  status.className = 'onnx-download-status';
  status.setAttribute('role', 'status');
  wrap.append(button, ' ', status);
  const say = (text: string) => { status.textContent = text; };
  button.addEventListener('click', async () => {
    const network = options.getNetwork();
    if (!network) { say(S.noNetwork); return; }
    // A diverged network cannot be written (the exporter refuses non-finite weights): say why in words.
    const { weights, biases } = network.getParameters();
    if (![...weights, ...biases].every((layer) => layer.every(Number.isFinite))) { say(S.diverged); return; }
    try {
      const { exportNetwork } = await import('./export.ts');
      const features = options.getFeatures?.();
      const bytes = exportNetwork(network, {
        features,
        description: S.fileDescription,
      });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = options.fileName ?? S.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(S.downloaded(link.download, bytes.length));
    } catch (error) {
      // The exporter's checks (src/onnx/graph.ts) are invariants once a diverged network is refused above in
      // words: the playground always passes a valid network and its features, so its English is for developers.
      say(S.failed((error as Error).message));
    }
  });
  return wrap;
}
