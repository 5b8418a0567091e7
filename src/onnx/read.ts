// Reads an .onnx file (a protobuf ModelProto) into plain objects, by hand: the few messages and fields a
// dense classifier needs (graph, nodes with attributes, initializer tensors, input/output shapes,
// metadata). No protobufjs, so no generated code (`eval`) and a few KB instead of ~20 KB in the page.
// Fields we do not know are skipped, as protobuf allows; tensors we cannot read (external data, a size
// that does not match its shape) and malformed bytes throw an OnnxError (./problem.ts): a code the page
// words in its language, so the reader can act on it.
//
// Wire format (protobuf encoding): each field is a varint key (field number << 3 | wire type) followed by
// a varint (type 0), 8 bytes (1), a length-prefixed run of bytes (2: strings, sub-messages, packed
// repeated numbers) or 4 bytes (5). Field numbers are those of onnx.proto (see onnx-schema.json).

export interface OnnxAttribute { name: string; type: number; f?: number; i?: number; s?: string; ints?: number[]; floats?: number[] }
export interface OnnxNode { opType: string; domain: string; name: string; input: string[]; output: string[]; attribute: OnnxAttribute[] }
export interface OnnxTensor { name: string; dims: number[]; dataType: number; values: Float32Array | Float64Array | null }
/** A dimension is a number, a symbolic name (e.g. "batch"), or null when the file leaves it open. */
export interface OnnxValueInfo { name: string; elemType: number; shape: (number | string | null)[] | null }
export interface OnnxModel {
  irVersion: number;
  opsets: { domain: string; version: number }[];
  producerName: string;
  graph: { name: string; node: OnnxNode[]; initializer: OnnxTensor[]; input: OnnxValueInfo[]; output: OnnxValueInfo[] };
  metadata: Record<string, string>;
}

import { onnxError, OnnxError, type ProtobufFault } from './problem.ts';

/** Bytes that are not protobuf: caught in readOnnx and reported as `not-protobuf`. */
class ProtobufError extends Error {
  readonly fault: ProtobufFault;
  constructor(fault: ProtobufFault) { super(`not protobuf: ${fault}`); this.fault = fault; }
}

class Reader {
  pos: number;
  constructor(readonly bytes: Uint8Array, start = 0, readonly end = bytes.length) { this.pos = start; }
  get done(): boolean { return this.pos >= this.end; }

  varint(): number {
    // Values up to 2^53 are exact; ONNX's int64 fields we read (dims, versions, ints) are far smaller.
    let result = 0, scale = 1;
    for (let k = 0; k < 10; k++) {
      if (this.pos >= this.end) throw new ProtobufError('ends-early');
      const b = this.bytes[this.pos++];
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
    throw new ProtobufError('number-too-long');
  }

  /** A signed int64 varint (two's complement over 64 bits, so -1 takes 10 bytes) as a JS number. */
  int64(): number {
    let result = 0n, shift = 0n;
    for (let k = 0; k < 10; k++) {
      if (this.pos >= this.end) throw new ProtobufError('ends-early');
      const b = this.bytes[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return Number(BigInt.asIntN(64, result));
      shift += 7n;
    }
    throw new ProtobufError('number-too-long');
  }

  /** The bounds of a length-delimited field, and moves past it. */
  span(): [number, number] {
    const length = this.varint();
    const start = this.pos;
    if (start + length > this.end) throw new ProtobufError('field-too-long');
    this.pos += length;
    return [start, this.pos];
  }

  sub(): Reader { const [a, b] = this.span(); return new Reader(this.bytes, a, b); }
  string(): string { const [a, b] = this.span(); return new TextDecoder().decode(this.bytes.subarray(a, b)); }

  float32(): number {
    if (this.pos + 4 > this.end) throw new ProtobufError('ends-early');
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 4).getFloat32(0, true);
    this.pos += 4;
    return v;
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 2) this.span();
    else if (wireType === 5) this.pos += 4;
    else throw new ProtobufError('unknown-wire-type');
    if (this.pos > this.end) throw new ProtobufError('ends-early');
  }

  /** Calls `field(number, wireType)` for each field; the callback reads the value or returns false to skip it. */
  fields(field: (number: number, wireType: number) => boolean | void): void {
    while (!this.done) {
      const key = this.varint();
      const number = Math.floor(key / 8), wireType = key & 7;
      if (number === 0) throw new ProtobufError('field-zero');
      if (field(number, wireType) === false) this.skip(wireType);
    }
  }

  /** A repeated varint field, packed (wire type 2) or not (0). */
  varints(wireType: number, into: number[], signed = false): void {
    const one = () => (signed ? this.int64() : this.varint());
    if (wireType === 2) { const r = this.sub(); while (!r.done) into.push(signed ? r.int64() : r.varint()); }
    else into.push(one());
  }
}

/** TypeProto → tensor_type → elem_type and shape. */
function readType(r: Reader, info: OnnxValueInfo): void {
  r.fields((n, w) => {
    if (n !== 1 || w !== 2) return false;
    const t = r.sub();
    t.fields((tn, tw) => {
      if (tn === 1 && tw === 0) info.elemType = t.varint();
      else if (tn === 2 && tw === 2) {
        info.shape = [];
        const shape = t.sub();
        shape.fields((sn, sw) => {
          if (sn !== 1 || sw !== 2) return false;
          let dim: number | string | null = null;
          const d = shape.sub();
          d.fields((dn, dw) => {
            if (dn === 1 && dw === 0) dim = d.int64();
            else if (dn === 2 && dw === 2) dim = d.string();
            else return false;
          });
          info.shape!.push(dim);
        });
      } else return false;
    });
  });
}

function readValueInfoWithType(r: Reader): OnnxValueInfo {
  const info: OnnxValueInfo = { name: '', elemType: 0, shape: null };
  r.fields((n, w) => {
    if (n === 1 && w === 2) info.name = r.string();
    else if (n === 2 && w === 2) readType(r.sub(), info);
    else return false;
  });
  return info;
}

function readTensor(r: Reader): OnnxTensor {
  const dims: number[] = [];
  let dataType = 0, name = '', external = false;
  let raw: [number, number] | null = null;
  const floats: number[] = [], int64s: number[] = [], doubles: number[] = [];
  r.fields((n, w) => {
    if (n === 1) r.varints(w, dims, true);
    else if (n === 2 && w === 0) dataType = r.varint();
    else if (n === 8 && w === 2) name = r.string();
    else if (n === 9 && w === 2) raw = r.span();
    else if (n === 4 && w === 2) { const s = r.sub(); while (!s.done) floats.push(s.float32()); }
    else if (n === 4 && w === 5) floats.push(r.float32());
    else if (n === 7) r.varints(w, int64s, true);
    else if (n === 10 && w === 2) { const [a, b] = r.span(); const v = new DataView(r.bytes.buffer, r.bytes.byteOffset + a, b - a); for (let k = 0; k + 8 <= b - a; k += 8) doubles.push(v.getFloat64(k, true)); }
    else if (n === 14 && w === 0) external = r.varint() === 1;
    else return false;
  });
  if (external) throw onnxError({ code: 'external-data', tensor: name });
  const count = dims.reduce((p, d) => p * d, 1);
  let values: Float32Array | Float64Array | null = null;
  if (dataType === 1) {
    if (raw) {
      const [a, b] = raw as [number, number];
      if (b - a !== count * 4) throw onnxError({ code: 'tensor-bytes', tensor: name, bytes: b - a, shape: dims, needs: count * 4 });
      values = new Float32Array(count);
      const view = new DataView(r.bytes.buffer, r.bytes.byteOffset + a, b - a);
      for (let k = 0; k < count; k++) values[k] = view.getFloat32(k * 4, true);
    } else values = Float32Array.from(floats);
  } else if (dataType === 7) {
    if (raw) {
      const [a, b] = raw as [number, number];
      const view = new DataView(r.bytes.buffer, r.bytes.byteOffset + a, b - a);
      for (let k = 0; k + 8 <= b - a; k += 8) int64s.push(Number(view.getBigInt64(k, true)));
    }
    values = Float64Array.from(int64s);
  } else if (dataType === 11) values = Float64Array.from(doubles);
  if (values && values.length !== count) throw onnxError({ code: 'tensor-count', tensor: name, count: values.length, shape: dims, needs: count });
  return { name, dims, dataType, values };
}

function readAttribute(r: Reader): OnnxAttribute {
  const a: OnnxAttribute = { name: '', type: 0 };
  r.fields((n, w) => {
    if (n === 1 && w === 2) a.name = r.string();
    else if (n === 2 && w === 5) a.f = r.float32();
    else if (n === 3 && w === 0) a.i = r.int64();
    else if (n === 4 && w === 2) a.s = r.string();
    else if (n === 7) { a.floats ??= []; if (w === 2) { const s = r.sub(); while (!s.done) a.floats.push(s.float32()); } else a.floats.push(r.float32()); }
    else if (n === 8) r.varints(w, (a.ints ??= []), true);
    else if (n === 20 && w === 0) a.type = r.varint();
    else return false;
  });
  return a;
}

function readNode(r: Reader): OnnxNode {
  const node: OnnxNode = { opType: '', domain: '', name: '', input: [], output: [], attribute: [] };
  r.fields((n, w) => {
    if (w !== 2) return false;
    if (n === 1) node.input.push(r.string());
    else if (n === 2) node.output.push(r.string());
    else if (n === 3) node.name = r.string();
    else if (n === 4) node.opType = r.string();
    else if (n === 5) node.attribute.push(readAttribute(r.sub()));
    else if (n === 7) node.domain = r.string();
    else return false;
  });
  return node;
}

function readGraph(r: Reader): OnnxModel['graph'] {
  const graph: OnnxModel['graph'] = { name: '', node: [], initializer: [], input: [], output: [] };
  r.fields((n, w) => {
    if (w !== 2) return false;
    if (n === 1) graph.node.push(readNode(r.sub()));
    else if (n === 2) graph.name = r.string();
    else if (n === 5) graph.initializer.push(readTensor(r.sub()));
    else if (n === 11) graph.input.push(readValueInfoWithType(r.sub()));
    else if (n === 12) graph.output.push(readValueInfoWithType(r.sub()));
    else return false;
  });
  return graph;
}

/**
 * The model in `bytes`, or an OnnxError saying why these bytes are not an ONNX model we can read. Checks that
 * the bytes parse as protobuf all the way and that there is a graph with at least one node, one input and
 * one output: random bytes almost never get that far.
 */
export function readOnnx(bytes: Uint8Array): OnnxModel {
  const model: OnnxModel = { irVersion: 0, opsets: [], producerName: '', graph: { name: '', node: [], initializer: [], input: [], output: [] }, metadata: {} };
  let hasGraph = false;
  try {
    const r = new Reader(bytes);
    r.fields((n, w) => {
      if (n === 1 && w === 0) model.irVersion = r.varint();
      else if (n === 2 && w === 2) model.producerName = r.string();
      else if (n === 7 && w === 2) { model.graph = readGraph(r.sub()); hasGraph = true; }
      else if (n === 8 && w === 2) {
        const s = r.sub();
        const opset = { domain: '', version: 0 };
        s.fields((sn, sw) => { if (sn === 1 && sw === 2) opset.domain = s.string(); else if (sn === 2 && sw === 0) opset.version = s.varint(); else return false; });
        model.opsets.push(opset);
      } else if (n === 14 && w === 2) {
        const s = r.sub();
        let key = '', value = '';
        s.fields((sn, sw) => { if (sn === 1 && sw === 2) key = s.string(); else if (sn === 2 && sw === 2) value = s.string(); else return false; });
        model.metadata[key] = value;
      } else return false;
    });
  } catch (error) {
    if (error instanceof OnnxError) throw error;
    // Anything else thrown while walking the bytes (a view past the end) means the same: not protobuf.
    throw onnxError({ code: 'not-protobuf', fault: error instanceof ProtobufError ? error.fault : 'malformed' });
  }
  if (!hasGraph || model.irVersion === 0 || model.graph.node.length === 0 || model.graph.input.length === 0 || model.graph.output.length === 0) {
    throw onnxError({ code: 'no-graph' });
  }
  return model;
}
