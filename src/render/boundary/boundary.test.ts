// The CPU side of the boundary renderer: colour mapping, the GLSL generated from it, the parameter layout
// the shader reads, and view checking. (Shader vs engine agreement is tested in tests/browser/boundary.test.ts.)
import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../engine/index.ts';
import { CLASS_COLORS, MID_RGB, NEGATIVE, POSITIVE, hexToRgb } from '../../ui/colors.ts';
import { CLASS_MIN_STRENGTH, classColor, classOf, glslColorSource, valueColor } from './color-map.ts';
import { ACTIVATION_CODES, packNetwork } from './pack.ts';
import { fragmentShader, shaderWidthFor } from './shader.ts';
import { resolveView } from './view.ts';

describe('colour mapping', () => {
  it('puts the range ends on the diverging scale ends and its middle on the neutral grey', () => {
    expect(valueColor(0, [0, 1])).toEqual(hexToRgb(NEGATIVE));
    expect(valueColor(1, [0, 1])).toEqual(hexToRgb(POSITIVE));
    expect(valueColor(0.5, [0, 1])).toEqual(MID_RGB);
    expect(valueColor(7, [-2, 2])).toEqual(hexToRgb(POSITIVE)); // clamped
    expect(valueColor(Number.NaN, [-1, 1])).toEqual(MID_RGB);
  });

  it('picks the argmax class, with the gap to the runner-up as the margin', () => {
    expect(classOf([0.1, 0.7, 0.2], [0, 1])).toEqual({ k: 1, margin: expect.closeTo(0.5, 12) });
    expect(classOf([0.3], [0, 1])).toEqual({ k: 0, margin: expect.closeTo(0.4, 12) });
    expect(classColor([0, 0, 1, 0], [0, 1])).toEqual(hexToRgb(CLASS_COLORS[2]));
    const undecided = classColor([0.5, 0.5], [0, 1]);
    expect(undecided).toEqual(MID_RGB.map((m, i) => Math.round(m + (hexToRgb(CLASS_COLORS[0])[i]! - m) * CLASS_MIN_STRENGTH)));
  });

  it('generates the shader constants from colors.ts', () => {
    const src = glslColorSource();
    const [r, g, b] = hexToRgb(POSITIVE).map((v) => (v / 255).toFixed(6));
    expect(src).toContain(`const vec3 POSITIVE_RGB = vec3(${r}, ${g}, ${b});`);
    expect(src).toContain(`CLASS_RGB[${CLASS_COLORS.length}]`);
  });
});

describe('parameter packing', () => {
  it('lays out each layer as row-major weights then biases, as the shader reads them', () => {
    const net = createReferenceNetwork({ inputs: 3, layers: [{ units: 4, activation: 'relu' }, { units: 2, activation: 'softmax' }], loss: 'softmaxCrossEntropy', seed: 4 });
    const p = net.getParameters();
    p.biases = [[1, 2, 3, 4], [5, 6]];
    net.setParameters(p);
    const packed = packNetwork(net);
    expect(packed.sizes).toEqual([3, 4, 2]);
    expect(packed.offsets).toEqual([0, 3 * 4 + 4]);
    expect(packed.activations).toEqual([ACTIVATION_CODES.relu, ACTIVATION_CODES.softmax]);
    // w_ij of layer 1 with i = 3, j = 1
    expect(packed.data[packed.offsets[1]! + 3 * 2 + 1]).toBeCloseTo(p.weights[1]![3 * 2 + 1]!, 6);
    expect(packed.data[packed.offsets[1]! + 4 * 2 + 1]).toBe(6);
    expect(packed.data.length).toBe(16 + 10);
  });
});

describe('shader source', () => {
  it('has one case per engine feature and a width bucket that fits the widest layer', () => {
    const src = fragmentShader(8);
    expect(src).toContain('case 6: return sin(p.y);');
    expect(src).toContain('#define WIDTH 8');
    expect(shaderWidthFor(8)).toBe(8);
    expect(shaderWidthFor(9)).toBe(16);
    expect(() => shaderWidthFor(300)).toThrow(/up to 256 units/);
  });
});

describe('view checking', () => {
  const net = createReferenceNetwork({ inputs: 2, layers: [{ units: 3, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' });
  it('defaults to the output layer, value mode and the activation range', () => {
    expect(resolveView(net, { extent: [-1, 1, -1, 1] })).toMatchObject({ layer: 1, index: 0, mode: 'value', range: [0, 1] });
    expect(resolveView(net, { extent: [-1, 1, -1, 1], unit: { layer: 0, index: 2 } })).toMatchObject({ layer: 0, index: 2, range: [-1, 1] });
  });
  it('says what is wrong with a bad view', () => {
    expect(() => resolveView(net, { extent: [1, -1, -1, 1] })).toThrow(/xMin < xMax/);
    expect(() => resolveView(net, { extent: [-1, 1, -1, 1], features: ['x1'] })).toThrow(/1 features give 1 inputs but the network has 2/);
    expect(() => resolveView(net, { extent: [-1, 1, -1, 1], unit: { layer: 0, index: 3 } })).toThrow(/unit.index must be 0 to 2/);
  });
});
