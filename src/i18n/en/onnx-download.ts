// "Download model (.onnx)" (src/onnx/download-button.ts), the button a widget adds to its toolbar.
import { formatInteger } from '../../ui/format.ts';

export const onnxDownload = {
  button: 'Download model (.onnx)',
  /** The file's name when the widget gives none. */
  fileName: 'nn101-network.onnx',
  /** Written into the file (its doc_string), where a model viewer such as Netron shows it. */
  fileDescription: 'A network trained in the nn101 playground. Input: the point (x1, x2); output: the last layer.',
  noNetwork: 'There is no network to download yet.',
  diverged: 'The model cannot be exported: some of its weights are not finite numbers (the training diverged). Rewind or lower the learning rate, then train again.',
  downloaded: (file: string, bytes: number) => `Downloaded ${file} (${formatInteger(bytes, 'en')} bytes): input "input" is the point (x1, x2), output "output" the network's outputs.`,
  failed: (why: string) => `The model could not be exported: ${why}`,
};
