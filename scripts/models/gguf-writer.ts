/**
 * Writes a GGUF v3 file: header, metadata key/values, tensor infos, then F32 tensor data, each
 * tensor aligned to `general.alignment` (32). Only the value types the tiny LLM needs are covered.
 * Dims are listed innermost first (ggml's ne[0] = row length), as llama.cpp expects.
 */
export type GgufValue =
  | { type: 'u32'; value: number }
  | { type: 'i32'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'string[]'; value: string[] }
  | { type: 'f32[]'; value: number[] }
  | { type: 'i32[]'; value: number[] };

export interface GgufTensor {
  name: string;
  dims: number[];
  data: Float32Array;
}

const T = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const;
const GGML_TYPE_F32 = 0;
const ALIGNMENT = 32;

class ByteSink {
  private readonly chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  string(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  pad(): void {
    const rest = this.length % ALIGNMENT;
    if (rest) this.push(Buffer.alloc(ALIGNMENT - rest));
  }
  concat(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

type Scalar = 'u32' | 'i32' | 'f32' | 'bool' | 'string';

/** Each scalar type's GGUF type id and how one value of it is written. */
const scalars: { [K in Scalar]: [number, (s: ByteSink, v: never) => void] } = {
  u32: [T.u32, (s, v: number) => s.u32(v)],
  i32: [T.i32, (s, v: number) => s.i32(v)],
  f32: [T.f32, (s, v: number) => s.f32(v)],
  bool: [T.bool, (s, v: boolean) => s.push(Buffer.from([v ? 1 : 0]))],
  string: [T.string, (s, v: string) => s.string(v)],
};

function writeValue(s: ByteSink, v: GgufValue): void {
  const isArray = v.type.endsWith('[]');
  const [typeId, write] = scalars[v.type.replace('[]', '') as Scalar] as [
    number,
    (s: ByteSink, x: unknown) => void,
  ];
  if (!isArray) {
    s.u32(typeId);
    write(s, v.value);
    return;
  }
  const items = v.value as unknown[];
  s.u32(T.array);
  s.u32(typeId);
  s.u64(items.length);
  for (const x of items) write(s, x);
}

export function encodeGguf(metadata: Record<string, GgufValue>, tensors: GgufTensor[]): Buffer {
  const s = new ByteSink();
  s.push(Buffer.from('GGUF', 'ascii'));
  s.u32(3);
  s.u64(tensors.length);
  s.u64(Object.keys(metadata).length);
  for (const [key, value] of Object.entries(metadata)) {
    s.string(key);
    writeValue(s, value);
  }
  let offset = 0;
  for (const t of tensors) {
    if (t.data.length !== t.dims.reduce((a, b) => a * b, 1))
      throw new Error(`tensor ${t.name}: size mismatch`);
    s.string(t.name);
    s.u32(t.dims.length);
    for (const d of t.dims) s.u64(d);
    s.u32(GGML_TYPE_F32);
    s.u64(offset);
    offset += Math.ceil(t.data.byteLength / ALIGNMENT) * ALIGNMENT;
  }
  s.pad();
  for (const t of tensors) {
    s.push(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    s.pad();
  }
  return s.concat();
}
