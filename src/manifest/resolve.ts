import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve as resolvePath } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { canonicalJson } from '../core/canonical-json.ts';
import { UserError, isUserError } from '../errors.ts';
import { compileJsonTemplate, compileTemplate } from '../core/template.ts';
import type { Manifest, ResolvedSide, SurfaceName, ToolDefinition } from '../types.ts';
import { ajvModules, loadAjv } from '../core/ajv-loader.ts';
import { gitPath, readBlob, resolveCommit } from './git.ts';
import { checkJsonSchema, checkShape, parseJsonFile } from './json-file.ts';
import { parseManifest, type LoadedManifest } from './load.ts';
import { checkReservedVariables, checkRoutingHeaders } from './reserved-env.ts';
import type { DocPath } from './yaml-locate.ts';
import { compileLlmSettings } from '../metrics/llm/compile.ts';

export interface SideOverrides {
  /** Replaces model.endpoint, e.g. a candidate running in a preview slot. */
  endpoint?: string;
  /** Replaces model.id. */
  id?: string;
}

export interface ResolveSideOptions {
  label: 'baseline' | 'candidate';
  /** A git ref (branch, tag, sha) or 'worktree' for the files on disk. */
  ref: string;
  /** The manifest, relative to repoRoot (or absolute inside it). */
  manifestPath: string;
  repoRoot: string;
  overrides?: SideOverrides;
  /**
   * When the manifest does not exist at `ref` (a manifest added by this PR has no baseline),
   * resolve it from this ref instead ('worktree' allowed). Without it that case is a UserError.
   */
  fallbackRef?: string;
  /** Environment for SHADOWGATE_BASELINE_ENDPOINT / SHADOWGATE_CANDIDATE_ENDPOINT (default process.env). */
  env?: Record<string, string | undefined>;
}

/** The environment variable that overrides one side's endpoint. */
export function endpointVariable(label: 'baseline' | 'candidate'): string {
  return `SHADOWGATE_${label.toUpperCase()}_ENDPOINT`;
}

type Reader = (repoRelativePath: string) => Promise<string | undefined>;

function worktreeReader(repoRoot: string): Reader {
  return async (path) => {
    try {
      return await readFile(join(repoRoot, path), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      if (code === 'EISDIR') throw new UserError(`${path} is a folder, not a file`, { file: path });
      throw new UserError(`cannot read ${path} (${code ?? String(e)})`, { file: path });
    }
  };
}

/** sha256 of the canonical JSON (sorted keys), first 12 hex characters. */
export function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 12);
}

function repoRelative(repoRoot: string, path: string): string {
  const rel = gitPath(isAbsolute(path) ? relative(resolvePath(repoRoot), path) : path);
  const normal = posix.normalize(rel);
  if (normal === '..' || normal.startsWith('../') || isAbsolute(normal)) {
    throw new UserError(`the manifest ${path} is outside the repository ${repoRoot}`);
  }
  return normal;
}

const TOOL_SHAPE = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'parameters'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', patternErrorMessage: 'must be 1-64 letters, digits, "_" or "-"' },
    description: { type: 'string' },
    parameters: { type: 'object' },
    strict: { type: 'boolean' },
  },
};
const TOOL_WRAPPER_SHAPE = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'function'],
  properties: { type: { const: 'function' }, function: { type: 'object' } },
};
let shapeAjv: Ajv2020 | undefined;
const shapeValidators = new Map<object, ValidateFunction>();
function shapeValidator(schema: object): ValidateFunction {
  shapeAjv ??= new (ajvModules().Ajv2020)({ allErrors: true, verbose: true, keywords: ['patternErrorMessage'] });
  let validate = shapeValidators.get(schema);
  if (!validate) shapeValidators.set(schema, (validate = shapeAjv.compile(schema)));
  return validate;
}

/** One tool file: an OpenAI function definition, bare or wrapped in {type: function, function}. */
function parseTool(text: string, file: string): ToolDefinition {
  const json = parseJsonFile(text, file);
  let base: DocPath = [];
  let definition = json.value;
  if (definition !== null && typeof definition === 'object' && 'function' in definition) {
    const wrapper = shapeValidator(TOOL_WRAPPER_SHAPE);
    if (!wrapper(definition)) checkShape(json, [], definition, wrapper.errors ?? [], 'tool definition');
    definition = (definition as { function: unknown }).function;
    base = ['function'];
  }
  const shape = shapeValidator(TOOL_SHAPE);
  if (!shape(definition)) checkShape(json, base, definition, shape.errors ?? [], 'tool definition');
  const tool = definition as ToolDefinition;
  if (tool.parameters.type !== 'object') {
    throw new UserError('tool definition: parameters must be a JSON Schema with "type": "object"', json.locate([...base, 'parameters']));
  }
  checkJsonSchema(json, [...base, 'parameters'], tool.parameters, `parameters of tool "${tool.name}"`);
  return tool;
}

async function resolveAt(options: ResolveSideOptions, ref: string, manifestFile: string, read: Reader, text: string): Promise<ResolvedSide> {
  const at = ref === 'worktree' ? '' : ` at ${ref}`;
  const loaded: LoadedManifest = parseManifest(text, manifestFile);
  const source = loaded.manifest;
  const folder = posix.dirname(manifestFile);
  checkReservedVariables(source, (field) => loaded.locate(field));
  checkRoutingHeaders(source, (field) => loaded.locate(field));

  const place = (field: DocPath, value: string): string => {
    const path = posix.normalize(posix.join(folder, gitPath(value)));
    if (path === '..' || path.startsWith('../')) throw new UserError(`${field.join('.')} points outside the repository (${value})`, loaded.locate(field));
    return path;
  };
  const fetch = async (field: DocPath, path: string): Promise<string> => {
    const text = await read(path);
    if (text === undefined) {
      throw new UserError(
        `${field.join('.')}: ${path} does not exist${at}`,
        loaded.locate(field),
        'paths in the manifest are relative to the folder the manifest is in',
      );
    }
    return text;
  };

  // Paths become repo-relative so every later stage can use them without knowing the manifest's folder.
  const manifest: Manifest = structuredClone(source);
  let systemTemplate: string | undefined;
  let userTemplate: string | undefined;
  if (source.prompt?.system !== undefined) {
    const path = (manifest.prompt!.system = place(['prompt', 'system'], source.prompt.system));
    systemTemplate = await fetch(['prompt', 'system'], path);
    compileTemplate(systemTemplate, path);
  }
  if (source.prompt?.user !== undefined) {
    const path = (manifest.prompt!.user = place(['prompt', 'user'], source.prompt.user));
    userTemplate = await fetch(['prompt', 'user'], path);
    compileTemplate(userTemplate, path);
  }

  // Ajv loads only for manifests that declare a schema to check.
  if ((source.tools?.schemas ?? []).length > 0 || source.output.schema !== undefined) await loadAjv();
  const tools: ToolDefinition[] = [];
  for (const [i, schemaPath] of (source.tools?.schemas ?? []).entries()) {
    const path = place(['tools', 'schemas', i], schemaPath);
    manifest.tools!.schemas[i] = path;
    tools.push(parseTool(await fetch(['tools', 'schemas', i], path), path));
  }
  const names = new Map<string, string>();
  tools.forEach((tool, i) => {
    const other = names.get(tool.name);
    if (other) throw new UserError(`tool "${tool.name}" is defined twice (${other} and ${manifest.tools!.schemas[i]})`, loaded.locate(['tools', 'schemas', i]));
    names.set(tool.name, manifest.tools!.schemas[i]!);
  });
  const choice = source.tools?.choice;
  if (typeof choice === 'object' && !names.has(choice.name)) {
    throw new UserError(
      `tools.choice names "${choice.name}", which is not one of the tools (${[...names.keys()].join(', ')})`,
      loaded.locate(['tools', 'choice', 'name']),
    );
  }

  let outputSchema: Record<string, unknown> | undefined;
  if (source.output.schema !== undefined) {
    const path = (manifest.output.schema = place(['output', 'schema'], source.output.schema));
    const json = parseJsonFile(await fetch(['output', 'schema'], path), path);
    checkJsonSchema(json, [], json.value, 'output schema');
    if (typeof json.value !== 'object' || json.value === null) throw new UserError('output schema must be a JSON Schema object', json.locate([]));
    outputSchema = json.value as Record<string, unknown>;
  }
  manifest.shadow.dataset = place(['shadow', 'dataset'], source.shadow.dataset);
  // Patterns, task checks and bucket edges the schema cannot check, at their file:line.
  if (source.shadow.llm) await compileLlmSettings(source.shadow.llm, (path) => loaded.locate(path));

  if (source.model.http) {
    try {
      compileJsonTemplate(source.model.http.body, manifestFile);
    } catch (e) {
      if (!isUserError(e)) throw e;
      throw new UserError(`model.http.body: ${e.message}`, loaded.locate(['model', 'http', 'body']));
    }
  }

  source.model.kserve?.inputs.forEach((input, i) => {
    if ((input.shape ?? []).filter((d) => d === -1).length > 1) {
      throw new UserError(`model.kserve.inputs[${i}].shape may have only one -1 entry`, loaded.locate(['model', 'kserve', 'inputs', i, 'shape']));
    }
  });

  const endpointOverride = applyOverrides(manifest, options);

  const model = manifest.model;
  const digests: Record<SurfaceName, string> = {
    model: digest({ id: model.id, version: model.version, params: model.params }),
    prompt: digest({ system: systemTemplate, user: userTemplate }),
    tools: digest({ tools, choice: manifest.tools?.choice, parallel: manifest.tools?.parallel }),
    context: digest(manifest.context ?? {}),
  };
  return {
    label: options.label,
    ref,
    manifest,
    manifestPath: manifestFile,
    ...(systemTemplate !== undefined ? { systemTemplate } : {}),
    ...(userTemplate !== undefined ? { userTemplate } : {}),
    tools,
    ...(outputSchema ? { outputSchema } : {}),
    digests,
    manifestEndpoint: source.model.endpoint,
    ...(endpointOverride !== undefined ? { endpointOverride } : {}),
    locate: (path) => loaded.locate(path),
  };
}

/** Applies the endpoint and id overrides; returns the endpoint override, when one applied. */
function applyOverrides(manifest: Manifest, options: ResolveSideOptions): string | undefined {
  const variable = endpointVariable(options.label);
  const fromEnv = (options.env ?? process.env)[variable];
  const endpoint = options.overrides?.endpoint ?? (fromEnv ? fromEnv : undefined);
  if (endpoint !== undefined) {
    const origin = options.overrides?.endpoint !== undefined ? `the ${options.label} endpoint override` : variable;
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UserError(`${origin} is not a URL (got ${JSON.stringify(endpoint)})`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new UserError(`${origin} must be an http:// or https:// URL (got ${JSON.stringify(endpoint)})`);
    manifest.model.endpoint = endpoint;
  }
  if (options.overrides?.id !== undefined) manifest.model.id = options.overrides.id;
  return endpoint;
}

/**
 * Resolves one side: the manifest as it is at `ref` (or on disk), every surface file read from
 * that same ref and validated, paths made repo-relative, the endpoint override applied.
 */
export async function resolveSide(options: ResolveSideOptions): Promise<ResolvedSide> {
  const manifestFile = repoRelative(options.repoRoot, options.manifestPath);
  const attempt = async (ref: string): Promise<ResolvedSide | undefined> => {
    let read: Reader;
    if (ref === 'worktree') {
      read = worktreeReader(options.repoRoot);
    } else {
      const commit = await resolveCommit(options.repoRoot, ref);
      read = (path) => readBlob(options.repoRoot, commit, path, ref);
    }
    const text = await read(manifestFile);
    return text === undefined ? undefined : resolveAt(options, ref, manifestFile, read, text);
  };

  const side = await attempt(options.ref);
  if (side) return side;
  if (options.fallbackRef !== undefined && options.fallbackRef !== options.ref) {
    const fallback = await attempt(options.fallbackRef);
    if (fallback) return fallback;
  }
  const where = options.ref === 'worktree' ? 'in the working tree' : `at ${options.ref}`;
  throw new UserError(
    `${manifestFile} does not exist ${where} (the ${options.label})`,
    { file: manifestFile },
    options.label === 'baseline' && options.ref !== 'worktree'
      ? 'a manifest added by this pull request has no baseline yet: merge it first, or give a baseline fallback (e.g. the head ref with the production endpoint in SHADOWGATE_BASELINE_ENDPOINT)'
      : 'check the manifest path',
  );
}
