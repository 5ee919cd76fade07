import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  DEFAULT_API_URL,
  GITHUB_API_VERSION,
  createGitHubClient,
  describeGitHubError,
  errorStatus,
  isTransientGitHubError,
  resolveToken
} from "./chunk-DLANUFUE.js";
import "./chunk-A7OMMFT7.js";
export {
  DEFAULT_API_URL,
  GITHUB_API_VERSION,
  createGitHubClient,
  describeGitHubError,
  errorStatus,
  isTransientGitHubError,
  resolveToken
};
