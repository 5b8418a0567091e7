// GLSL for a loss surface's contour lines: a full-screen triangle (the boundary renderer's vertex shader, see
// linkProgram in ../boundary/gl-painter.ts) whose fragment shader evaluates the loss ½ wᵀHw at its pixel and at the pixels to its right and below, and draws a
// line where the whole part of log₂(loss) changes: the same rule, pixel for pixel, as cpu-picture.ts.
export const CONTOUR_FRAGMENT_SHADER = `#version 300 es
precision highp float;

uniform vec4 uExtent;     // xMin, xMax, yMin, yMax
uniform vec2 uCanvasSize; // drawing-buffer pixels
uniform vec3 uHessian;    // H = [[x, y], [y, z]]
uniform vec4 uColor;      // the line colour, non-premultiplied, 0..1
uniform float uLowest;    // log2 of the lowest contour's loss
out vec4 outColor;

// The contour band of the pixel whose centre is at frag (gl_FragCoord units: row 0 at the bottom).
float band(vec2 frag) {
  vec2 f = frag / uCanvasSize;
  vec2 p = vec2(mix(uExtent.x, uExtent.y, f.x), mix(uExtent.z, uExtent.w, f.y));
  float loss = 0.5 * (uHessian.x * p.x * p.x + 2.0 * uHessian.y * p.x * p.y + uHessian.z * p.y * p.y);
  return max(uLowest - 1.0, floor(log2(max(loss, 1e-30))));
}

void main() {
  vec2 frag = gl_FragCoord.xy;
  float here = band(frag);
  bool right = frag.x + 1.0 < uCanvasSize.x && band(frag + vec2(1.0, 0.0)) != here;
  bool below = frag.y - 1.0 > 0.0 && band(frag - vec2(0.0, 1.0)) != here;
  outColor = (right || below) ? uColor : vec4(0.0);
}
`;
