import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  location;
  hint;
  constructor(message, location, hint) {
    super(message);
    this.name = "UserError";
    this.location = location;
    this.hint = hint;
  }
  /** `file:line:col: message` (parts omitted when unknown), plus the hint on its own line. */
  format() {
    const where = this.location ? `${[this.location.file, this.location.line, this.location.column].filter((p) => p !== void 0).join(":")}: ` : "";
    return `${where}${this.message}${this.hint ? `
  hint: ${this.hint}` : ""}`;
  }
};
function isUserError(e) {
  return e instanceof UserError;
}

export {
  UserError,
  isUserError
};
