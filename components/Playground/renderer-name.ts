// The WebGL renderer's name, read the same way on the page (gpu.ts) and in the probe Worker
// (gpu-probe.worker.ts); the context is released at once, since only the name was wanted.
export function rendererName(gl: WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}
