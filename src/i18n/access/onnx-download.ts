import { onnxDownload as en } from '../en/onnx-download.ts';
import { onnxDownload as es } from '../es/onnx-download.ts';
import { pick } from '../pick.ts';

export const onnxDownloadStrings = /* @__PURE__ */ pick<'onnxDownload'>({ en, es });
