// The replay stage's public surface: read the dataset, describe the two sides, run the pairs.
export { hashId, isSampled, readDataset, validateDataset } from './dataset.ts';
export type { DatasetCounts, DatasetSummary, Sampling } from './dataset.ts';
export { defaultTimeoutMs, endpointFromSurface, resolveHeaders } from './endpoint.ts';
export type { Endpoint } from './endpoint.ts';
export { replay } from './engine.ts';
export type { ReplayOptions, Side } from './engine.ts';
export { callModel } from './call.ts';
export type { CallTarget } from './call.ts';
export { createTransport, defaultRetryPolicy } from './transport.ts';
export type { RetryPolicy, Transport } from './transport.ts';
export { adapterFor } from './adapters/index.ts';
export type { ParseResult, ProtocolAdapter } from './adapters/index.ts';
export { createEmbedder } from './adapters/embeddings.ts';
export type { Embedder, EmbedderOptions } from './adapters/embeddings.ts';
export { EndpointError } from './adapters/errors.ts';
export { startProgress } from './progress.ts';
export type { Progress, ProgressOptions } from './progress.ts';
