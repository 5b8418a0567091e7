// "Download model (.onnx)" (src/onnx/download-button.ts), the button a widget adds to its toolbar.
import { formatInteger } from '../../ui/format.ts';

export const onnxDownload = {
  button: 'Download model (.onnx)',
  noNetwork: 'There is no network to download yet.',
  diverged: 'The model cannot be exported: some of its weights are not finite numbers (the training diverged). Rewind or lower the learning rate, then train again.',
  downloaded: (file: string, bytes: number) => `Downloaded ${file} (${formatInteger(bytes, 'en')} bytes): input "input" is the point (x1, x2), output "output" the network's outputs.`,
  failed: (why: string) => `The model could not be exported: ${why}`,
};
