import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  describeSurfaceChange,
  describeSurfaceChanges,
  sameRelease,
  surfaceChanges
} from "./chunk-F2EINJXL.js";
import "./chunk-OY6OGDQR.js";
import "./chunk-A7OMMFT7.js";
export {
  describeSurfaceChange,
  describeSurfaceChanges,
  sameRelease,
  surfaceChanges
};
