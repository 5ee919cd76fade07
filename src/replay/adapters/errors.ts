/** A remote fault from an auxiliary endpoint (embeddings): not the user's input, but worth a clear message. */
export class EndpointError extends Error {
  readonly url: string;
  constructor(url: string, message: string) {
    super(`${url}: ${message}`);
    this.name = 'EndpointError';
    this.url = url;
  }
}
