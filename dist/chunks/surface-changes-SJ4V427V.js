import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  describeSurfaceChange,
  describeSurfaceChanges,
  sameRelease,
  surfaceChanges
} from "./chunk-BWL5YPHN.js";
import "./chunk-DHT7AAOE.js";
import "./chunk-EVE2IKAV.js";
import "./chunk-A7OMMFT7.js";
export {
  describeSurfaceChange,
  describeSurfaceChanges,
  sameRelease,
  surfaceChanges
};
