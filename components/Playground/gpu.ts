// Whether WebGL runs on a real GPU. A software rasteriser (SwiftShader, llvmpipe: headless browsers,
// some virtual machines) runs the boundary shader far slower than the engine on the CPU: in headless
// Chromium a 6×8 network's pictures took seconds per frame through it. There the pictures use the
// boundary renderer's canvas path instead.
let cached: boolean | undefined;

export function webglIsSoftware(): boolean {
  if (cached !== undefined) return cached;
  // Tests set this to exercise the WebGL path on a software rasteriser.
  if ((globalThis as { nn101ForceWebGL?: boolean }).nn101ForceWebGL) return (cached = false);
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return (cached = true);
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    cached = /swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    cached = true;
  }
  return cached;
}
