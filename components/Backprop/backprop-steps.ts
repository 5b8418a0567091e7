// The walk-through the Backprop widget steps through: the forward pass, then the backward sweep edge by
// edge, then the update. Each step has a TeX formula whose numbers are slots (rendered at build time by
// Backprop.astro, filled by backprop.ts), the diagram parts it highlights, and the gradient it produces.
import type { HiddenActivation, IntermediateKey, ParamKey } from './backprop-model.ts';
import { backpropStrings } from '../../src/i18n/index.ts';

export interface Step {
  id: string;
  /** Short plain-text heading, also announced to screen readers. */
  title: string;
  /** Display TeX with \slot{name}{0.0000} numbers. */
  tex: string;
  /** Diagram element ids (data-part) outlined while this step is current. */
  parts: string[];
  /** The gradient this step finds, checked against a finite difference beside it. */
  gradient?: ParamKey | 'x1';
  /** Intermediate values this step finds (δ_o, ∂L/∂h_j, δ_j), each checked against a finite difference. */
  intermediates?: IntermediateKey[];
  phase: 'forward' | 'backward' | 'update';
}

const S = (name: string) => `\\slot{${name}}{0.0000}`;
/** The same number in parentheses when negative, for a factor after × or +. */
const P = (name: string) => `\\slot{${name}-p}{0.0000}`;
/** Lines of an aligned block (each line has one &), so long formulas wrap instead of overflowing a phone. */
const aligned = (lines: string[]) => `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
const d = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** Sub-script TeX for each parameter name. */
export const PARAM_TEX: Readonly<Record<ParamKey | 'x1', string>> = {
  w11: 'w_{11}', w21: 'w_{21}', w12: 'w_{12}', w22: 'w_{22}', b1: 'b_1', b2: 'b_2', v1: 'v_1', v2: 'v_2', bo: 'b_o', x1: 'x_1',
};

/** Plain-text names of the intermediates, for the check lines and announcements. */
export const INTERMEDIATE_TEXT: Readonly<Record<IntermediateKey, string>> = {
  do: 'δₒ = ∂L/∂zₒ', dh1: '∂L/∂h₁', dh2: '∂L/∂h₂', d1: 'δ₁ = ∂L/∂z₁', d2: 'δ₂ = ∂L/∂z₂',
};

/** Plain-text names of the parameters, for labels and announcements. */
export const PARAM_TEXT: Readonly<Record<ParamKey | 'x1', string>> = {
  w11: 'w₁₁', w21: 'w₂₁', w12: 'w₁₂', w22: 'w₂₂', b1: 'b₁', b2: 'b₂', v1: 'v₁', v2: 'v₂', bo: 'bₒ', x1: 'x₁',
};

export function buildSteps(activation: HiddenActivation): Step[] {
  const T = backpropStrings().steps;
  const f = activation === 'sigmoid' ? '\\sigma' : '\\tanh';
  const fPrime = (j: number) => (activation === 'sigmoid' ? `h_${j}(1-h_${j})` : `1-h_${j}^2`);
  const hiddenDelta = (j: 1 | 2): Step => ({
    id: `delta${j}`,
    title: T.hidden(`v${j === 1 ? '₁' : '₂'}`, `h${j === 1 ? '₁' : '₂'}`),
    tex: aligned([
      `${d('L', `h_${j}`)} &= \\delta_o\\, v_${j}`,
      `&= ${S('do')}\\times ${P(`v${j}`)} = ${S(`dh${j}`)}`,
      `\\delta_${j} = ${d('L', `z_${j}`)} &= ${d('L', `h_${j}`)}\\, ${f}'(z_${j})`,
      `&= ${d('L', `h_${j}`)}\\,(${fPrime(j)})`,
      `&= ${S(`dh${j}`)}\\times ${P(`fp${j}`)} = ${S(`d${j}`)}`,
    ]),
    parts: [`edge-v${j}`, `node-h${j}`],
    intermediates: [`dh${j}`, `d${j}`],
    phase: 'backward',
  });
  const inputEdge = (i: 1 | 2, j: 1 | 2): Step => {
    const key = `w${i}${j}` as ParamKey;
    return {
      id: `g-${key}`,
      title: T.inputEdge(`x${i === 1 ? '₁' : '₂'}`, `h${j === 1 ? '₁' : '₂'}`, PARAM_TEXT[key]),
      tex: aligned([
        `${d('L', PARAM_TEX[key])} &= \\delta_${j}\\, ${d(`z_${j}`, PARAM_TEX[key])} = \\delta_${j}\\, x_${i}`,
        `&= ${S(`d${j}`)}\\times ${P(`x${i}`)} = ${S(`g-${key}`)}`,
      ]),
      parts: [`edge-${key}`],
      gradient: key,
      phase: 'backward',
    };
  };
  const bias = (key: 'b1' | 'b2' | 'bo', delta: string, node: string): Step => ({
    id: `g-${key}`,
    title: T.bias(PARAM_TEXT[key]),
    tex: `${d('L', PARAM_TEX[key])} = ${delta === 'do' ? '\\delta_o' : `\\delta_${delta.slice(1)}`}\\times 1 = ${S(`g-${key}`)}`,
    parts: [node],
    gradient: key,
    phase: 'backward',
  });
  return [
    {
      id: 'forward',
      title: T.forward,
      tex: aligned([
        `z_1 &= b_1 + x_1 w_{11} + x_2 w_{21}`,
        `&= ${S('b1')} + ${P('x1')}\\times ${P('w11')}`,
        `&\\quad + ${P('x2')}\\times ${P('w21')} = ${S('z1')}`,
        `h_1 &= ${f}(z_1) = ${S('h1')}`,
        `z_2 &= b_2 + x_1 w_{12} + x_2 w_{22}`,
        `&= ${S('b2')} + ${P('x1')}\\times ${P('w12')}`,
        `&\\quad + ${P('x2')}\\times ${P('w22')} = ${S('z2')}`,
        `h_2 &= ${f}(z_2) = ${S('h2')}`,
        `z_o &= b_o + h_1 v_1 + h_2 v_2`,
        `&= ${S('bo')} + ${P('h1')}\\times ${P('v1')}`,
        `&\\quad + ${P('h2')}\\times ${P('v2')} = ${S('zo')}`,
        `\\hat y &= \\sigma(z_o) = ${S('yhat')}`,
        `L &= \\tfrac12(\\hat y - t)^2 = \\tfrac12(${S('yhat')} - ${P('t')})^2`,
        `&= ${S('loss')}`,
      ]),
      parts: ['node-x1', 'node-x2', 'node-h1', 'node-h2', 'node-o', 'node-loss'],
      phase: 'forward',
    },
    {
      id: 'dyhat',
      title: T.loss,
      tex: aligned([`${d('L', '\\hat y')} &= \\hat y - t`, `&= ${S('yhat')} - ${P('t')} = ${S('dyhat')}`]),
      parts: ['edge-loss', 'node-loss'],
      phase: 'backward',
    },
    {
      id: 'delta-o',
      title: T.sigmoid,
      tex: aligned([
        `\\delta_o = ${d('L', 'z_o')} &= ${d('L', '\\hat y')}\\,\\sigma'(z_o)`,
        `&= ${d('L', '\\hat y')}\\,\\hat y(1-\\hat y)`,
        `&= ${S('dyhat')}\\times ${P('spo')} = ${S('do')}`,
      ]),
      parts: ['node-o'],
      intermediates: ['do'],
      phase: 'backward',
    },
    {
      id: 'g-v1',
      title: T.v1,
      tex: aligned([
        `${d('L', 'v_1')} &= \\delta_o\\, ${d('z_o', 'v_1')} = \\delta_o\\, h_1`,
        `&= ${S('do')}\\times ${P('h1')} = ${S('g-v1')}`,
      ]),
      parts: ['edge-v1'],
      gradient: 'v1',
      phase: 'backward',
    },
    {
      id: 'g-v2',
      title: T.v2,
      tex: aligned([
        `${d('L', 'v_2')} &= \\delta_o\\, ${d('z_o', 'v_2')} = \\delta_o\\, h_2`,
        `&= ${S('do')}\\times ${P('h2')} = ${S('g-v2')}`,
      ]),
      parts: ['edge-v2'],
      gradient: 'v2',
      phase: 'backward',
    },
    bias('bo', 'do', 'node-o'),
    hiddenDelta(1),
    inputEdge(1, 1),
    inputEdge(2, 1),
    bias('b1', 'd1', 'node-h1'),
    hiddenDelta(2),
    inputEdge(1, 2),
    inputEdge(2, 2),
    bias('b2', 'd2', 'node-h2'),
    {
      id: 'g-x1',
      title: T.paths,
      tex: aligned([
        `${d('L', 'x_1')} &= \\delta_1 w_{11} + \\delta_2 w_{12}`,
        `&= ${S('d1')}\\times ${P('w11')}`,
        `&\\quad + ${P('d2')}\\times ${P('w12')}`,
        `&= ${S('g-x1')}`,
      ]),
      parts: ['edge-w11', 'edge-w12', 'node-x1'],
      gradient: 'x1',
      phase: 'backward',
    },
    {
      id: 'update',
      title: T.update,
      tex: aligned([
        `w &\\leftarrow w - \\eta\\, ${d('L', 'w')}`,
        `w_{21} &\\leftarrow ${S('w21')} - ${S('eta')}\\times ${P('g-w21')}`,
        `&= ${S('new-w21')}`,
        `L &:\\ ${S('loss')} \\rightarrow ${S('new-loss')}`,
      ]),
      parts: ['edge-w11', 'edge-w21', 'edge-w12', 'edge-w22', 'edge-v1', 'edge-v2'],
      phase: 'update',
    },
  ];
}
