import { ProtoWriter } from './protobuf.js';

/**
 * Writes an ONNX ModelProto from a small graph description. Field numbers are those of onnx.proto
 * (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto, TypeProto, AttributeProto).
 */
export const ElemType = { FLOAT: 1, INT64: 7 } as const;

export interface OnnxTensor {
  name: string;
  dims: number[];
  data: Float32Array | BigInt64Array;
}

export interface OnnxValue {
  name: string;
  elemType: number;
  /** A number is a fixed size, a string a symbolic one (batch_size, sequence_length). */
  shape: (number | string)[];
}

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  /** Integer and integer-list attributes: all that this project's graphs need. */
  attrs?: Record<string, number | number[]>;
}

export interface OnnxGraph {
  name: string;
  inputs: OnnxValue[];
  outputs: OnnxValue[];
  initializers: OnnxTensor[];
  nodes: OnnxNode[];
}

const OPSET = 17;
const IR_VERSION = 8;

export function encodeOnnxModel(graph: OnnxGraph): Uint8Array {
  return new ProtoWriter()
    .int(1, IR_VERSION)
    .string(2, 'veildraft-tiny-models')
    .message(7, (g) => writeGraph(g, graph))
    .message(8, (o) => o.string(1, '').int(2, OPSET))
    .finish();
}

function writeGraph(w: ProtoWriter, graph: OnnxGraph): void {
  graph.nodes.forEach((node, i) => {
    w.message(1, (n) => writeNode(n, node, i));
  });
  w.string(2, graph.name);
  for (const t of graph.initializers) w.message(5, (tw) => writeTensor(tw, t));
  for (const v of graph.inputs) w.message(11, (vw) => writeValue(vw, v));
  for (const v of graph.outputs) w.message(12, (vw) => writeValue(vw, v));
}

function writeNode(w: ProtoWriter, node: OnnxNode, index: number): void {
  for (const i of node.inputs) w.string(1, i);
  for (const o of node.outputs) w.string(2, o);
  w.string(3, `${node.op}_${index}`);
  w.string(4, node.op);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    w.message(5, (a) => {
      a.string(1, name);
      if (Array.isArray(value)) {
        for (const v of value) a.int(8, v);
        a.int(20, 7); // AttributeType.INTS
      } else {
        a.int(3, value);
        a.int(20, 2); // AttributeType.INT
      }
    });
  }
}

function writeTensor(w: ProtoWriter, t: OnnxTensor): void {
  for (const d of t.dims) w.int(1, d);
  w.int(2, t.data instanceof Float32Array ? ElemType.FLOAT : ElemType.INT64);
  w.string(8, t.name);
  // raw_data is little-endian, which is what typed arrays hold on every platform Node runs on here.
  w.bytes(9, new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
}

function writeValue(w: ProtoWriter, v: OnnxValue): void {
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, v.elemType);
      tensor.message(2, (shape) => {
        for (const d of v.shape) {
          shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
        }
      });
    }),
  );
}
