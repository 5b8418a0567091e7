// A small protobuf encoder driven by a schema in protobufjs JSON form (./onnx-schema.json), written so the
// ONNX export needs no code generation: protobufjs builds its encoders with `new Function`, which a strict
// Content-Security-Policy (no 'unsafe-eval', src/security/csp.ts) forbids. Only what ONNX's messages use:
// int32/int64/enum as varints (negative ones sign-extended to 10 bytes), float as fixed32, string, bytes,
// nested messages, repeated fields (unpacked, as onnx.proto's proto2 declares them; readers accept both).
// Fields are written in field-number order and only when present, as protobufjs does, so the bytes match.

interface FieldSchema { type: string; id: number; rule?: string }
interface TypeSchema { fields?: Record<string, FieldSchema>; values?: Record<string, number>; nested?: Record<string, TypeSchema> }
export interface SchemaRoot { nested?: Record<string, TypeSchema> }

const VARINT = 0;
const FIXED32 = 5;
const LENGTH_DELIMITED = 2;

/** A growable byte buffer with the protobuf primitives. */
class Bytes {
  private buf = new Uint8Array(256);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void { this.room(1); this.buf[this.length++] = b; }

  /** An unsigned varint of a value below 2^64 (a bigint for the 64-bit two's complement of negatives). */
  varint(value: number | bigint): void {
    let v = typeof value === 'bigint' ? value : BigInt(value);
    if (v < 0n) v = BigInt.asUintN(64, v);
    while (v >= 0x80n) { this.byte(Number(v & 0x7fn) | 0x80); v >>= 7n; }
    this.byte(Number(v));
  }

  tag(id: number, wireType: number): void { this.varint((id << 3) | wireType); }

  float32(value: number): void {
    this.room(4);
    new DataView(this.buf.buffer, this.buf.byteOffset + this.length, 4).setFloat32(0, value, true);
    this.length += 4;
  }

  append(bytes: Uint8Array): void { this.room(bytes.length); this.buf.set(bytes, this.length); this.length += bytes.length; }

  finish(): Uint8Array { return this.buf.slice(0, this.length); }
}

const utf8 = new TextEncoder();

/** Finds a type by name the way protobuf resolves it: nested in `scope` first, then outwards. */
function resolve(name: string, scopes: TypeSchema[]): TypeSchema {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const found = scopes[i]!.nested?.[name];
    if (found) return found;
  }
  throw new Error(`protobuf schema has no type "${name}"`);
}

function writeField(out: Bytes, field: FieldSchema, value: unknown, scopes: TypeSchema[], path: string): void {
  switch (field.type) {
    case 'int32': case 'int64': case 'uint32': case 'uint64': case 'bool':
      out.tag(field.id, VARINT);
      out.varint(typeof value === 'boolean' ? Number(value) : integer(value, path));
      return;
    case 'float':
      if (typeof value !== 'number') throw new Error(`${path} must be a number`);
      out.tag(field.id, FIXED32);
      out.float32(value);
      return;
    case 'string': case 'bytes': {
      const bytes = field.type === 'string' ? utf8.encode(String(value)) : value;
      if (!(bytes instanceof Uint8Array)) throw new Error(`${path} must be bytes (a Uint8Array)`);
      out.tag(field.id, LENGTH_DELIMITED);
      out.varint(bytes.length);
      out.append(bytes);
      return;
    }
    default: {
      const type = resolve(field.type, scopes);
      if (type.values) { out.tag(field.id, VARINT); out.varint(integer(value, path)); return; }
      const inner = encodeWith(type, value as Record<string, unknown>, [...scopes, type], path);
      out.tag(field.id, LENGTH_DELIMITED);
      out.varint(inner.length);
      out.append(inner);
    }
  }
}

function integer(value: unknown, path: string): number | bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`${path} must be a whole number, not ${String(value)}`);
  return value;
}

function encodeWith(type: TypeSchema, object: Record<string, unknown>, scopes: TypeSchema[], path: string): Uint8Array {
  const out = new Bytes();
  // In field-number order, as protobufjs (and protoc) write them.
  for (const [name, field] of Object.entries(type.fields ?? {}).sort((a, b) => a[1].id - b[1].id)) {
    const value = object[name];
    if (value === undefined || value === null) continue;
    if (field.rule === 'repeated') {
      if (!Array.isArray(value)) throw new Error(`${path}.${name} must be a list`);
      value.forEach((item, k) => writeField(out, field, item, scopes, `${path}.${name}[${k}]`));
    } else writeField(out, field, value, scopes, `${path}.${name}`);
  }
  return out.finish();
}

/** Encodes `object` as the message `typeName` ("onnx.ModelProto") of `schema`. */
export function encodeMessage(schema: SchemaRoot, typeName: string, object: object): Uint8Array {
  const scopes: TypeSchema[] = [schema as TypeSchema];
  let type: TypeSchema = schema as TypeSchema;
  for (const part of typeName.split('.')) {
    type = resolve(part, [type]);
    scopes.push(type);
  }
  return encodeWith(type, object as Record<string, unknown>, scopes, typeName);
}
