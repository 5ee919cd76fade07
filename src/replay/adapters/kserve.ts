// KServe v2 / Open Inference Protocol REST: POST v2/models/{name}[/versions/{v}]/infer.
import type { ModelOutput, ModelRequest, Tensor } from '../../types.ts';
import { joinUrl, type Endpoint } from '../endpoint.ts';
import { badBody, errorBodyMessage, isObject, type ParseResult, type ProtocolAdapter } from './adapter.ts';

const integerTypes = new Set(['UINT8', 'UINT16', 'UINT32', 'UINT64', 'INT8', 'INT16', 'INT32', 'INT64']);
const floatTypes = new Set(['FP16', 'FP32', 'FP64']);
export const kserveDatatypes: ReadonlySet<string> = new Set([...integerTypes, ...floatTypes, 'BOOL', 'BYTES']);

export function inferPath(model: string, version?: string): string {
  const name = encodeURIComponent(model);
  return version ? `v2/models/${name}/versions/${encodeURIComponent(version)}/infer` : `v2/models/${name}/infer`;
}

/** Row-major data may arrive nested by dimension; flatten it to one list. */
function flatten(data: unknown[]): unknown[] {
  return data.some(Array.isArray) ? (data.flat(Infinity) as unknown[]) : data;
}

function elementMismatch(datatype: string, value: unknown): boolean {
  if (datatype === 'BOOL') return typeof value !== 'boolean';
  if (datatype === 'BYTES') return typeof value !== 'string';
  if (typeof value !== 'number') return true;
  return integerTypes.has(datatype) && !Number.isInteger(value);
}

/** One output tensor checked against the protocol: shape, datatype, element count = ∏shape. */
export function parseTensor(raw: unknown, where: string): Tensor | string {
  if (!isObject(raw)) return `${where} is not an object`;
  const { name, shape, datatype, data } = raw;
  if (typeof name !== 'string' || name === '') return `${where} has no name`;
  const label = `output "${name}"`;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    return `${label}: shape must be a list of non-negative integers`;
  }
  if (typeof datatype !== 'string' || !kserveDatatypes.has(datatype)) {
    return `${label}: unknown datatype ${JSON.stringify(datatype)}`;
  }
  if (!Array.isArray(data)) return `${label}: data is not an array`;
  const flat = flatten(data);
  const expected = (shape as number[]).reduce((a, b) => a * b, 1);
  if (flat.length !== expected) {
    return `${label}: ${flat.length} elements but shape [${shape.join(', ')}] needs ${expected}`;
  }
  const badIndex = flat.findIndex((v) => elementMismatch(datatype, v));
  if (badIndex >= 0) return `${label}: element ${badIndex} (${JSON.stringify(flat[badIndex])}) is not ${datatype}`;
  return { name, shape: shape as number[], datatype, data: flat };
}

export function parseInferResponse(json: unknown, endpoint: Pick<Endpoint, 'kserveOutput'>): ParseResult {
  if (!isObject(json)) return badBody('response is not a JSON object');
  if (json.error !== undefined && json.error !== null) {
    return { ok: false, class: 'error-body', message: errorBodyMessage(json) ?? 'error in a 200 response' };
  }
  if (!Array.isArray(json.outputs)) return badBody('response has no outputs array');
  const tensors: Tensor[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of json.outputs.entries()) {
    const tensor = parseTensor(raw, `outputs[${i}]`);
    if (typeof tensor === 'string') return badBody(tensor);
    if (seen.has(tensor.name)) return badBody(`output "${tensor.name}" appears twice`);
    seen.add(tensor.name);
    tensors.push(tensor);
  }
  const wanted = endpoint.kserveOutput;
  const selected = wanted ? tensors.find((t) => t.name === wanted.name) : tensors[0];
  if (!selected) {
    return badBody(wanted ? `response has no output named "${wanted.name}"` : 'response has no outputs');
  }
  const output: ModelOutput = { tensors };
  if (wanted?.index !== undefined) {
    if (wanted.index < 0 || wanted.index >= selected.data.length) {
      return badBody(`output "${selected.name}" has no element ${wanted.index} (it has ${selected.data.length})`);
    }
    output.value = selected.data[wanted.index];
  } else {
    output.value = selected.data.length === 1 ? selected.data[0] : selected.data;
  }
  if (typeof output.value === 'string') output.text = output.value;
  return { ok: true, output };
}

export const kserveAdapter: ProtocolAdapter = {
  protocol: 'kserve-v2',
  url: (endpoint) => joinUrl(endpoint.url, inferPath(endpoint.model, endpoint.version)),
  method: () => 'POST',
  toBody(request: ModelRequest) {
    if (request.protocol !== 'kserve-v2') throw new Error(`kserve adapter got a ${request.protocol} request`);
    return request.body;
  },
  parse: (json, endpoint) => parseInferResponse(json, endpoint),
};
