import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  require_formats,
  require_ucs2length
} from "./chunk-BLET3OQ3.js";
import {
  require_dist
} from "./chunk-ZLGQUGOI.js";
import {
  UserError,
  isUserError
} from "./chunk-4HYHTPLW.js";
import {
  __commonJS,
  __toESM
} from "./chunk-A7OMMFT7.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing2) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing2} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing2) {
      cxt.setParams({ missingProperty: missing2 }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate3 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate3);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines: lines2 } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines: lines2, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate3 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate3 });
        validate3.errors = null;
        validate3.schema = sch.schema;
        validate3.schemaEnv = sch;
        if (sch.$async)
          validate3.$async = true;
        if (this.opts.code.source === true) {
          validate3.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate3.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate3.source)
            validate3.source.evaluated = (0, codegen_1.stringify)(validate3.evaluated);
        }
        sch.validate = validate3;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines: lines2 } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines: lines2 });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta: meta2, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta2 && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta: meta2, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta2 == "object" ? meta2[schemaId] || meta2 : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta2) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta2);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta2);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta2, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta: meta2, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing2 = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing2, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing2));
            (0, code_1.reportMissingProp)(cxt, missing2);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing2, valid) {
          cxt.setParams({ missingProperty: missing2 });
          gen.forOf(missing2, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing2, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing2 = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing2)})`);
          (0, code_1.reportMissingProp)(cxt, missing2);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate3 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate3));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta: meta2 } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta: meta2 });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate3, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate3);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate3);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20204 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta: meta2 } = this.opts;
        if (!meta2)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20204;
    module.exports = exports = Ajv20204;
    module.exports.Ajv2020 = Ajv20204;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20204;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var content = require_content2();
    var core = require_core4();
    var format = require_format3();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20193 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta: meta2 } = this.opts;
        if (!meta2)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20193;
    module.exports = exports = Ajv20193;
    module.exports.Ajv2019 = Ajv20193;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20193;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt2 = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt2} != "object"`, (0, codegen_1._)`${fmt2} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt2}.compare != "function"`, compareCode(fmt2)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt2 = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt2));
        }
        function compareCode(fmt2) {
          return (0, codegen_1._)`${fmt2}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats3(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats3(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats3(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/commands/shadow.ts
import { join as join2, isAbsolute as isAbsolute2, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";

// src/manifest/resolve.ts
var import__3 = __toESM(require__(), 1);
import { createHash } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import { isAbsolute, join, posix, relative, resolve as resolvePath } from "node:path";

// src/surfaces/template.ts
var FILTERS = ["json"];
var SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|\d+)$/;
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function compileTemplate(source, file, origin = { line: 1, column: 1 }) {
  const parts = [];
  let text = "";
  let i = 0;
  const at = (offset) => {
    const lc = lineColumn(source, offset);
    return { file, line: origin.line + lc.line - 1, column: lc.line === 1 ? origin.column + lc.column - 1 : lc.column };
  };
  while (i < source.length) {
    const open = source.indexOf("{{", i);
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    if (source.startsWith("{{{{", open)) {
      text += "{{";
      i = open + 4;
      continue;
    }
    const close = source.indexOf("}}", open + 2);
    const nextOpen = source.indexOf("{{", open + 2);
    if (close === -1 || nextOpen !== -1 && nextOpen < close) {
      throw new UserError('unclosed "{{" in template (write {{{{ for a literal "{{")', at(open));
    }
    const inner = source.slice(open + 2, close);
    const [pathText = "", ...filters] = inner.split("|").map((s) => s.trim());
    if (filters.length > 1) throw new UserError(`only one filter is allowed in "{{${inner}}}"`, at(open));
    const filter = filters[0];
    if (filter !== void 0 && !FILTERS.includes(filter)) {
      throw new UserError(`unknown template filter "${filter}" (expected one of: ${FILTERS.join(", ")})`, at(open));
    }
    const path = pathText.split(".");
    if (!pathText || !path.every((s) => SEGMENT.test(s))) {
      throw new UserError(`"{{${inner}}}" is not a field reference; expected a dotted path such as {{ customer.name }}`, at(open));
    }
    if (text) parts.push(text);
    text = "";
    const { line, column } = at(open);
    parts.push({ expression: pathText, path, ...filter ? { filter } : {}, line, column });
    i = close + 2;
  }
  if (text) parts.push(text);
  const fields = [...new Set(parts.filter((p) => typeof p !== "string").map((p) => p.expression))];
  return { file, parts, fields };
}
function lookup(data, path) {
  let cur = data;
  for (const segment of path) {
    if (Array.isArray(cur) && /^\d+$/.test(segment)) cur = cur[Number(segment)];
    else if (cur !== null && typeof cur === "object" && Object.hasOwn(cur, segment)) cur = cur[segment];
    else return { found: false };
    if (cur === void 0) return { found: false };
  }
  return { found: true, value: cur };
}
function resolveSlot(slot, template, data, place) {
  const { found, value } = lookup(data, slot.path);
  if (!found) {
    throw new UserError(
      `record has no field "${slot.expression}", which the template ${template.file}:${slot.line}:${slot.column} uses`,
      { file: place.file, line: place.line },
      "add the field to every dataset record, or change the template"
    );
  }
  return value;
}
function asText(slot, value, template, place) {
  if (slot.filter === "json") return JSON.stringify(value);
  if (value === null) return "";
  if (typeof value === "object") {
    throw new UserError(
      `field "${slot.expression}" is a ${Array.isArray(value) ? "list" : "mapping"}; write {{ ${slot.expression} | json }} in ${template.file}:${slot.line}:${slot.column} to insert it as JSON`,
      { file: place.file, line: place.line }
    );
  }
  return String(value);
}
function renderTemplate(template, data, place) {
  let out = "";
  for (const part of template.parts) {
    out += typeof part === "string" ? part : asText(part, resolveSlot(part, template, data, place), template, place);
  }
  return out;
}
function compileJsonTemplate(value, file) {
  if (typeof value === "string") {
    if (!value.includes("{{")) return { kind: "value", value };
    const template = compileTemplate(value, file);
    const only = template.parts.length === 1 && typeof template.parts[0] !== "string" ? template.parts[0] : void 0;
    return { kind: "text", template, ...only ? { whole: only } : {} };
  }
  if (Array.isArray(value)) return { kind: "list", items: value.map((v) => compileJsonTemplate(v, file)) };
  if (value !== null && typeof value === "object") {
    return { kind: "map", entries: Object.entries(value).map(([k, v]) => [k, compileJsonTemplate(v, file)]) };
  }
  return { kind: "value", value };
}
function renderJsonTemplate(template, data, place) {
  switch (template.kind) {
    case "value":
      return template.value;
    case "text":
      return template.whole ? resolveSlot(template.whole, template.template, data, place) : renderTemplate(template.template, data, place);
    case "list":
      return template.items.map((t) => renderJsonTemplate(t, data, place));
    case "map":
      return Object.fromEntries(template.entries.map(([k, t]) => [k, renderJsonTemplate(t, data, place)]));
  }
}

// src/manifest/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_FILE_BYTES = 64 * 1024 * 1024;
async function git(repoRoot, args) {
  try {
    const { stdout } = await run("git", args, { cwd: repoRoot, maxBuffer: MAX_FILE_BYTES, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
    return { ok: true, stdout };
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") throw new UserError("git is not installed or not on PATH");
    return { ok: false, stderr: String(err.stderr ?? err.message), code: err.code };
  }
}
function gitPath(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/\.\//g, "/");
}
async function isShallow(repoRoot) {
  const r = await git(repoRoot, ["rev-parse", "--is-shallow-repository"]);
  return r.ok && r.stdout.trim() === "true";
}
async function resolveCommit(repoRoot, ref) {
  if (!ref || ref.startsWith("-") || /[\s\0]/.test(ref)) throw new UserError(`not a valid git ref: ${JSON.stringify(ref)}`);
  const inside = await git(repoRoot, ["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok) throw new UserError(`${repoRoot} is not a git repository`, void 0, "run shadowgate from a checkout (actions/checkout) of the repository");
  const r = await git(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (r.ok) return r.stdout.trim();
  const shallow = await isShallow(repoRoot);
  throw new UserError(
    `git ref "${ref}" is not known in this checkout${shallow ? " (the checkout is shallow)" : ""}`,
    void 0,
    `fetch the base ref, e.g. actions/checkout with fetch-depth: 0, or \`git fetch origin ${ref.replace(/^origin\//, "")}\``
  );
}
async function readBlob(repoRoot, commit, path, refForMessages = commit) {
  const spec = `${commit}:${gitPath(path)}`;
  const type = await git(repoRoot, ["cat-file", "-t", spec]);
  if (!type.ok) return void 0;
  if (type.stdout.trim() !== "blob") throw new UserError(`${path} is a ${type.stdout.trim()} at ${refForMessages}, not a file`, { file: path });
  const blob = await git(repoRoot, ["cat-file", "blob", spec]);
  if (!blob.ok) throw new UserError(`cannot read ${path} at ${refForMessages}: ${blob.stderr.trim()}`, { file: path });
  return blob.stdout;
}

// src/manifest/json-file.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__2(), 1);
var import__2 = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifest/yaml-locate.ts
var import_yaml = __toESM(require_dist(), 1);
function deref(doc, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
}
function findNode(doc, path) {
  let node = deref(doc, doc.contents);
  let ref = { valueOffset: node?.range?.[0] ?? 0 };
  let found = 0;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => {
        const key2 = deref(doc, p.key);
        return ((0, import_yaml.isScalar)(key2) ? String(key2.value) : String(key2)) === String(segment);
      });
      if (!pair) break;
      const key = pair.key;
      const value = deref(doc, pair.value);
      const keyOffset = key?.range?.[0];
      ref = { valueOffset: value?.range?.[0] ?? keyOffset ?? ref.valueOffset, ...keyOffset !== void 0 ? { keyOffset } : {} };
      node = value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = deref(doc, node.items[Number(segment)]);
      if (item === void 0) break;
      ref = { valueOffset: item?.range?.[0] ?? ref.valueOffset };
      node = item;
    } else {
      break;
    }
    found += 1;
  }
  return { ref, found };
}
function position(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function formatPath(path, root = "manifest") {
  if (path.length === 0) return root;
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/manifest/schema-errors.ts
var COMBINATORS = /* @__PURE__ */ new Set(["if", "oneOf", "anyOf", "allOf", "then", "else"]);
var PRIORITY = ["additionalProperties", "propertyNames", "not", "required", "enum", "const", "type", "oneOf"];
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    return looksLikeSecret(value) ? "a value that looks like a credential" : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}
var SECRET_VALUE = /^(?:sk-[A-Za-z0-9_-]{16,}|sk-(?:proj|ant)-\S{8,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*)$/;
function looksLikeSecret(value) {
  return SECRET_VALUE.test(value.trim());
}
function typeName(type) {
  switch (type) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "integer":
      return "an integer";
    case "null":
      return "null";
    default:
      return `a ${type}`;
  }
}
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length];
}
function suggest(word, options) {
  let best;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(word, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function custom(error) {
  const parent = error.parentSchema;
  if (error.keyword === "pattern" && typeof parent?.patternErrorMessage === "string") return parent.patternErrorMessage;
  if (error.keyword === "propertyNames") {
    const own = error.schema?.errorMessage;
    if (typeof own === "string") return own;
  }
  return typeof parent?.errorMessage === "string" ? parent.errorMessage : void 0;
}
function problemOf(error, data, rootName) {
  const base = pointerToPath(error.instancePath);
  const value = valueAt(data, base);
  const got = ` (got ${describeValue(value)})`;
  const params = error.params;
  const message = custom(error);
  switch (error.keyword) {
    case "required": {
      const path = [...base, String(params.missingProperty)];
      return { path, atKey: false, missing: true, message: message ?? "is required" };
    }
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const props = Object.keys(error.parentSchema?.properties ?? {});
      const hint = suggest(name, props);
      const known = props.length ? `; expected one of: ${props.join(", ")}` : "";
      const paramsHint = !hint && base.length === 1 && base[0] === "model" ? " (request parameters such as temperature go under model.params)" : "";
      return {
        path: [...base, name],
        atKey: true,
        missing: false,
        message: `is not a known field of ${formatPath(base, rootName)}${hint ? ` (did you mean "${hint}"?)` : known}${paramsHint}`
      };
    }
    case "propertyNames": {
      const name = String(params.propertyName);
      return { path: [...base, name], atKey: true, missing: false, message: message ?? "is not an allowed name" };
    }
    case "type": {
      const types = String(params.type).split(",").map(typeName).join(" or ");
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${types}`}${got}` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const hint = typeof value === "string" ? suggest(value, allowed) : void 0;
      const text = message ?? `must be one of ${allowed.join(", ")}`;
      return { path: base, atKey: false, missing: false, message: `${text}${got}${hint ? `; did you mean "${hint}"?` : ""}` };
    }
    case "const":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${JSON.stringify(params.allowedValue)}`}${got}` };
    case "pattern":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must match ${String(params.pattern)}`}${got}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path: base, atKey: false, missing: false, message: `${message ?? `must be ${String(params.comparison)} ${String(params.limit)}`}${got}` };
    case "minLength":
      return { path: base, atKey: false, missing: false, message: message ?? (params.limit === 1 ? "must not be empty" : `must have at least ${String(params.limit)} characters`) };
    case "minItems":
      return { path: base, atKey: false, missing: false, message: message ?? `must have at least ${String(params.limit)} ${params.limit === 1 ? "entry" : "entries"}` };
    case "minProperties":
      return { path: base, atKey: false, missing: false, message: message ?? "must not be empty" };
    case "uniqueItems":
      return { path: base, atKey: false, missing: false, message: message ?? `must not repeat entries (entries ${String(params.j)} and ${String(params.i)} are the same)` };
    default:
      return { path: base, atKey: false, missing: false, message: `${message ?? error.message ?? "is invalid"}${value === void 0 ? "" : got}` };
  }
}
function isPrefix(short, long) {
  return short.length < long.length && short.every((s, i) => long[i] === s);
}
function schemaProblems(errors, data, rootName = "manifest") {
  let kept = errors.filter((e) => !["if", "then", "else", "allOf"].includes(e.keyword));
  for (const group of kept.filter((e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && custom(e))) {
    kept = kept.filter((e) => e === group || !e.schemaPath.startsWith(`${group.schemaPath}/`));
  }
  kept = kept.filter((e) => !COMBINATORS.has(e.keyword) || custom(e) || kept.every((o) => o === e || !o.schemaPath.startsWith(`${e.schemaPath}/`)));
  const propertyNameGroups = kept.filter((e) => e.keyword === "propertyNames");
  kept = kept.filter((e) => e.keyword === "propertyNames" || !propertyNameGroups.some((g) => e.schemaPath.startsWith(`${g.schemaPath}/`)));
  const problems = kept.map((e) => ({ problem: problemOf(e, data, rootName), keyword: e.keyword }));
  const specific = problems.filter((p) => !problems.some((o) => isPrefix(p.problem.path, o.problem.path)));
  const seen = /* @__PURE__ */ new Set();
  return specific.sort((a, b) => rank(a.keyword) - rank(b.keyword)).map((p) => p.problem).filter((p) => {
    const key = `${p.path.join("\0")}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function rank(keyword) {
  const i = PRIORITY.indexOf(keyword);
  return i === -1 ? PRIORITY.length : i;
}

// src/manifest/json-file.ts
function offsetToLocation(text, offset, file) {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function parseJsonFile(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e.message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const where = offsetToLocation(text, offset === void 0 ? text.length : Number(offset), file);
    throw new UserError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "")}`, where);
  }
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter });
  return {
    file,
    value,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      const offset = atKey || found < path.length ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset;
      return { file, ...position(lineCounter, offset) };
    }
  };
}
function checkShape(json, base, data, errors, what) {
  const problems = schemaProblems(errors, data, base.length ? formatPath(base, "file") : "the file");
  const located = problems.map((p) => {
    const path = [...base, ...p.path];
    return { p, path, where: json.locate(path, p.atKey || p.missing) };
  });
  located.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0));
  const first = located[0];
  if (first) throw new UserError(`${what}: ${formatPath(first.path, "file")} ${first.p.message}`, first.where);
}
function ajvFor(schema) {
  const declared = typeof schema === "object" && schema !== null ? String(schema.$schema ?? "") : "";
  const options = { allErrors: true, verbose: true, strictTypes: false, strictTuples: false, strictRequired: false };
  const ajv = declared.includes("2019-09") ? new import__.Ajv2019(options) : /draft-0[67]/.test(declared) ? new import_ajv.Ajv(options) : new import__2.Ajv2020(options);
  import_ajv_formats.default.default(ajv);
  return ajv;
}
function checkJsonSchema(json, base, schema, what) {
  if (typeof schema !== "boolean" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
    throw new UserError(`${what}: ${formatPath(base, "file")} must be a JSON Schema object`, json.locate(base));
  }
  const ajv = ajvFor(schema);
  if (!ajv.validateSchema(schema)) {
    checkShape(json, base, schema, ajv.errors ?? [], `${what} is not a valid JSON Schema`);
  }
  try {
    return ajv.compile(schema);
  } catch (e) {
    const message = e.message.replace(/^strict mode: /, "");
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const ref = /can't resolve reference (\S+)/.exec(message)?.[1];
    const format = /unknown format "([^"]+)"/.exec(message)?.[1];
    const keyPath = keyword ? findKey(schema, [...base], (k) => k === keyword) : ref ? findKey(schema, [...base], (k, v) => k === "$ref" && v === ref) : format ? findKey(schema, [...base], (k, v) => k === "format" && v === format) : void 0;
    throw new UserError(
      `${what} is not a valid JSON Schema: ${message.replace(/ ignored in schema at path .*$/, "")}`,
      keyPath ? json.locate(keyPath, true) : json.locate(base),
      keyword ? `check the spelling of "${keyword}"` : format ? "known formats: date-time, date, time, email, uri, uuid, ipv4, ipv6, hostname, regex \u2026" : void 0
    );
  }
}
function findKey(value, path, match) {
  if (value === null || typeof value !== "object") return void 0;
  for (const [k, v] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(k) : k];
    if (!Array.isArray(value) && match(k, v)) return here;
    const inner = findKey(v, here, match);
    if (inner) return inner;
  }
  return void 0;
}

// src/manifest/load.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/manifest/defaults.ts
var MANIFEST_DEFAULTS = {
  shadow: {
    sample: { rate: 1, seed: "shadowgate" },
    concurrency: 8,
    timeoutMs: 6e4,
    deadlineSeconds: 1800,
    retries: { max: 3, baseDelayMs: 500, maxDelayMs: 2e4 },
    minSamples: 50,
    alpha: 0.05,
    confidence: 0.95,
    noiseFloor: false
  },
  auth: { header: "Authorization", authorizationScheme: "Bearer" },
  http: { method: "POST" },
  kserve: { outputIndex: 0 },
  context: { history: { maxTurns: 10 }, documents: { maxChars: 8e3, header: "Context documents:" } },
  output: { rtol: 1e-6, atol: 0 }
};
function withAuthDefaults(auth) {
  const header = auth.header ?? MANIFEST_DEFAULTS.auth.header;
  const scheme = auth.scheme ?? (header.toLowerCase() === "authorization" ? MANIFEST_DEFAULTS.auth.authorizationScheme : "");
  return { ...auth, header, scheme };
}
function applyDefaults(manifest) {
  const d = MANIFEST_DEFAULTS;
  const { model, shadow, output, context } = manifest;
  return {
    ...manifest,
    model: {
      ...model,
      ...model.auth ? { auth: withAuthDefaults(model.auth) } : {},
      ...model.http ? { http: { ...model.http, method: model.http.method ?? d.http.method } } : {},
      ...model.kserve ? { kserve: { ...model.kserve, output: { ...model.kserve.output, index: model.kserve.output.index ?? d.kserve.outputIndex } } } : {}
    },
    ...context ? {
      context: {
        ...context.history ? { history: { ...context.history, maxTurns: context.history.maxTurns ?? d.context.history.maxTurns } } : {},
        ...context.documents ? {
          documents: {
            ...context.documents,
            maxChars: context.documents.maxChars ?? d.context.documents.maxChars,
            header: context.documents.header ?? d.context.documents.header
          }
        } : {}
      }
    } : {},
    output: output.kind === "numeric" ? { ...output, rtol: output.rtol ?? d.output.rtol, atol: output.atol ?? d.output.atol } : { ...output },
    shadow: {
      ...shadow,
      sample: { ...d.shadow.sample, ...shadow.sample },
      concurrency: shadow.concurrency ?? d.shadow.concurrency,
      timeoutMs: shadow.timeoutMs ?? d.shadow.timeoutMs,
      deadlineSeconds: shadow.deadlineSeconds ?? d.shadow.deadlineSeconds,
      retries: { ...d.shadow.retries, ...shadow.retries },
      minSamples: shadow.minSamples ?? d.shadow.minSamples,
      alpha: shadow.alpha ?? d.shadow.alpha,
      confidence: shadow.confidence ?? d.shadow.confidence,
      noiseFloor: shadow.noiseFloor ?? d.shadow.noiseFloor,
      ...shadow.embeddings?.auth ? { embeddings: { ...shadow.embeddings, auth: withAuthDefaults(shadow.embeddings.auth) } } : {},
      // Gates stay absent when not given: the judge then applies its per-kind defaults, and given gates
      // override those defaults metric by metric.
      ...shadow.gates ? { gates: shadow.gates } : {}
    }
  };
}

// src/manifest/manifest-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://shadowgate.dev/schema/manifest-v1.json", "title": "shadowgate.yaml", "description": "What shadowgate replays and how it judges a change. Put `# yaml-language-server: $schema=<path or URL of this file>` on the first line for editor completion. Paths are relative to the folder holding the manifest. Credentials are never written here: name the environment variable that holds them (`auth.env`).", "type": "object", "additionalProperties": false, "required": ["version", "service", "model", "output", "shadow"], "properties": { "version": { "description": "Manifest format version.", "const": 1, "errorMessage": "must be 1 (the only manifest version)", "examples": [1] }, "service": { "description": "Name of the service this model or prompt serves; used in reports and as the deployment name.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "patternErrorMessage": "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit", "examples": ["support-bot", "price-model"] }, "model": { "$ref": "#/$defs/model" }, "prompt": { "$ref": "#/$defs/prompt" }, "tools": { "$ref": "#/$defs/tools" }, "context": { "$ref": "#/$defs/context" }, "output": { "$ref": "#/$defs/output" }, "shadow": { "$ref": "#/$defs/shadow" }, "deploy": { "$comment": "Mirrors deploySchema in src/kube/config.ts (test/manifest/deploy-schema.test.ts keeps them in step).", "description": "Blue-green deployment on Kubernetes: used by promote, rollback, status and lint.", "type": "object", "additionalProperties": false, "required": ["service", "slots"], "properties": { "namespace": { "description": "Namespace of the live Service, its slot Deployments and the Lease.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "default": "default" }, "service": { "description": "The live Service whose selector is flipped between the slots.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "slotKey": { "description": "Selector key that is flipped; every other selector key is left untouched.", "type": "string", "minLength": 1, "default": "shadowgate.dev/slot" }, "slots": { "description": "The two slots of the blue-green pair.", "type": "object", "additionalProperties": false, "required": ["blue", "green"], "properties": { "blue": { "$ref": "#/$defs/deploySlot" }, "green": { "$ref": "#/$defs/deploySlot" } } }, "lease": { "description": "The coordination.k8s.io Lease that keeps two runs from promoting at once.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Lease name (default: shadowgate-<service>).", "type": "string", "minLength": 1 }, "durationSeconds": { "description": "A lease not renewed for this long is expired and may be taken over.", "type": "integer", "minimum": 5, "default": 900 } } }, "warmup": { "description": "Warm-up of the target slot before the flip: recorded requests until p95 latency settles.", "type": "object", "additionalProperties": false, "properties": { "windowSize": { "description": "Requests per window; the p95 of consecutive windows is compared.", "type": "integer", "minimum": 2, "default": 20 }, "marginPercent": { "description": "Settled when the last window p95 is within this percentage of the previous one.", "type": "number", "exclusiveMinimum": 0, "default": 10 }, "maxRequests": { "description": "Give up (the promotion stops) after this many requests without settling.", "type": "integer", "minimum": 0, "default": 400 }, "maxSeconds": { "description": "Give up after this many seconds without settling.", "type": "number", "exclusiveMinimum": 0, "default": 120 }, "concurrency": { "description": "Warm-up requests in flight.", "type": "integer", "minimum": 1, "default": 4 } } }, "watch": { "description": "Watch window after the flip: active probes with the shadow judge; a breach flips back.", "type": "object", "additionalProperties": false, "properties": { "seconds": { "description": "How long to probe after the flip.", "type": "number", "minimum": 0, "default": 60 }, "intervalSeconds": { "description": "Pause between probes.", "type": "number", "exclusiveMinimum": 0, "default": 5 }, "maxFailures": { "description": "Failed probes that trigger the automatic flip back.", "type": "integer", "minimum": 1, "default": 1 } } }, "historyLimit": { "description": "Promotion records kept in the Service annotation (oldest dropped first).", "type": "integer", "minimum": 1, "maximum": 50, "default": 10 }, "lint": { "description": "LLM-safe serving checks for the slot Deployments.", "type": "object", "additionalProperties": false, "properties": { "minGracePeriodSeconds": { "description": "Minimum terminationGracePeriodSeconds (LLM responses stream for minutes).", "type": "integer", "minimum": 0, "default": 300 }, "minPreStopSeconds": { "description": "Minimum preStop sleep, so endpoints deregister before SIGTERM.", "type": "integer", "minimum": 0, "default": 5 }, "requireStartupProbe": { "description": "Require a startupProbe (slow model loads would trip the liveness probe).", "type": "boolean", "default": true } } } } } }, "$defs": { "path": { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" }, "envName": { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] }, "auth": { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } }, "model": { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }] }, "kserveInput": { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } }, "prompt": { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } }, "tools": { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } }, "context": { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } }, "output": { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] }, "retries": { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "Practical-equivalence band; the interval must leave it before anything can fail.", "type": "number", "minimum": 0 }, "threshold": { "description": "Effect threshold: \u0394 for rates/scores, ratio for continuous metrics (1.2 = +20 %).", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } }, "shadow": { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline`.", "type": "integer", "minimum": 1, "default": 1800 }, "retries": { "$ref": "#/$defs/retries" }, "minSamples": { "description": "Fewer completed pairs than this gives an inconclusive verdict.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] } } }, "deploySlot": { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63 }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } } } };
var schema41 = { "description": "Conversation history and retrieved documents taken from each record.", "type": "object", "additionalProperties": false, "properties": { "history": { "description": "Prior conversation turns sent before the user message (with prompt.user).", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with prior turns [{role, content}], oldest first.", "type": "string", "minLength": 1, "examples": ["history"] }, "maxTurns": { "description": "Newest turns kept.", "type": "integer", "minimum": 1, "default": 10 } } }, "documents": { "description": "Retrieved documents appended to the system message.", "type": "object", "additionalProperties": false, "required": ["field"], "properties": { "field": { "description": "Record field with retrieved documents (strings or {title, text}), appended to the system message.", "type": "string", "minLength": 1, "examples": ["docs"] }, "maxChars": { "description": "Document text kept, in characters.", "type": "integer", "minimum": 1, "default": 8e3 }, "header": { "description": "Line before the documents.", "type": "string", "default": "Context documents:" } } } } };
var schema48 = { "type": "object", "additionalProperties": false, "required": ["selector", "deployments"], "properties": { "selector": { "description": "Value of the slot key in the live Service selector that sends traffic to this slot.", "type": "string", "minLength": 1, "maxLength": 63 }, "deployments": { "description": "Deployments of the slot; all must be rolled out and ready before the flip.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "url": { "description": "The slot's own Service URL, reachable from the runner: warm-up, smoke pass and watch probes.", "type": "string", "format": "uri" } } };
var func1 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
var pattern18 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema32 = { "description": "The model endpoint both sides call. The baseline uses this block as it is at the PR's base ref, the candidate as it is at the head.", "type": "object", "additionalProperties": false, "required": ["protocol", "endpoint", "id"], "properties": { "protocol": { "description": "Wire protocol: OpenAI-compatible chat completions, KServe Open Inference (v2), or a plain JSON HTTP endpoint.", "enum": ["openai", "kserve-v2", "http"], "examples": ["openai"] }, "endpoint": { "description": "Base URL: `https://host/v1` for openai, `http://host` for kserve-v2, the full URL for http. Can be overridden per side (SHADOWGATE_BASELINE_ENDPOINT, SHADOWGATE_CANDIDATE_ENDPOINT).", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1", "http://price-model.ml.svc.cluster.local"] }, "id": { "description": "Pinned model id (OpenAI `model`) or the KServe model name.", "type": "string", "minLength": 1, "examples": ["gpt-4.1-mini-2025-04-14", "price-model"] }, "version": { "description": 'Model version (KServe model version, or your own label). Quote numbers: `version: "2"`.', "type": "string", "examples": ["2", "2025-04-14"] }, "auth": { "$ref": "#/$defs/auth" }, "params": { "description": "Extra request parameters passed through verbatim (temperature, seed, max_tokens \u2026). Fields shadowgate builds itself cannot be set here.", "type": "object", "propertyNames": { "not": { "enum": ["model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "inputs", "id"] }, "errorMessage": "is built by shadowgate from the manifest and cannot be set in model.params" }, "examples": [{ "temperature": 0, "seed": 7, "max_tokens": 512 }] }, "headers": { "description": "Extra HTTP headers. Credentials go in `auth`, not here.", "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "not": { "pattern": "^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$" }, "errorMessage": "would put a credential in the manifest; use model.auth with env: <VARIABLE_NAME> and header: <header name>" }, "examples": [{ "OpenAI-Organization": "org-ml" }] }, "kserve": { "description": "Required for protocol kserve-v2: which record fields become input tensors and which output tensor is the answer.", "type": "object", "additionalProperties": false, "required": ["inputs", "output"], "properties": { "inputs": { "description": "Input tensors, each filled from a record field.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/kserveInput" } }, "output": { "description": "The output tensor that holds the answer.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Output tensor name.", "type": "string", "minLength": 1, "examples": ["price"] }, "index": { "description": "Element of the output tensor that is the answer.", "type": "integer", "minimum": 0, "default": 0 } } } } }, "http": { "description": "Required for protocol http: the JSON body to send (a string that is exactly `{{ path }}` is replaced by the record's value with its JSON type) and where the answer is in the response.", "type": "object", "additionalProperties": false, "required": ["body", "output"], "properties": { "method": { "description": "HTTP method.", "enum": ["POST", "PUT"], "default": "POST" }, "body": { "description": "Request body template.", "examples": [{ "text": "{{ question }}", "k": 3 }] }, "output": { "description": "JSON Pointer (RFC 6901) to the answer in the response body; empty string for the whole body.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /answer or /choices/0/text", "examples": ["/answer"] } } } }, "allOf": [{ "if": { "properties": { "protocol": { "const": "kserve-v2" } }, "required": ["protocol"] }, "then": { "required": ["kserve"], "errorMessage": "is required when model.protocol is kserve-v2 (input tensors and the output tensor)" } }, { "if": { "properties": { "protocol": { "const": "http" } }, "required": ["protocol"] }, "then": { "required": ["http"], "errorMessage": "is required when model.protocol is http (request body and output pointer)" } }] };
var schema35 = { "type": "object", "additionalProperties": false, "required": ["name", "datatype", "from"], "properties": { "name": { "description": "Input tensor name.", "type": "string", "minLength": 1, "examples": ["features"] }, "datatype": { "description": "Open Inference Protocol tensor datatype.", "enum": ["BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES"], "examples": ["FP32"] }, "shape": { "description": "Tensor shape; one -1 entry is filled from the data length. Default: the shape of the (nested) array.", "type": "array", "items": { "type": "integer", "minimum": -1 }, "examples": [[1, -1]] }, "from": { "description": "Dot path into the replay record.", "type": "string", "minLength": 1, "examples": ["features"] } } };
var pattern5 = new RegExp("^https?://[^\\s/?#]+", "u");
var pattern8 = new RegExp("^(?:[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Aa][Pp][Ii]-[Kk][Ee][Yy])$", "u");
var pattern9 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
var schema33 = { "description": "Where the credential comes from. The value is read from the environment at run time.", "type": "object", "additionalProperties": false, "required": ["env"], "properties": { "env": { "$ref": "#/$defs/envName" }, "header": { "description": "HTTP header that carries the credential.", "type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "patternErrorMessage": "must be an HTTP header name", "default": "Authorization", "examples": ["Authorization", "api-key"] }, "scheme": { "description": "Prefix before the credential. Defaults to `Bearer` for the Authorization header and to nothing for any other header.", "type": "string", "examples": ["Bearer", "Basic"] } } };
var schema34 = { "description": "Name of an environment variable (e.g. a GitHub Actions secret exposed with `env:`). Never the secret itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "must be the NAME of an environment variable that holds the credential, like OPENAI_API_KEY \u2014 never the credential itself", "examples": ["OPENAI_API_KEY"] };
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.env === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "env" || key0 === "header" || key0 === "scheme")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data0 = data.env;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data1 = data.header;
      if (typeof data1 === "string") {
        if (!pattern7.test(data1)) {
          const err4 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, message: 'must match pattern "^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$"', schema: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", parentSchema: schema33.properties.header, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.header.type, parentSchema: schema33.properties.header, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.scheme !== void 0) {
      let data2 = data.scheme;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.scheme.type, parentSchema: schema33.properties.scheme, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.protocol === void 0 && (missing0 = "protocol")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.protocol !== void 0) {
        if ("kserve-v2" !== data.protocol) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kserve === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "kserve" }, message: "must have required property 'kserve'", schema: schema32.allOf[0].then.required, parentSchema: schema32.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[0].if, parentSchema: schema32.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.protocol === void 0 && (missing1 = "protocol")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.protocol !== void 0) {
        if ("http" !== data.protocol) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.http === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'", schema: schema32.allOf[1].then.required, parentSchema: schema32.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema32.allOf[1].if, parentSchema: schema32.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.protocol === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.endpoint === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      let data2 = data.protocol;
      if (!(data2 === "openai" || data2 === "kserve-v2" || data2 === "http")) {
        const err12 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema32.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.protocol.enum, parentSchema: schema32.properties.protocol, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data3 = data.endpoint;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err13 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema32.properties.endpoint, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.endpoint.type, parentSchema: schema32.properties.endpoint, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data4 = data.id;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.id, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data5 = data.version;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.version.type, parentSchema: schema32.properties.version, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      if (!validate22(data.auth, { instancePath: instancePath + "/auth", parentData: data, parentDataProperty: "auth", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.params !== void 0) {
      let data7 = data.params;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs22 = errors;
          const _errs23 = errors;
          const _errs24 = errors;
          if (!(key1 === "model" || key1 === "messages" || key1 === "tools" || key1 === "tool_choice" || key1 === "parallel_tool_calls" || key1 === "response_format" || key1 === "stream" || key1 === "inputs" || key1 === "id")) {
            const err18 = {};
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var valid7 = _errs24 === errors;
          if (valid7) {
            const err19 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.params.propertyNames.not, parentSchema: schema32.properties.params.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
          var valid6 = _errs22 === errors;
          if (!valid6) {
            const err20 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema32.properties.params.propertyNames, parentSchema: schema32.properties.params, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.params.type, parentSchema: schema32.properties.params, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data8 = data.headers;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          const _errs27 = errors;
          const _errs28 = errors;
          const _errs29 = errors;
          if (typeof key2 === "string") {
            if (!pattern8.test(key2)) {
              const err22 = {};
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          var valid9 = _errs29 === errors;
          if (valid9) {
            const err23 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.headers.propertyNames.not, parentSchema: schema32.properties.headers.propertyNames, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
          var valid8 = _errs27 === errors;
          if (!valid8) {
            const err24 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema32.properties.headers.propertyNames, parentSchema: schema32.properties.headers, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        for (const key3 in data8) {
          let data9 = data8[key3];
          if (typeof data9 !== "string") {
            const err25 = { instancePath: instancePath + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.headers.additionalProperties.type, parentSchema: schema32.properties.headers.additionalProperties, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.headers.type, parentSchema: schema32.properties.headers, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.kserve !== void 0) {
      let data10 = data.kserve;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.inputs === void 0) {
          const err27 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema32.properties.kserve.required, parentSchema: schema32.properties.kserve, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data10.output === void 0) {
          const err28 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.properties.kserve.required, parentSchema: schema32.properties.kserve, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key4 in data10) {
          if (!(key4 === "inputs" || key4 === "output")) {
            const err29 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.kserve, data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data10.inputs !== void 0) {
          let data11 = data10.inputs;
          if (Array.isArray(data11)) {
            if (data11.length < 1) {
              const err30 = { instancePath: instancePath + "/kserve/inputs", schemaPath: "#/properties/kserve/properties/inputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.kserve.properties.inputs, data: data11 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.name === void 0) {
                  const err31 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data12.datatype === void 0) {
                  const err32 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "datatype" }, message: "must have required property 'datatype'", schema: schema35.required, parentSchema: schema35, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data12.from === void 0) {
                  const err33 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.required, parentSchema: schema35, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                for (const key5 in data12) {
                  if (!(key5 === "name" || key5 === "datatype" || key5 === "shape" || key5 === "from")) {
                    const err34 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (typeof data13 === "string") {
                    if (func3(data13) < 1) {
                      const err35 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/name", schemaPath: "#/$defs/kserveInput/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/name", schemaPath: "#/$defs/kserveInput/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data12.datatype !== void 0) {
                  let data14 = data12.datatype;
                  if (!(data14 === "BOOL" || data14 === "UINT8" || data14 === "UINT16" || data14 === "UINT32" || data14 === "UINT64" || data14 === "INT8" || data14 === "INT16" || data14 === "INT32" || data14 === "INT64" || data14 === "FP16" || data14 === "FP32" || data14 === "FP64" || data14 === "BYTES")) {
                    const err37 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/datatype", schemaPath: "#/$defs/kserveInput/properties/datatype/enum", keyword: "enum", params: { allowedValues: schema35.properties.datatype.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.datatype.enum, parentSchema: schema35.properties.datatype, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data12.shape !== void 0) {
                  let data15 = data12.shape;
                  if (Array.isArray(data15)) {
                    const len1 = data15.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data16 = data15[i1];
                      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                        const err38 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape/" + i1, schemaPath: "#/$defs/kserveInput/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.shape.items.type, parentSchema: schema35.properties.shape.items, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      if (typeof data16 == "number" && isFinite(data16)) {
                        if (data16 < -1 || isNaN(data16)) {
                          const err39 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape/" + i1, schemaPath: "#/$defs/kserveInput/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema35.properties.shape.items, data: data16 };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/shape", schemaPath: "#/$defs/kserveInput/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.shape.type, parentSchema: schema35.properties.shape, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data12.from !== void 0) {
                  let data17 = data12.from;
                  if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                      const err41 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/from", schemaPath: "#/$defs/kserveInput/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.from, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/kserve/inputs/" + i0 + "/from", schemaPath: "#/$defs/kserveInput/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.from.type, parentSchema: schema35.properties.from, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/kserve/inputs/" + i0, schemaPath: "#/$defs/kserveInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data12 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/kserve/inputs", schemaPath: "#/properties/kserve/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.kserve.properties.inputs.type, parentSchema: schema32.properties.kserve.properties.inputs, data: data11 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data10.output !== void 0) {
          let data18 = data10.output;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.name === void 0) {
              const err45 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.properties.kserve.properties.output.required, parentSchema: schema32.properties.kserve.properties.output, data: data18 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key6 in data18) {
              if (!(key6 === "name" || key6 === "index")) {
                const err46 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.kserve.properties.output, data: data18 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.name !== void 0) {
              let data19 = data18.name;
              if (typeof data19 === "string") {
                if (func3(data19) < 1) {
                  const err47 = { instancePath: instancePath + "/kserve/output/name", schemaPath: "#/properties/kserve/properties/output/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.kserve.properties.output.properties.name, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/kserve/output/name", schemaPath: "#/properties/kserve/properties/output/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.kserve.properties.output.properties.name.type, parentSchema: schema32.properties.kserve.properties.output.properties.name, data: data19 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data18.index !== void 0) {
              let data20 = data18.index;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err49 = { instancePath: instancePath + "/kserve/output/index", schemaPath: "#/properties/kserve/properties/output/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.kserve.properties.output.properties.index.type, parentSchema: schema32.properties.kserve.properties.output.properties.index, data: data20 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err50 = { instancePath: instancePath + "/kserve/output/index", schemaPath: "#/properties/kserve/properties/output/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.kserve.properties.output.properties.index, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/kserve/output", schemaPath: "#/properties/kserve/properties/output/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.kserve.properties.output.type, parentSchema: schema32.properties.kserve.properties.output, data: data18 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/kserve", schemaPath: "#/properties/kserve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.kserve.type, parentSchema: schema32.properties.kserve, data: data10 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data21 = data.http;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.body === void 0) {
          const err53 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'", schema: schema32.properties.http.required, parentSchema: schema32.properties.http, data: data21 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data21.output === void 0) {
          const err54 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema32.properties.http.required, parentSchema: schema32.properties.http, data: data21 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key7 in data21) {
          if (!(key7 === "method" || key7 === "body" || key7 === "output")) {
            const err55 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.http, data: data21 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data21.method !== void 0) {
          let data22 = data21.method;
          if (!(data22 === "POST" || data22 === "PUT")) {
            const err56 = { instancePath: instancePath + "/http/method", schemaPath: "#/properties/http/properties/method/enum", keyword: "enum", params: { allowedValues: schema32.properties.http.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.http.properties.method.enum, parentSchema: schema32.properties.http.properties.method, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data21.output !== void 0) {
          let data23 = data21.output;
          if (typeof data23 === "string") {
            if (!pattern9.test(data23)) {
              const err57 = { instancePath: instancePath + "/http/output", schemaPath: "#/properties/http/properties/output/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema32.properties.http.properties.output, data: data23 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/http/output", schemaPath: "#/properties/http/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.http.properties.output.type, parentSchema: schema32.properties.http.properties.output, data: data23 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.http.type, parentSchema: schema32.properties.http, data: data21 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "description": "Prompt templates (openai protocol). `{{ a.b }}` inserts a record field, `{{ a.b | json }}` inserts it as JSON, `{{{{` is a literal `{{`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "system": { "$ref": "#/$defs/path", "description": "System message template file.", "examples": ["prompts/system.md"] }, "user": { "$ref": "#/$defs/path", "description": "User message template file. Without it, each record's own `messages` are sent.", "examples": ["prompts/user.md"] } } };
var schema37 = { "type": "string", "minLength": 1, "pattern": "^(?!/)(?![A-Za-z]:[\\\\/])", "patternErrorMessage": "must be a path relative to the manifest's folder" };
var pattern10 = new RegExp("^(?!/)(?![A-Za-z]:[\\\\/])", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "system" || key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data0 = data.system;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/system", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data1 = data.user;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern10.test(data1)) {
          const err6 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "description": "Tools offered to the model (openai protocol).", "type": "object", "additionalProperties": false, "required": ["schemas"], "properties": { "schemas": { "description": "JSON files, each one OpenAI function definition {name, description, parameters}.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/path" }, "examples": [["tools/search.json", "tools/refund.json"]] }, "choice": { "description": "tool_choice: auto, required, none, or {name} to force one function. Not sent when unset.", "oneOf": [{ "enum": ["auto", "required", "none"] }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The function the model must call.", "type": "string", "minLength": 1 } } }], "errorMessage": "must be auto, required, none, or {name: <function>}", "examples": ["auto", { "name": "search" }] }, "parallel": { "description": "parallel_tool_calls. Not sent when unset.", "type": "boolean" } } };
var func0 = require_equal().default;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemas === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemas" }, message: "must have required property 'schemas'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schemas" || key0 === "choice" || key0 === "parallel")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.schemas !== void 0) {
      let data0 = data.schemas;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.properties.schemas, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err3 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err4 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/schemas/" + i0, schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err6 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.properties.schemas, data: data0 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.schemas.type, parentSchema: schema39.properties.schemas, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.choice !== void 0) {
      let data2 = data.choice;
      const _errs8 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (!(data2 === "auto" || data2 === "required" || data2 === "none")) {
        const err8 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema39.properties.choice.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.choice.oneOf[0].enum, parentSchema: schema39.properties.choice.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.choice.oneOf[1].required, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err10 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err11 = { instancePath: instancePath + "/choice/name", schemaPath: "#/properties/choice/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.choice.oneOf[1].properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/choice/name", schemaPath: "#/properties/choice/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.choice.oneOf[1].properties.name.type, parentSchema: schema39.properties.choice.oneOf[1].properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.choice.oneOf[1].type, parentSchema: schema39.properties.choice.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err14 = { instancePath: instancePath + "/choice", schemaPath: "#/properties/choice/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.properties.choice.oneOf, parentSchema: schema39.properties.choice, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.parallel !== void 0) {
      let data4 = data.parallel;
      if (typeof data4 !== "boolean") {
        const err15 = { instancePath: instancePath + "/parallel", schemaPath: "#/properties/parallel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.parallel.type, parentSchema: schema39.properties.parallel, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "description": "What an answer is, which decides how answers are compared.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "description": "text: free text; json: a JSON document; tool-calls: function calls; label: one of a set; numeric: a number.", "enum": ["text", "json", "tool-calls", "label", "numeric"], "examples": ["json"] }, "schema": { "$ref": "#/$defs/path", "description": "JSON Schema file the answer must satisfy (kind json); also sent as response_format for openai.", "examples": ["schemas/answer.json"] }, "pointer": { "description": "JSON Pointer into a JSON answer selecting the label or number.", "type": "string", "pattern": "^(/([^~/]|~[01])*)*$", "patternErrorMessage": "must be a JSON Pointer such as /label", "examples": ["/label"] }, "labels": { "description": "The allowed labels (kind label).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "examples": [["refund", "question", "other"]] }, "rtol": { "description": "Relative tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 1e-6 }, "atol": { "description": "Absolute tolerance for numbers to count as equal (kind numeric).", "type": "number", "minimum": 0, "default": 0 } }, "allOf": [{ "if": { "properties": { "kind": { "not": { "const": "json" } } }, "required": ["kind"] }, "then": { "properties": { "schema": { "not": {}, "errorMessage": "is only used with output.kind json" } } } }, { "if": { "properties": { "kind": { "not": { "const": "label" } } }, "required": ["kind"] }, "then": { "properties": { "labels": { "not": {}, "errorMessage": "is only used with output.kind label" } } } }, { "if": { "properties": { "kind": { "not": { "enum": ["numeric"] } } }, "required": ["kind"] }, "then": { "properties": { "rtol": { "not": {}, "errorMessage": "is only used with output.kind numeric" }, "atol": { "not": {}, "errorMessage": "is only used with output.kind numeric" } } } }, { "if": { "properties": { "kind": { "enum": ["text", "tool-calls"] } }, "required": ["kind"] }, "then": { "properties": { "pointer": { "not": {}, "errorMessage": "is only used with output.kind json, label or numeric" } } } }] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs5 = errors;
        const _errs6 = errors;
        if ("json" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid3 = _errs6 === errors;
        if (valid3) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.schema !== void 0) {
        const err3 = { instancePath: instancePath + "/schema", schemaPath: "#/allOf/0/then/properties/schema/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[0].then.properties.schema.not, parentSchema: schema42.allOf[0].then.properties.schema, data: data.schema };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.schema = true;
      props0.kind = true;
    }
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[0].if, parentSchema: schema42.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs11 = errors;
  let valid5 = true;
  const _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.kind === void 0 && (missing1 = "kind")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs14 = errors;
        const _errs15 = errors;
        if ("label" !== data.kind) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var valid7 = _errs15 === errors;
        if (valid7) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        } else {
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid1 = _errs12 === errors;
  errors = _errs11;
  if (vErrors !== null) {
    if (_errs11) {
      vErrors.length = _errs11;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.labels !== void 0) {
        const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/allOf/1/then/properties/labels/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[1].then.properties.labels.not, parentSchema: schema42.allOf[1].then.properties.labels, data: data.labels };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid1 = _errs16 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = {};
      props1.labels = true;
      props1.kind = true;
    }
  }
  if (!valid5) {
    const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[1].if, parentSchema: schema42.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs20 = errors;
  let valid9 = true;
  const _errs21 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.kind === void 0 && (missing2 = "kind")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        const _errs23 = errors;
        const _errs24 = errors;
        if (!(data.kind === "numeric")) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var valid11 = _errs24 === errors;
        if (valid11) {
          const err12 = {};
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        } else {
          errors = _errs23;
          if (vErrors !== null) {
            if (_errs23) {
              vErrors.length = _errs23;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid2 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs25 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.rtol !== void 0) {
        const err13 = { instancePath: instancePath + "/rtol", schemaPath: "#/allOf/2/then/properties/rtol/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[2].then.properties.rtol.not, parentSchema: schema42.allOf[2].then.properties.rtol, data: data.rtol };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.atol !== void 0) {
        const err14 = { instancePath: instancePath + "/atol", schemaPath: "#/allOf/2/then/properties/atol/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[2].then.properties.atol.not, parentSchema: schema42.allOf[2].then.properties.atol, data: data.atol };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    var _valid2 = _errs25 === errors;
    valid9 = _valid2;
    if (valid9) {
      var props2 = {};
      props2.rtol = true;
      props2.atol = true;
      props2.kind = true;
    }
  }
  if (!valid9) {
    const err15 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[2].if, parentSchema: schema42.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs31 = errors;
  let valid13 = true;
  const _errs32 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.kind === void 0 && (missing3 = "kind")) {
      const err16 = {};
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        let data7 = data.kind;
        if (!(data7 === "text" || data7 === "tool-calls")) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs32 === errors;
  errors = _errs31;
  if (vErrors !== null) {
    if (_errs31) {
      vErrors.length = _errs31;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs34 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pointer !== void 0) {
        const err18 = { instancePath: instancePath + "/pointer", schemaPath: "#/allOf/3/then/properties/pointer/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema42.allOf[3].then.properties.pointer.not, parentSchema: schema42.allOf[3].then.properties.pointer, data: data.pointer };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    var _valid3 = _errs34 === errors;
    valid13 = _valid3;
    if (valid13) {
      var props3 = {};
      props3.pointer = true;
      props3.kind = true;
    }
  }
  if (!valid13) {
    const err19 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema42.allOf[3].if, parentSchema: schema42.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "schema" || key0 === "pointer" || key0 === "labels" || key0 === "rtol" || key0 === "atol")) {
        const err21 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (!(data9 === "text" || data9 === "json" || data9 === "tool-calls" || data9 === "label" || data9 === "numeric")) {
        const err22 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema42.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.kind.enum, parentSchema: schema42.properties.kind, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data10 = data.schema;
      if (typeof data10 === "string") {
        if (func3(data10) < 1) {
          const err23 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern10.test(data10)) {
          const err24 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/schema", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.pointer !== void 0) {
      let data11 = data.pointer;
      if (typeof data11 === "string") {
        if (!pattern9.test(data11)) {
          const err26 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/([^~/]|~[01])*)*$" }, message: 'must match pattern "^(/([^~/]|~[01])*)*$"', schema: "^(/([^~/]|~[01])*)*$", parentSchema: schema42.properties.pointer, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.pointer.type, parentSchema: schema42.properties.pointer, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data12 = data.labels;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.properties.labels, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 !== "string") {
            const err29 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.labels.items.type, parentSchema: schema42.properties.labels.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i1 = data12.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data12[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema42.properties.labels, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.labels.type, parentSchema: schema42.properties.labels, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.rtol !== void 0) {
      let data14 = data.rtol;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err32 = { instancePath: instancePath + "/rtol", schemaPath: "#/properties/rtol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema42.properties.rtol, data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/rtol", schemaPath: "#/properties/rtol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.rtol.type, parentSchema: schema42.properties.rtol, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.atol !== void 0) {
      let data15 = data.atol;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 0 || isNaN(data15)) {
          const err34 = { instancePath: instancePath + "/atol", schemaPath: "#/properties/atol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema42.properties.atol, data: data15 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/atol", schemaPath: "#/properties/atol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.atol.type, parentSchema: schema42.properties.atol, data: data15 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema44 = { "description": "The paired replay and the statistical judge.", "type": "object", "additionalProperties": false, "required": ["dataset"], "properties": { "dataset": { "$ref": "#/$defs/path", "description": "JSONL file of recorded production requests, one record a line.", "examples": ["shadow/requests.jsonl"] }, "sample": { "description": "Which recorded requests are replayed.", "type": "object", "additionalProperties": false, "properties": { "rate": { "description": "Fraction of records replayed, keyed on the record id.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1 }, "seed": { "description": "Sampling seed; the same seed selects the same records.", "type": "string", "default": "shadowgate" }, "max": { "description": "Upper bound on records replayed.", "type": "integer", "minimum": 1 } } }, "concurrency": { "description": "Requests in flight, baseline and candidate together (one shared pool).", "type": "integer", "minimum": 1, "maximum": 512, "default": 8 }, "timeoutMs": { "description": "Per-request timeout.", "type": "integer", "minimum": 1, "default": 6e4 }, "deadlineSeconds": { "description": "Overall replay deadline; records not finished by then are counted as `deadline`.", "type": "integer", "minimum": 1, "default": 1800 }, "retries": { "$ref": "#/$defs/retries" }, "minSamples": { "description": "Fewer completed pairs than this gives an inconclusive verdict.", "type": "integer", "minimum": 1, "default": 50 }, "alpha": { "description": "Family-wise significance level (Holm).", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "confidence": { "description": "Confidence level of the reported intervals.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "noiseFloor": { "description": "Replay the baseline twice to measure the A/A noise floor.", "type": "boolean", "default": false }, "embeddings": { "description": "Embeddings endpoint (OpenAI-compatible) for semantic similarity of text answers.", "type": "object", "additionalProperties": false, "required": ["endpoint", "model"], "properties": { "endpoint": { "description": "Base URL of the embeddings API.", "type": "string", "pattern": "^https?://[^\\s/?#]+", "patternErrorMessage": "must be an http:// or https:// URL", "examples": ["https://api.openai.com/v1"] }, "model": { "description": "Embeddings model id.", "type": "string", "minLength": 1, "examples": ["text-embedding-3-small"] }, "auth": { "$ref": "#/$defs/auth" } } }, "gates": { "description": "Metrics that decide the verdict, with their thresholds.", "type": "array", "items": { "$ref": "#/$defs/gate" }, "examples": [[{ "metric": "json.schema_pass", "critical": true }, { "metric": "latency.ms", "threshold": 1.2 }]] } } };
var schema46 = { "description": "Retries of 429, 5xx and timeouts, with exponential backoff and jitter.", "type": "object", "additionalProperties": false, "properties": { "max": { "description": "Retries after the first attempt.", "type": "integer", "minimum": 0, "maximum": 10, "default": 3 }, "baseDelayMs": { "description": "First backoff delay; doubles each retry (a Retry-After header wins).", "type": "integer", "minimum": 0, "default": 500 }, "maxDelayMs": { "description": "Longest backoff delay.", "type": "integer", "minimum": 0, "default": 2e4 } } };
var schema47 = { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "Metric id.", "type": "string", "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "patternErrorMessage": "must be a metric id such as json.schema_pass or latency.ms", "examples": ["json.schema_pass", "latency.ms", "text.similarity"] }, "direction": { "description": "Which way is bad; defaults come from the metric.", "enum": ["increase", "decrease", "either"] }, "tolerance": { "description": "Practical-equivalence band; the interval must leave it before anything can fail.", "type": "number", "minimum": 0 }, "threshold": { "description": "Effect threshold: \u0394 for rates/scores, ratio for continuous metrics (1.2 = +20 %).", "type": "number" }, "critical": { "description": "A critical gate fails the whole verdict; a non-critical breach only warns.", "type": "boolean" }, "muted": { "description": "Report but never gate.", "type": "boolean" } } };
var pattern17 = new RegExp("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dataset === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema44.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data0 = data.dataset;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?![A-Za-z]:[\\\\/])" }, message: 'must match pattern "^(?!/)(?![A-Za-z]:[\\\\/])"', schema: "^(?!/)(?![A-Za-z]:[\\\\/])", parentSchema: schema37, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sample !== void 0) {
      let data1 = data.sample;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "rate" || key1 === "seed" || key1 === "max")) {
            const err5 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.sample, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.rate !== void 0) {
          let data2 = data1.rate;
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 1 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema44.properties.sample.properties.rate, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2 <= 0 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema44.properties.sample.properties.rate, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/sample/rate", schemaPath: "#/properties/sample/properties/rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.sample.properties.rate.type, parentSchema: schema44.properties.sample.properties.rate, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.seed !== void 0) {
          let data3 = data1.seed;
          if (typeof data3 !== "string") {
            const err9 = { instancePath: instancePath + "/sample/seed", schemaPath: "#/properties/sample/properties/seed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.sample.properties.seed.type, parentSchema: schema44.properties.sample.properties.seed, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.max !== void 0) {
          let data4 = data1.max;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err10 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.sample.properties.max.type, parentSchema: schema44.properties.sample.properties.max, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err11 = { instancePath: instancePath + "/sample/max", schemaPath: "#/properties/sample/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.sample.properties.max, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.sample.type, parentSchema: schema44.properties.sample, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data5 = data.concurrency;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err13 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.concurrency.type, parentSchema: schema44.properties.concurrency, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 512 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 512 }, message: "must be <= 512", schema: 512, parentSchema: schema44.properties.concurrency, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.concurrency, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.timeoutMs !== void 0) {
      let data6 = data.timeoutMs;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err16 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.timeoutMs.type, parentSchema: schema44.properties.timeoutMs, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/timeoutMs", schemaPath: "#/properties/timeoutMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.timeoutMs, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.deadlineSeconds !== void 0) {
      let data7 = data.deadlineSeconds;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.deadlineSeconds.type, parentSchema: schema44.properties.deadlineSeconds, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.deadlineSeconds, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data8 = data.retries;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!(key2 === "max" || key2 === "baseDelayMs" || key2 === "maxDelayMs")) {
            const err20 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/retries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.max !== void 0) {
          let data9 = data8.max;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err21 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.max.type, parentSchema: schema46.properties.max, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 10 || isNaN(data9)) {
              const err22 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema46.properties.max, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/retries/max", schemaPath: "#/$defs/retries/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.max, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data8.baseDelayMs !== void 0) {
          let data10 = data8.baseDelayMs;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err24 = { instancePath: instancePath + "/retries/baseDelayMs", schemaPath: "#/$defs/retries/properties/baseDelayMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.baseDelayMs.type, parentSchema: schema46.properties.baseDelayMs, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err25 = { instancePath: instancePath + "/retries/baseDelayMs", schemaPath: "#/$defs/retries/properties/baseDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.baseDelayMs, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data8.maxDelayMs !== void 0) {
          let data11 = data8.maxDelayMs;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/retries/maxDelayMs", schemaPath: "#/$defs/retries/properties/maxDelayMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.maxDelayMs.type, parentSchema: schema46.properties.maxDelayMs, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/retries/maxDelayMs", schemaPath: "#/$defs/retries/properties/maxDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.maxDelayMs, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/retries", schemaPath: "#/$defs/retries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.minSamples !== void 0) {
      let data12 = data.minSamples;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err29 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.minSamples.type, parentSchema: schema44.properties.minSamples, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 1 || isNaN(data12)) {
          const err30 = { instancePath: instancePath + "/minSamples", schemaPath: "#/properties/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.minSamples, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.alpha !== void 0) {
      let data13 = data.alpha;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 0.5 || isNaN(data13)) {
          const err31 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema44.properties.alpha, data: data13 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data13 <= 0 || isNaN(data13)) {
          const err32 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema44.properties.alpha, data: data13 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.alpha.type, parentSchema: schema44.properties.alpha, data: data13 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data14 = data.confidence;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 >= 1 || isNaN(data14)) {
          const err34 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema44.properties.confidence, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data14 <= 0.5 || isNaN(data14)) {
          const err35 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema44.properties.confidence, data: data14 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.confidence.type, parentSchema: schema44.properties.confidence, data: data14 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.noiseFloor !== void 0) {
      let data15 = data.noiseFloor;
      if (typeof data15 !== "boolean") {
        const err37 = { instancePath: instancePath + "/noiseFloor", schemaPath: "#/properties/noiseFloor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.noiseFloor.type, parentSchema: schema44.properties.noiseFloor, data: data15 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.embeddings !== void 0) {
      let data16 = data.embeddings;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.endpoint === void 0) {
          const err38 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema44.properties.embeddings.required, parentSchema: schema44.properties.embeddings, data: data16 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data16.model === void 0) {
          const err39 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema44.properties.embeddings.required, parentSchema: schema44.properties.embeddings, data: data16 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "endpoint" || key3 === "model" || key3 === "auth")) {
            const err40 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.embeddings, data: data16 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data16.endpoint !== void 0) {
          let data17 = data16.endpoint;
          if (typeof data17 === "string") {
            if (!pattern5.test(data17)) {
              const err41 = { instancePath: instancePath + "/embeddings/endpoint", schemaPath: "#/properties/embeddings/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s/?#]+" }, message: 'must match pattern "^https?://[^\\s/?#]+"', schema: "^https?://[^\\s/?#]+", parentSchema: schema44.properties.embeddings.properties.endpoint, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/embeddings/endpoint", schemaPath: "#/properties/embeddings/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.embeddings.properties.endpoint.type, parentSchema: schema44.properties.embeddings.properties.endpoint, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data16.model !== void 0) {
          let data18 = data16.model;
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err43 = { instancePath: instancePath + "/embeddings/model", schemaPath: "#/properties/embeddings/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.embeddings.properties.model, data: data18 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/embeddings/model", schemaPath: "#/properties/embeddings/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.embeddings.properties.model.type, parentSchema: schema44.properties.embeddings.properties.model, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data16.auth !== void 0) {
          if (!validate22(data16.auth, { instancePath: instancePath + "/embeddings/auth", parentData: data16, parentDataProperty: "auth", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/embeddings", schemaPath: "#/properties/embeddings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.embeddings.type, parentSchema: schema44.properties.embeddings, data: data16 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data20 = data.gates;
      if (Array.isArray(data20)) {
        const len0 = data20.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data21 = data20[i0];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.metric === void 0) {
              const err46 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema47.required, parentSchema: schema47, data: data21 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "metric" || key4 === "direction" || key4 === "tolerance" || key4 === "threshold" || key4 === "critical" || key4 === "muted")) {
                const err47 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.metric !== void 0) {
              let data22 = data21.metric;
              if (typeof data22 === "string") {
                if (!pattern17.test(data22)) {
                  const err48 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/$defs/gate/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$"', schema: "^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$", parentSchema: schema47.properties.metric, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/gates/" + i0 + "/metric", schemaPath: "#/$defs/gate/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.metric.type, parentSchema: schema47.properties.metric, data: data22 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data21.direction !== void 0) {
              let data23 = data21.direction;
              if (!(data23 === "increase" || data23 === "decrease" || data23 === "either")) {
                const err50 = { instancePath: instancePath + "/gates/" + i0 + "/direction", schemaPath: "#/$defs/gate/properties/direction/enum", keyword: "enum", params: { allowedValues: schema47.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.direction.enum, parentSchema: schema47.properties.direction, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data21.tolerance !== void 0) {
              let data24 = data21.tolerance;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err51 = { instancePath: instancePath + "/gates/" + i0 + "/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.tolerance, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/gates/" + i0 + "/tolerance", schemaPath: "#/$defs/gate/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.tolerance.type, parentSchema: schema47.properties.tolerance, data: data24 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data21.threshold !== void 0) {
              let data25 = data21.threshold;
              if (!(typeof data25 == "number" && isFinite(data25))) {
                const err53 = { instancePath: instancePath + "/gates/" + i0 + "/threshold", schemaPath: "#/$defs/gate/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.threshold.type, parentSchema: schema47.properties.threshold, data: data25 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.critical !== void 0) {
              let data26 = data21.critical;
              if (typeof data26 !== "boolean") {
                const err54 = { instancePath: instancePath + "/gates/" + i0 + "/critical", schemaPath: "#/$defs/gate/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.critical.type, parentSchema: schema47.properties.critical, data: data26 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21.muted !== void 0) {
              let data27 = data21.muted;
              if (typeof data27 !== "boolean") {
                const err55 = { instancePath: instancePath + "/gates/" + i0 + "/muted", schemaPath: "#/$defs/gate/properties/muted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.muted.type, parentSchema: schema47.properties.muted, data: data27 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/gates/" + i0, schemaPath: "#/$defs/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data21 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.gates.type, parentSchema: schema44.properties.gates, data: data20 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats0 = require_formats().fullFormats.uri;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.shadow === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shadow" }, message: "must have required property 'shadow'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data1 = data.service;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema31.properties.service, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service.type, parentSchema: schema31.properties.service, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate21(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.prompt !== void 0) {
      if (!validate25(data.prompt, { instancePath: instancePath + "/prompt", parentData: data, parentDataProperty: "prompt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.tools !== void 0) {
      if (!validate27(data.tools, { instancePath: instancePath + "/tools", parentData: data, parentDataProperty: "tools", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      let data5 = data.context;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "history" || key1 === "documents")) {
            const err9 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.history !== void 0) {
          let data6 = data5.history;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.field === void 0) {
              const err10 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema41.properties.history.required, parentSchema: schema41.properties.history, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "field" || key2 === "maxTurns")) {
                const err11 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.history, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.field !== void 0) {
              let data7 = data6.field;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err12 = { instancePath: instancePath + "/context/history/field", schemaPath: "#/$defs/context/properties/history/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.history.properties.field, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/context/history/field", schemaPath: "#/$defs/context/properties/history/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.history.properties.field.type, parentSchema: schema41.properties.history.properties.field, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.maxTurns !== void 0) {
              let data8 = data6.maxTurns;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err14 = { instancePath: instancePath + "/context/history/maxTurns", schemaPath: "#/$defs/context/properties/history/properties/maxTurns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.history.properties.maxTurns.type, parentSchema: schema41.properties.history.properties.maxTurns, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 1 || isNaN(data8)) {
                  const err15 = { instancePath: instancePath + "/context/history/maxTurns", schemaPath: "#/$defs/context/properties/history/properties/maxTurns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.history.properties.maxTurns, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/context/history", schemaPath: "#/$defs/context/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.history.type, parentSchema: schema41.properties.history, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.documents !== void 0) {
          let data9 = data5.documents;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.field === void 0) {
              const err17 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema41.properties.documents.required, parentSchema: schema41.properties.documents, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "field" || key3 === "maxChars" || key3 === "header")) {
                const err18 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.documents, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.field !== void 0) {
              let data10 = data9.field;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err19 = { instancePath: instancePath + "/context/documents/field", schemaPath: "#/$defs/context/properties/documents/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.documents.properties.field, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/context/documents/field", schemaPath: "#/$defs/context/properties/documents/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documents.properties.field.type, parentSchema: schema41.properties.documents.properties.field, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.maxChars !== void 0) {
              let data11 = data9.maxChars;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err21 = { instancePath: instancePath + "/context/documents/maxChars", schemaPath: "#/$defs/context/properties/documents/properties/maxChars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.documents.properties.maxChars.type, parentSchema: schema41.properties.documents.properties.maxChars, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err22 = { instancePath: instancePath + "/context/documents/maxChars", schemaPath: "#/$defs/context/properties/documents/properties/maxChars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.documents.properties.maxChars, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data9.header !== void 0) {
              let data12 = data9.header;
              if (typeof data12 !== "string") {
                const err23 = { instancePath: instancePath + "/context/documents/header", schemaPath: "#/$defs/context/properties/documents/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documents.properties.header.type, parentSchema: schema41.properties.documents.properties.header, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/context/documents", schemaPath: "#/$defs/context/properties/documents/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.documents.type, parentSchema: schema41.properties.documents, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      if (!validate29(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.shadow !== void 0) {
      if (!validate31(data.shadow, { instancePath: instancePath + "/shadow", parentData: data, parentDataProperty: "shadow", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.deploy !== void 0) {
      let data15 = data.deploy;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.service === void 0) {
          const err26 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data15 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data15.slots === void 0) {
          const err27 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'", schema: schema31.properties.deploy.required, parentSchema: schema31.properties.deploy, data: data15 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key4 in data15) {
          if (!func1.call(schema31.properties.deploy.properties, key4)) {
            const err28 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data15.namespace !== void 0) {
          let data16 = data15.namespace;
          if (typeof data16 === "string") {
            if (func3(data16) > 63) {
              const err29 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.namespace, data: data16 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (!pattern18.test(data16)) {
              const err30 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.namespace, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/deploy/namespace", schemaPath: "#/properties/deploy/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.namespace.type, parentSchema: schema31.properties.deploy.properties.namespace, data: data16 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.service !== void 0) {
          let data17 = data15.service;
          if (typeof data17 === "string") {
            if (func3(data17) > 63) {
              const err32 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema31.properties.deploy.properties.service, data: data17 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (!pattern18.test(data17)) {
              const err33 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.service, data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/deploy/service", schemaPath: "#/properties/deploy/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.service.type, parentSchema: schema31.properties.deploy.properties.service, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data15.slotKey !== void 0) {
          let data18 = data15.slotKey;
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err35 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.slotKey, data: data18 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/deploy/slotKey", schemaPath: "#/properties/deploy/properties/slotKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.slotKey.type, parentSchema: schema31.properties.deploy.properties.slotKey, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data15.slots !== void 0) {
          let data19 = data15.slots;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.blue === void 0) {
              const err37 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "blue" }, message: "must have required property 'blue'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data19.green === void 0) {
              const err38 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/required", keyword: "required", params: { missingProperty: "green" }, message: "must have required property 'green'", schema: schema31.properties.deploy.properties.slots.required, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!(key5 === "blue" || key5 === "green")) {
                const err39 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data19.blue !== void 0) {
              let data20 = data19.blue;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.selector === void 0) {
                  const err40 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema48.required, parentSchema: schema48, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data20.deployments === void 0) {
                  const err41 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema48.required, parentSchema: schema48, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key6 in data20) {
                  if (!(key6 === "selector" || key6 === "deployments" || key6 === "url")) {
                    const err42 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data20.selector !== void 0) {
                  let data21 = data20.selector;
                  if (typeof data21 === "string") {
                    if (func3(data21) > 63) {
                      const err43 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema48.properties.selector, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (func3(data21) < 1) {
                      const err44 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.selector, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/deploy/slots/blue/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.selector.type, parentSchema: schema48.properties.selector, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data20.deployments !== void 0) {
                  let data22 = data20.deployments;
                  if (Array.isArray(data22)) {
                    if (data22.length < 1) {
                      const err46 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.deployments, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    const len0 = data22.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data23 = data22[i0];
                      if (typeof data23 === "string") {
                        if (func3(data23) < 1) {
                          const err47 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i0, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.deployments.items, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/deploy/slots/blue/deployments/" + i0, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.deployments.items.type, parentSchema: schema48.properties.deployments.items, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/deploy/slots/blue/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.deployments.type, parentSchema: schema48.properties.deployments, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data20.url !== void 0) {
                  let data24 = data20.url;
                  if (typeof data24 === "string") {
                    if (!formats0(data24)) {
                      const err50 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema48.properties.url, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/deploy/slots/blue/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.url.type, parentSchema: schema48.properties.url, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/deploy/slots/blue", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data20 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data19.green !== void 0) {
              let data25 = data19.green;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.selector === void 0) {
                  const err53 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema48.required, parentSchema: schema48, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data25.deployments === void 0) {
                  const err54 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema48.required, parentSchema: schema48, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                for (const key7 in data25) {
                  if (!(key7 === "selector" || key7 === "deployments" || key7 === "url")) {
                    const err55 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data25.selector !== void 0) {
                  let data26 = data25.selector;
                  if (typeof data26 === "string") {
                    if (func3(data26) > 63) {
                      const err56 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema48.properties.selector, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    if (func3(data26) < 1) {
                      const err57 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.selector, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/deploy/slots/green/selector", schemaPath: "#/$defs/deploySlot/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.selector.type, parentSchema: schema48.properties.selector, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data25.deployments !== void 0) {
                  let data27 = data25.deployments;
                  if (Array.isArray(data27)) {
                    if (data27.length < 1) {
                      const err59 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.deployments, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                    const len1 = data27.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data28 = data27[i1];
                      if (typeof data28 === "string") {
                        if (func3(data28) < 1) {
                          const err60 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.deployments.items, data: data28 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                      } else {
                        const err61 = { instancePath: instancePath + "/deploy/slots/green/deployments/" + i1, schemaPath: "#/$defs/deploySlot/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.deployments.items.type, parentSchema: schema48.properties.deployments.items, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/deploy/slots/green/deployments", schemaPath: "#/$defs/deploySlot/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.deployments.type, parentSchema: schema48.properties.deployments, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data25.url !== void 0) {
                  let data29 = data25.url;
                  if (typeof data29 === "string") {
                    if (!formats0(data29)) {
                      const err63 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema48.properties.url, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/deploy/slots/green/url", schemaPath: "#/$defs/deploySlot/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.url.type, parentSchema: schema48.properties.url, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/deploy/slots/green", schemaPath: "#/$defs/deploySlot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data25 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/deploy/slots", schemaPath: "#/properties/deploy/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.slots.type, parentSchema: schema31.properties.deploy.properties.slots, data: data19 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data15.lease !== void 0) {
          let data30 = data15.lease;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            for (const key8 in data30) {
              if (!(key8 === "name" || key8 === "durationSeconds")) {
                const err67 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lease, data: data30 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data30.name !== void 0) {
              let data31 = data30.name;
              if (typeof data31 === "string") {
                if (func3(data31) < 1) {
                  const err68 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = { instancePath: instancePath + "/deploy/lease/name", schemaPath: "#/properties/deploy/properties/lease/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.lease.properties.name.type, parentSchema: schema31.properties.deploy.properties.lease.properties.name, data: data31 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data30.durationSeconds !== void 0) {
              let data32 = data30.durationSeconds;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err70 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lease.properties.durationSeconds.type, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data32 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 5 || isNaN(data32)) {
                  const err71 = { instancePath: instancePath + "/deploy/lease/durationSeconds", schemaPath: "#/properties/deploy/properties/lease/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.deploy.properties.lease.properties.durationSeconds, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/deploy/lease", schemaPath: "#/properties/deploy/properties/lease/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lease.type, parentSchema: schema31.properties.deploy.properties.lease, data: data30 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data15.warmup !== void 0) {
          let data33 = data15.warmup;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key9 in data33) {
              if (!(key9 === "windowSize" || key9 === "marginPercent" || key9 === "maxRequests" || key9 === "maxSeconds" || key9 === "concurrency")) {
                const err73 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.warmup, data: data33 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data33.windowSize !== void 0) {
              let data34 = data33.windowSize;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                const err74 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.windowSize.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data34 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 < 2 || isNaN(data34)) {
                  const err75 = { instancePath: instancePath + "/deploy/warmup/windowSize", schemaPath: "#/properties/deploy/properties/warmup/properties/windowSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema31.properties.deploy.properties.warmup.properties.windowSize, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
            }
            if (data33.marginPercent !== void 0) {
              let data35 = data33.marginPercent;
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 <= 0 || isNaN(data35)) {
                  const err76 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/deploy/warmup/marginPercent", schemaPath: "#/properties/deploy/properties/warmup/properties/marginPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.marginPercent.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.marginPercent, data: data35 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data33.maxRequests !== void 0) {
              let data36 = data33.maxRequests;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err78 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.maxRequests.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data36 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 < 0 || isNaN(data36)) {
                  const err79 = { instancePath: instancePath + "/deploy/warmup/maxRequests", schemaPath: "#/properties/deploy/properties/warmup/properties/maxRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxRequests, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
            }
            if (data33.maxSeconds !== void 0) {
              let data37 = data33.maxSeconds;
              if (typeof data37 == "number" && isFinite(data37)) {
                if (data37 <= 0 || isNaN(data37)) {
                  const err80 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/deploy/warmup/maxSeconds", schemaPath: "#/properties/deploy/properties/warmup/properties/maxSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.warmup.properties.maxSeconds.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.maxSeconds, data: data37 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data33.concurrency !== void 0) {
              let data38 = data33.concurrency;
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                const err82 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.warmup.properties.concurrency.type, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data38 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (typeof data38 == "number" && isFinite(data38)) {
                if (data38 < 1 || isNaN(data38)) {
                  const err83 = { instancePath: instancePath + "/deploy/warmup/concurrency", schemaPath: "#/properties/deploy/properties/warmup/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.warmup.properties.concurrency, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/deploy/warmup", schemaPath: "#/properties/deploy/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.warmup.type, parentSchema: schema31.properties.deploy.properties.warmup, data: data33 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data15.watch !== void 0) {
          let data39 = data15.watch;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key10 in data39) {
              if (!(key10 === "seconds" || key10 === "intervalSeconds" || key10 === "maxFailures")) {
                const err85 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.watch, data: data39 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data39.seconds !== void 0) {
              let data40 = data39.seconds;
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err86 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/deploy/watch/seconds", schemaPath: "#/properties/deploy/properties/watch/properties/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.seconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.seconds, data: data40 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data39.intervalSeconds !== void 0) {
              let data41 = data39.intervalSeconds;
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 <= 0 || isNaN(data41)) {
                  const err88 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/deploy/watch/intervalSeconds", schemaPath: "#/properties/deploy/properties/watch/properties/intervalSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.deploy.properties.watch.properties.intervalSeconds.type, parentSchema: schema31.properties.deploy.properties.watch.properties.intervalSeconds, data: data41 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data39.maxFailures !== void 0) {
              let data42 = data39.maxFailures;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err90 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.watch.properties.maxFailures.type, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data42 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 < 1 || isNaN(data42)) {
                  const err91 = { instancePath: instancePath + "/deploy/watch/maxFailures", schemaPath: "#/properties/deploy/properties/watch/properties/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.watch.properties.maxFailures, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/deploy/watch", schemaPath: "#/properties/deploy/properties/watch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.watch.type, parentSchema: schema31.properties.deploy.properties.watch, data: data39 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data15.historyLimit !== void 0) {
          let data43 = data15.historyLimit;
          if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
            const err93 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.historyLimit.type, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data43 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 > 50 || isNaN(data43)) {
              const err94 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data43 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data43 < 1 || isNaN(data43)) {
              const err95 = { instancePath: instancePath + "/deploy/historyLimit", schemaPath: "#/properties/deploy/properties/historyLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.historyLimit, data: data43 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        }
        if (data15.lint !== void 0) {
          let data44 = data15.lint;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key11 in data44) {
              if (!(key11 === "minGracePeriodSeconds" || key11 === "minPreStopSeconds" || key11 === "requireStartupProbe")) {
                const err96 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.lint, data: data44 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data44.minGracePeriodSeconds !== void 0) {
              let data45 = data44.minGracePeriodSeconds;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err97 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data45 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 0 || isNaN(data45)) {
                  const err98 = { instancePath: instancePath + "/deploy/lint/minGracePeriodSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minGracePeriodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minGracePeriodSeconds, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
            }
            if (data44.minPreStopSeconds !== void 0) {
              let data46 = data44.minPreStopSeconds;
              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                const err99 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds.type, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data46 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 < 0 || isNaN(data46)) {
                  const err100 = { instancePath: instancePath + "/deploy/lint/minPreStopSeconds", schemaPath: "#/properties/deploy/properties/lint/properties/minPreStopSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.deploy.properties.lint.properties.minPreStopSeconds, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
            if (data44.requireStartupProbe !== void 0) {
              let data47 = data44.requireStartupProbe;
              if (typeof data47 !== "boolean") {
                const err101 = { instancePath: instancePath + "/deploy/lint/requireStartupProbe", schemaPath: "#/properties/deploy/properties/lint/properties/requireStartupProbe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe.type, parentSchema: schema31.properties.deploy.properties.lint.properties.requireStartupProbe, data: data47 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/deploy/lint", schemaPath: "#/properties/deploy/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.lint.type, parentSchema: schema31.properties.deploy.properties.lint, data: data44 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.type, parentSchema: schema31.properties.deploy, data: data15 };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
  } else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err104];
    } else {
      vErrors.push(err104);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function manifestValidator() {
  return validate;
}

// src/manifest/load.ts
function validate2(data) {
  const validator = manifestValidator();
  const ok = validator(data);
  return { ok, errors: validator.errors ?? [] };
}
var SECRET_KEY = /^(?:api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|bearer[_-]?token|token|secret|client[_-]?secret|password|passwd|private[_-]?key|credentials?|authorization)$/i;
var SECRET_HINT = "put the credential in a secret, expose it as an environment variable, and name the variable: auth: { env: OPENAI_API_KEY }";
function rejectSecrets(node, path, where) {
  if ((0, import_yaml3.isMap)(node)) {
    for (const pair of node.items) {
      const key = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : void 0;
      if (key === void 0) continue;
      const inAuth = path[path.length - 1] === "auth";
      const freeForm = path[0] === "deploy" || path[0] === "model" && path[1] === "http" && path[2] === "body";
      if (!freeForm && (SECRET_KEY.test(key) || inAuth && /^(?:key|value)$/i.test(key))) {
        const field2 = formatPath([...path, key]);
        const offset = pair.key.range?.[0] ?? 0;
        throw new UserError(`${field2} would hold a credential in the manifest, which is committed and shown in pull requests`, where(offset), SECRET_HINT);
      }
      rejectSecrets(pair.value, [...path, key], where);
    }
  } else if ((0, import_yaml3.isSeq)(node)) {
    node.items.forEach((item, i) => rejectSecrets(item, [...path, String(i)], where));
  } else if ((0, import_yaml3.isScalar)(node) && typeof node.value === "string" && looksLikeSecret(node.value)) {
    throw new UserError(`${formatPath(path)} looks like a literal credential; the manifest must not hold secrets`, where(node.range?.[0] ?? 0), SECRET_HINT);
  }
}
function parseManifest(text, file) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset) => ({ file, ...position(lineCounter, offset) });
  const syntax = doc.errors[0];
  if (syntax) {
    const [start] = syntax.linePos ?? [];
    const what = syntax.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`YAML syntax error: ${what}`, { file, ...start ? { line: start.line, column: start.col } : {} });
  }
  if (doc.contents === null) throw new UserError("manifest is empty", { file, line: 1, column: 1 }, "see the manifest reference in the README");
  rejectSecrets(doc.contents, [], at);
  const data = doc.toJS({ maxAliasCount: 50 });
  const result = validate2(data);
  if (!result.ok) {
    const located = schemaProblems(result.errors, data).map((problem) => {
      const { ref } = findNode(doc, problem.path);
      const offset = problem.atKey || problem.missing ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset;
      return { problem, offset };
    });
    located.sort((a, b) => a.offset - b.offset);
    let first = located[0];
    if (first?.problem.missing) {
      const parent = first.problem.path.slice(0, -1);
      const inside = located.find(
        (l) => !l.problem.missing && l.problem.path.length === parent.length + 1 && parent.every((p, i) => l.problem.path[i] === p)
      );
      if (inside) first = inside;
    }
    if (first) throw new UserError(`${formatPath(first.problem.path)} ${first.problem.message}`, at(first.offset));
    throw new UserError("manifest does not match the schema", { file, line: 1, column: 1 });
  }
  return {
    manifest: applyDefaults(data),
    file,
    locate(path, atKey = false) {
      const { ref, found } = findNode(doc, path);
      return at(atKey || found < path.length ? ref.keyOffset ?? ref.valueOffset : ref.valueOffset);
    }
  };
}
async function loadManifestFile(path, displayName = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new UserError(`manifest not found: ${displayName}`, { file: displayName }, "pass the path with --manifest, or create shadowgate.yaml");
    throw new UserError(`cannot read the manifest (${code ?? String(e)})`, { file: displayName });
  }
  return parseManifest(text, displayName);
}

// src/manifest/resolve.ts
function endpointVariable(label) {
  return `SHADOWGATE_${label.toUpperCase()}_ENDPOINT`;
}
function worktreeReader(repoRoot) {
  return async (path) => {
    try {
      return await readFile2(join(repoRoot, path), "utf8");
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return void 0;
      if (code === "EISDIR") throw new UserError(`${path} is a folder, not a file`, { file: path });
      throw new UserError(`cannot read ${path} (${code ?? String(e)})`, { file: path });
    }
  };
}
function digest(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 12);
}
function canonicalJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function repoRelative(repoRoot, path) {
  const rel = gitPath(isAbsolute(path) ? relative(resolvePath(repoRoot), path) : path);
  const normal = posix.normalize(rel);
  if (normal === ".." || normal.startsWith("../") || isAbsolute(normal)) {
    throw new UserError(`the manifest ${path} is outside the repository ${repoRoot}`);
  }
  return normal;
}
var TOOL_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["name", "parameters"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$", patternErrorMessage: 'must be 1-64 letters, digits, "_" or "-"' },
    description: { type: "string" },
    parameters: { type: "object" },
    strict: { type: "boolean" }
  }
};
var TOOL_WRAPPER_SHAPE = {
  type: "object",
  additionalProperties: false,
  required: ["type", "function"],
  properties: { type: { const: "function" }, function: { type: "object" } }
};
var shapeAjv;
var shapeValidators = /* @__PURE__ */ new Map();
function shapeValidator(schema) {
  shapeAjv ??= new import__3.Ajv2020({ allErrors: true, verbose: true, keywords: ["patternErrorMessage"] });
  let validate3 = shapeValidators.get(schema);
  if (!validate3) shapeValidators.set(schema, validate3 = shapeAjv.compile(schema));
  return validate3;
}
function parseTool(text, file) {
  const json = parseJsonFile(text, file);
  let base = [];
  let definition = json.value;
  if (definition !== null && typeof definition === "object" && "function" in definition) {
    const wrapper = shapeValidator(TOOL_WRAPPER_SHAPE);
    if (!wrapper(definition)) checkShape(json, [], definition, wrapper.errors ?? [], "tool definition");
    definition = definition.function;
    base = ["function"];
  }
  const shape = shapeValidator(TOOL_SHAPE);
  if (!shape(definition)) checkShape(json, base, definition, shape.errors ?? [], "tool definition");
  const tool = definition;
  if (tool.parameters.type !== "object") {
    throw new UserError('tool definition: parameters must be a JSON Schema with "type": "object"', json.locate([...base, "parameters"]));
  }
  checkJsonSchema(json, [...base, "parameters"], tool.parameters, `parameters of tool "${tool.name}"`);
  return tool;
}
async function resolveAt(options, ref, manifestFile, read, text) {
  const at = ref === "worktree" ? "" : ` at ${ref}`;
  const loaded = parseManifest(text, manifestFile);
  const source = loaded.manifest;
  const folder = posix.dirname(manifestFile);
  const place = (field2, value) => {
    const path = posix.normalize(posix.join(folder, gitPath(value)));
    if (path === ".." || path.startsWith("../")) throw new UserError(`${field2.join(".")} points outside the repository (${value})`, loaded.locate(field2));
    return path;
  };
  const fetch = async (field2, path) => {
    const text2 = await read(path);
    if (text2 === void 0) {
      throw new UserError(`${field2.join(".")}: ${path} does not exist${at}`, loaded.locate(field2), "paths in the manifest are relative to the folder the manifest is in");
    }
    return text2;
  };
  const manifest = structuredClone(source);
  let systemTemplate;
  let userTemplate;
  if (source.prompt?.system !== void 0) {
    const path = manifest.prompt.system = place(["prompt", "system"], source.prompt.system);
    systemTemplate = await fetch(["prompt", "system"], path);
    compileTemplate(systemTemplate, path);
  }
  if (source.prompt?.user !== void 0) {
    const path = manifest.prompt.user = place(["prompt", "user"], source.prompt.user);
    userTemplate = await fetch(["prompt", "user"], path);
    compileTemplate(userTemplate, path);
  }
  const tools = [];
  for (const [i, schemaPath] of (source.tools?.schemas ?? []).entries()) {
    const path = place(["tools", "schemas", i], schemaPath);
    manifest.tools.schemas[i] = path;
    tools.push(parseTool(await fetch(["tools", "schemas", i], path), path));
  }
  const names = /* @__PURE__ */ new Map();
  tools.forEach((tool, i) => {
    const other = names.get(tool.name);
    if (other) throw new UserError(`tool "${tool.name}" is defined twice (${other} and ${manifest.tools.schemas[i]})`, loaded.locate(["tools", "schemas", i]));
    names.set(tool.name, manifest.tools.schemas[i]);
  });
  const choice = source.tools?.choice;
  if (typeof choice === "object" && !names.has(choice.name)) {
    throw new UserError(`tools.choice names "${choice.name}", which is not one of the tools (${[...names.keys()].join(", ")})`, loaded.locate(["tools", "choice", "name"]));
  }
  let outputSchema;
  if (source.output.schema !== void 0) {
    const path = manifest.output.schema = place(["output", "schema"], source.output.schema);
    const json = parseJsonFile(await fetch(["output", "schema"], path), path);
    checkJsonSchema(json, [], json.value, "output schema");
    if (typeof json.value !== "object" || json.value === null) throw new UserError("output schema must be a JSON Schema object", json.locate([]));
    outputSchema = json.value;
  }
  manifest.shadow.dataset = place(["shadow", "dataset"], source.shadow.dataset);
  if (source.model.http) {
    try {
      compileJsonTemplate(source.model.http.body, manifestFile);
    } catch (e) {
      if (!isUserError(e)) throw e;
      throw new UserError(`model.http.body: ${e.message}`, loaded.locate(["model", "http", "body"]));
    }
  }
  source.model.kserve?.inputs.forEach((input, i) => {
    if ((input.shape ?? []).filter((d) => d === -1).length > 1) {
      throw new UserError(`model.kserve.inputs[${i}].shape may have only one -1 entry`, loaded.locate(["model", "kserve", "inputs", i, "shape"]));
    }
  });
  applyOverrides(manifest, options);
  const model = manifest.model;
  const digests = {
    model: digest({ id: model.id, version: model.version, params: model.params }),
    prompt: digest({ system: systemTemplate, user: userTemplate }),
    tools: digest({ tools, choice: manifest.tools?.choice, parallel: manifest.tools?.parallel }),
    context: digest(manifest.context ?? {})
  };
  return {
    label: options.label,
    ref,
    manifest,
    manifestPath: manifestFile,
    ...systemTemplate !== void 0 ? { systemTemplate } : {},
    ...userTemplate !== void 0 ? { userTemplate } : {},
    tools,
    ...outputSchema ? { outputSchema } : {},
    digests,
    locate: (path) => loaded.locate(path)
  };
}
function applyOverrides(manifest, options) {
  const variable = endpointVariable(options.label);
  const fromEnv = (options.env ?? process.env)[variable];
  const endpoint = options.overrides?.endpoint ?? (fromEnv ? fromEnv : void 0);
  if (endpoint !== void 0) {
    const origin = options.overrides?.endpoint !== void 0 ? `the ${options.label} endpoint override` : variable;
    let url;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UserError(`${origin} is not a URL (got ${JSON.stringify(endpoint)})`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new UserError(`${origin} must be an http:// or https:// URL (got ${JSON.stringify(endpoint)})`);
    manifest.model.endpoint = endpoint;
  }
  if (options.overrides?.id !== void 0) manifest.model.id = options.overrides.id;
}
async function resolveSide(options) {
  const manifestFile = repoRelative(options.repoRoot, options.manifestPath);
  const attempt = async (ref) => {
    let read;
    if (ref === "worktree") {
      read = worktreeReader(options.repoRoot);
    } else {
      const commit = await resolveCommit(options.repoRoot, ref);
      read = (path) => readBlob(options.repoRoot, commit, path, ref);
    }
    const text = await read(manifestFile);
    return text === void 0 ? void 0 : resolveAt(options, ref, manifestFile, read, text);
  };
  const side = await attempt(options.ref);
  if (side) return side;
  if (options.fallbackRef !== void 0 && options.fallbackRef !== options.ref) {
    const fallback = await attempt(options.fallbackRef);
    if (fallback) return fallback;
  }
  const where = options.ref === "worktree" ? "in the working tree" : `at ${options.ref}`;
  throw new UserError(
    `${manifestFile} does not exist ${where} (the ${options.label})`,
    { file: manifestFile },
    options.label === "baseline" && options.ref !== "worktree" ? "a manifest added by this pull request has no baseline yet: merge it first, or give a baseline fallback (e.g. the head ref with the production endpoint in SHADOWGATE_BASELINE_ENDPOINT)" : "check the manifest path"
  );
}

// src/surfaces/request.ts
import { posix as posix2 } from "node:path";
var compiledBySide = /* @__PURE__ */ new WeakMap();
function compiled(side) {
  let c = compiledBySide.get(side);
  if (!c) {
    const { prompt } = side.manifest;
    const { http } = side.manifest.model;
    c = {
      ...side.systemTemplate !== void 0 ? { system: compileTemplate(side.systemTemplate, prompt?.system ?? "prompt.system") } : {},
      ...side.userTemplate !== void 0 ? { user: compileTemplate(side.userTemplate, prompt?.user ?? "prompt.user") } : {},
      ...http ? { body: compileJsonTemplate(http.body, `${side.manifestPath} (model.http.body)`) } : {}
    };
    compiledBySide.set(side, c);
  }
  return c;
}
function placeOf(side, record) {
  return { file: side.manifest.shadow.dataset, line: record.line };
}
function recordError(place, message, hint) {
  return new UserError(message, { file: place.file, line: place.line }, hint);
}
function field(record, path) {
  return lookup(record.data, path.split("."));
}
function documentsBlock(side, record, place) {
  const spec = side.manifest.context?.documents;
  if (!spec) return void 0;
  const { found, value } = field(record, spec.field);
  if (!found || value === null) return void 0;
  if (!Array.isArray(value)) throw recordError(place, `field "${spec.field}" (context.documents) must be a list of documents (got ${typeof value})`);
  const texts = value.map((doc, i) => {
    if (typeof doc === "string") return `[${i + 1}] ${doc}`;
    if (doc !== null && typeof doc === "object" && typeof doc.text === "string") {
      const { title, text } = doc;
      return typeof title === "string" && title ? `[${i + 1}] ${title}
${text}` : `[${i + 1}] ${text}`;
    }
    throw recordError(place, `field "${spec.field}" entry ${i} (context.documents) must be a string or {title, text}`);
  });
  if (texts.length === 0) return void 0;
  const maxChars = spec.maxChars ?? MANIFEST_DEFAULTS.context.documents.maxChars;
  let joined = texts.join("\n\n");
  if (joined.length > maxChars) joined = joined.slice(0, maxChars);
  return `${spec.header ?? MANIFEST_DEFAULTS.context.documents.header}

${joined}`;
}
function asMessages(value, what, place) {
  if (!Array.isArray(value)) throw recordError(place, `${what} must be a list of {role, content} (got ${value === null ? "null" : typeof value})`);
  return value.map((m, i) => {
    if (m === null || typeof m !== "object" || typeof m.role !== "string") {
      throw recordError(place, `${what} entry ${i} must be a {role, content} object`);
    }
    return m;
  });
}
function historyTurns(side, record, place) {
  const spec = side.manifest.context?.history;
  if (!spec) return [];
  const { found, value } = field(record, spec.field);
  if (!found || value === null) return [];
  const turns = asMessages(value, `field "${spec.field}" (context.history)`, place);
  const keep = spec.maxTurns ?? MANIFEST_DEFAULTS.context.history.maxTurns;
  return turns.slice(Math.max(0, turns.length - keep));
}
function responseFormatName(side) {
  const title = side.outputSchema?.title;
  const base = typeof title === "string" && title ? title : posix2.basename(side.manifest.output.schema ?? "answer").replace(/\.[^.]*$/, "");
  return base.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "answer";
}
function openaiRequest(side, record) {
  const place = placeOf(side, record);
  const templates = compiled(side);
  const { model, tools, output } = side.manifest;
  const systemParts = [];
  if (templates.system) systemParts.push(renderTemplate(templates.system, record.data, place));
  const documents = documentsBlock(side, record, place);
  if (documents) systemParts.push(documents);
  const messages = [];
  if (systemParts.length) messages.push({ role: "system", content: systemParts.join("\n\n") });
  if (templates.user) {
    messages.push(...historyTurns(side, record, place));
    messages.push({ role: "user", content: renderTemplate(templates.user, record.data, place) });
  } else {
    const own = field(record, "messages");
    if (!own.found) {
      throw recordError(place, 'record has no "messages" list and the manifest has no prompt.user template', "add prompt.user to the manifest, or record the chat messages in each line");
    }
    const recorded = asMessages(own.value, 'field "messages"', place);
    messages.push(...systemParts.length ? recorded.filter((m) => m.role !== "system") : recorded);
  }
  const body = { ...model.params, model: model.id, messages };
  if (side.tools.length) {
    body.tools = side.tools.map((fn) => ({ type: "function", function: fn }));
    const choice = tools?.choice;
    if (choice !== void 0) body.tool_choice = typeof choice === "string" ? choice : { type: "function", function: { name: choice.name } };
    if (tools?.parallel !== void 0) body.parallel_tool_calls = tools.parallel;
  }
  if (output.kind === "json" && side.outputSchema) {
    body.response_format = { type: "json_schema", json_schema: { name: responseFormatName(side), schema: side.outputSchema } };
  }
  return { protocol: "openai", body };
}
var INTEGER_RANGES = {
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
  INT64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  UINT64: [0, Number.MAX_SAFE_INTEGER]
};
function elementProblem(datatype, v) {
  if (datatype === "BOOL") return typeof v === "boolean" ? void 0 : "true or false";
  if (datatype === "BYTES") return typeof v === "string" ? void 0 : "strings";
  const range = INTEGER_RANGES[datatype];
  if (range) return typeof v === "number" && Number.isInteger(v) && v >= range[0] && v <= range[1] ? void 0 : `integers in [${range[0]}, ${range[1]}]`;
  return typeof v === "number" && Number.isFinite(v) ? void 0 : "finite numbers";
}
function flatten(value, what, place) {
  if (!Array.isArray(value)) return { data: [value], shape: [1] };
  if (value.length === 0 || !Array.isArray(value[0])) {
    if (value.some(Array.isArray)) throw recordError(place, `${what} mixes lists and single values`);
    return { data: value, shape: [value.length] };
  }
  if (value.some((row) => !Array.isArray(row))) throw recordError(place, `${what} mixes lists and single values`);
  const rows = value.map((row) => flatten(row, what, place));
  const inner = rows[0].shape;
  if (rows.some((r) => r.shape.join() !== inner.join())) {
    throw recordError(place, `${what} is a ragged list; a tensor needs rows of equal length`);
  }
  return { data: rows.flatMap((r) => r.data), shape: [value.length, ...inner] };
}
function kserveInput(spec, record, place) {
  const what = `field "${spec.from}" (KServe input "${spec.name}")`;
  const { found, value } = field(record, spec.from);
  if (!found) throw recordError(place, `record has no field "${spec.from}" for KServe input "${spec.name}"`);
  const { data, shape: natural } = flatten(value, what, place);
  const badIndex = data.findIndex((v) => elementProblem(spec.datatype, v) !== void 0);
  if (badIndex !== -1) {
    throw recordError(place, `${what} must hold ${elementProblem(spec.datatype, data[badIndex])} for datatype ${spec.datatype} (element ${badIndex} is ${JSON.stringify(data[badIndex])})`);
  }
  let shape = natural;
  if (spec.shape) {
    const known = spec.shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const free = spec.shape.includes(-1);
    if (free ? known === 0 || data.length % known !== 0 : known !== data.length) {
      throw recordError(place, `${what} has ${data.length} values, which does not fit shape [${spec.shape.join(", ")}]`);
    }
    shape = spec.shape.map((d) => d === -1 ? data.length / known : d);
  }
  return { name: spec.name, shape, datatype: spec.datatype, data };
}
function kserveRequest(side, record) {
  const spec = side.manifest.model.kserve;
  if (!spec) throw new UserError("model.kserve is required when model.protocol is kserve-v2", { file: side.manifestPath });
  const place = placeOf(side, record);
  const params = side.manifest.model.params;
  return {
    protocol: "kserve-v2",
    body: {
      id: record.id,
      inputs: spec.inputs.map((input) => kserveInput(input, record, place)),
      outputs: [{ name: spec.output.name }],
      ...params && Object.keys(params).length ? { parameters: params } : {}
    }
  };
}
function httpRequest(side, record) {
  const http = side.manifest.model.http;
  if (!http) throw new UserError("model.http is required when model.protocol is http", { file: side.manifestPath });
  const body = renderJsonTemplate(compiled(side).body, record.data, placeOf(side, record));
  return { protocol: "http", method: http.method ?? MANIFEST_DEFAULTS.http.method, body };
}
function buildRequest(side, record) {
  switch (side.manifest.model.protocol) {
    case "openai":
      return openaiRequest(side, record);
    case "kserve-v2":
      return kserveRequest(side, record);
    case "http":
      return httpRequest(side, record);
  }
}

// src/surfaces/diff.ts
function modelLabel(side) {
  const { id, version } = side.manifest.model;
  return version ? `${id}@${version}` : id;
}
function paramsLabel(own, other) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(own ?? {}), ...Object.keys(other ?? {})])].sort();
  const differing = keys.filter((k) => canonicalJson(own?.[k]) !== canonicalJson(other?.[k]));
  return differing.map((k) => `${k}=${own?.[k] === void 0 ? "unset" : canonicalJson(own[k])}`).join(", ");
}
function modelChange(base, head, changed) {
  let before = modelLabel(base);
  let after = modelLabel(head);
  if (changed && before === after) {
    before += ` (${paramsLabel(base.manifest.model.params, head.manifest.model.params)})`;
    after += ` (${paramsLabel(head.manifest.model.params, base.manifest.model.params)})`;
  }
  return { surface: "model", changed, before, after, files: changed ? [head.manifestPath] : [] };
}
function promptChange(base, head, changed) {
  const label = (side) => [side.manifest.prompt?.system && `system: ${side.manifest.prompt.system}`, side.manifest.prompt?.user && `user: ${side.manifest.prompt.user}`].filter(Boolean).join(", ") || "none";
  const files = /* @__PURE__ */ new Set();
  for (const role of ["system", "user"]) {
    const text = (s) => role === "system" ? s.systemTemplate : s.userTemplate;
    const path = (s) => s.manifest.prompt?.[role];
    if (text(base) !== text(head) || path(base) !== path(head)) {
      const p = path(head) ?? path(base);
      if (p) files.add(p);
    }
  }
  return { surface: "prompt", changed, before: label(base), after: label(head), files: [...files] };
}
function toolFiles(side) {
  return new Map(side.tools.map((tool, i) => [tool.name, { tool, file: side.manifest.tools?.schemas[i] ?? "" }]));
}
function toolsChange(base, head, changed) {
  const before = toolFiles(base);
  const after = toolFiles(head);
  const files = /* @__PURE__ */ new Set();
  for (const name of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(name);
    const a = after.get(name);
    if (canonicalJson(b?.tool) !== canonicalJson(a?.tool)) files.add((a ?? b).file);
  }
  const settings = (s) => canonicalJson({ choice: s.manifest.tools?.choice, parallel: s.manifest.tools?.parallel });
  if (settings(base) !== settings(head)) files.add(head.manifestPath);
  const label = (m) => [...m.keys()].join(", ") || "none";
  return { surface: "tools", changed, before: label(before), after: label(after), files: [...files] };
}
function contextLabel(side) {
  const { history, documents } = side.manifest.context ?? {};
  const parts = [
    history && `history: ${history.field}${history.maxTurns !== void 0 ? ` (${history.maxTurns} turns)` : ""}`,
    documents && `documents: ${documents.field}${documents.maxChars !== void 0 ? ` (${documents.maxChars} chars)` : ""}`
  ].filter(Boolean);
  return parts.join("; ") || "none";
}
function diffSurfaces(base, head) {
  const changed = (s) => base.digests[s] !== head.digests[s];
  const context = changed("context");
  return [
    modelChange(base, head, changed("model")),
    promptChange(base, head, changed("prompt")),
    toolsChange(base, head, changed("tools")),
    { surface: "context", changed: context, before: contextLabel(base), after: contextLabel(head), files: context ? [head.manifestPath] : [] }
  ];
}

// src/replay/dataset.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
function hashId(lineText) {
  return createHash2("sha256").update(lineText).digest("hex").slice(0, 16);
}
function sampleUnit(id, seed) {
  const digest2 = createHash2("sha256").update(seed).update("\0").update(id).digest();
  return digest2.readUIntBE(0, 6) / 2 ** 48;
}
function isSampled(id, sampling) {
  const rate = sampling.rate ?? 1;
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  return sampleUnit(id, sampling.seed ?? "") < rate;
}
function checkSampling(file, sampling) {
  const { rate, max } = sampling;
  if (rate !== void 0 && !(rate >= 0 && rate <= 1)) {
    throw new UserError(`sample rate must be between 0 and 1, got ${rate}`, { file });
  }
  if (max !== void 0 && !(Number.isInteger(max) && max >= 0)) {
    throw new UserError(`sample max must be a non-negative integer, got ${max}`, { file });
  }
}
function firstOutsideStrings(text, token) {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === token) return i;
  }
  return -1;
}
function parseErrorColumn(message, text, offset) {
  const lineCol = /line \d+ column (\d+)/.exec(message);
  if (lineCol?.[1]) return Number(lineCol[1]) + offset;
  const position2 = /position (\d+)/.exec(message);
  if (position2?.[1]) return Number(position2[1]) + 1 + offset;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const at = token !== void 0 ? firstOutsideStrings(text, token) : -1;
  return at >= 0 ? at + 1 + offset : void 0;
}
function parseLine(file, lineNumber, raw) {
  const text = raw.trim();
  const offset = raw.length - raw.trimStart().length;
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const column = parseErrorColumn(message, text, offset);
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/, ".*" is not valid JSON$/s, "");
    throw new UserError(
      `dataset line is not valid JSON: ${reason}`,
      { file, line: lineNumber, ...column !== void 0 ? { column } : {} },
      "each line must be one JSON object (JSON Lines)"
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new UserError(
      `dataset line must be a JSON object, got ${kind}`,
      { file, line: lineNumber, column: offset + 1 },
      "each line must be one JSON object (JSON Lines)"
    );
  }
  const data = value;
  const rawId = data.id;
  let id;
  if (typeof rawId === "string" && rawId !== "") id = rawId;
  else if (typeof rawId === "number" && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId === void 0 || rawId === null) id = hashId(text);
  else {
    throw new UserError(`dataset field "id" must be a non-empty string or a number`, {
      file,
      line: lineNumber
    });
  }
  return { id, line: lineNumber, data };
}
async function* lines(file) {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError("dataset is not a file", { file });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read dataset: ${e.code ?? String(e)}`, { file });
  }
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (let text of reader) {
      lineNumber++;
      if (lineNumber === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      if (text.trim() === "") continue;
      yield [lineNumber, text];
    }
  } catch (e) {
    const code = e.code;
    if (code === void 0 || e instanceof UserError) throw e;
    throw new UserError(`cannot read dataset: ${code}`, { file, line: lineNumber + 1 });
  } finally {
    reader.close();
    input.destroy();
  }
}
function emptyError(file) {
  return new UserError("dataset has no records", { file, line: 1 }, "expected one JSON object per line");
}
async function validateDataset(file, sampling = {}) {
  checkSampling(file, sampling);
  let records = 0;
  let sampled = 0;
  for await (const [lineNumber, text] of lines(file)) {
    const record = parseLine(file, lineNumber, text);
    records++;
    if ((sampling.max === void 0 || sampled < sampling.max) && isSampled(record.id, sampling)) sampled++;
  }
  if (records === 0) throw emptyError(file);
  return { records, sampled };
}
function readDataset(file, sampling = {}) {
  const counts = { read: 0, sampled: 0 };
  async function* generate() {
    checkSampling(file, sampling);
    for await (const [lineNumber, text] of lines(file)) {
      if (sampling.max !== void 0 && counts.sampled >= sampling.max) return;
      const record = parseLine(file, lineNumber, text);
      counts.read++;
      if (!isSampled(record.id, sampling)) continue;
      counts.sampled++;
      yield record;
    }
    if (counts.read === 0) throw emptyError(file);
  }
  return { records: generate(), counts };
}

// src/replay/transport.ts
import { setTimeout as sleep } from "node:timers/promises";
var defaultMaxRetryAfterMs = 12e4;
var defaultRetryPolicy = { max: 3, baseDelayMs: 250, maxDelayMs: 1e4 };
var maxResponseBytes = 32 * 1024 * 1024;
var TransportError = class extends Error {
  kind;
  latencyMs;
  constructor(kind, message, latencyMs) {
    super(message);
    this.name = "TransportError";
    this.kind = kind;
    this.latencyMs = latencyMs;
  }
};
function createTransport(opts) {
  const http = process.getBuiltinModule("node:http");
  const https = process.getBuiltinModule("node:https");
  const sockets = Math.max(1, opts.concurrency);
  const agentOptions = { keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets, scheduling: "lifo" };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const abortHandlers = /* @__PURE__ */ new WeakMap();
  function onAbortOf(signal) {
    let handlers = abortHandlers.get(signal);
    if (!handlers) {
      const registered = /* @__PURE__ */ new Set();
      signal.addEventListener("abort", () => {
        for (const handler of registered) handler();
        registered.clear();
      }, { once: true });
      abortHandlers.set(signal, handlers = registered);
    }
    return handlers;
  }
  const targets = /* @__PURE__ */ new Map();
  function parseTarget(raw) {
    let target = targets.get(raw);
    if (!target) {
      const url = new URL(raw);
      target = {
        https: url.protocol === "https:",
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port,
        path: `${url.pathname}${url.search}`
      };
      if (targets.size > 1e3) targets.clear();
      targets.set(raw, target);
    }
    return target;
  }
  function send(request) {
    return new Promise((resolve2, reject) => {
      const started = performance.now();
      const elapsed = () => performance.now() - started;
      if (request.signal?.aborted) {
        reject(new TransportError("aborted", "aborted before sending", 0));
        return;
      }
      const target = parseTarget(request.url);
      const isHttps = target.https;
      const headers = { accept: "application/json", ...request.headers };
      if (request.body !== void 0) {
        headers["content-type"] ??= "application/json";
        headers["content-length"] = Buffer.byteLength(request.body);
      }
      let settled = false;
      const finish = (fn) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        aborters?.delete(onAbort);
        fn();
      };
      const fail = (kind, message) => finish(() => reject(new TransportError(kind, message, elapsed())));
      const req = (isHttps ? https : http).request({
        hostname: target.hostname,
        port: target.port,
        path: target.path,
        method: request.method,
        headers,
        agent: isHttps ? httpsAgent : httpAgent
      });
      const timer = setTimeout(() => {
        fail("timeout", `no complete response within ${request.timeoutMs} ms`);
        req.destroy();
      }, request.timeoutMs);
      const onAbort = () => {
        fail("aborted", "aborted by the overall deadline");
        req.destroy();
      };
      const aborters = request.signal ? onAbortOf(request.signal) : void 0;
      aborters?.add(onAbort);
      req.on("error", (e) => fail("connect", describeSocketError(e)));
      req.on("response", (res) => {
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
          size += chunk.length;
          if (size > maxResponseBytes) {
            fail("too-large", `response body exceeds ${maxResponseBytes / 1048576} MiB`);
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on("error", (e) => fail("connect", describeSocketError(e)));
        res.on("aborted", () => fail("connect", "connection closed mid-response"));
        res.on("end", () => {
          if (!res.complete) {
            fail("connect", "connection closed mid-response");
            return;
          }
          const body = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8");
          finish(() => resolve2({ status: res.statusCode ?? 0, headers: res.headers, body, latencyMs: elapsed() }));
        });
      });
      req.end(request.body);
    });
  }
  return {
    send,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    }
  };
}
function describeSocketError(e) {
  return e.code ? `${e.code}: ${e.message}` : e.message;
}
function parseRetryAfter(value, now = Date.now()) {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === void 0 || text.trim() === "") return void 0;
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function backoffDelay(retry, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
function isRetryableStatus(status) {
  return status === 429 || status >= 500;
}
async function waitOrAbort(ms, signal) {
  if (signal?.aborted) return false;
  try {
    await sleep(ms, void 0, signal ? { signal } : void 0);
    return true;
  } catch {
    return false;
  }
}
async function sendWithRetry(transport, request, policy, random = Math.random) {
  let attempts = 0;
  for (; ; ) {
    if (request.signal?.aborted) {
      return { failure: new TransportError("aborted", "aborted by the overall deadline before sending", 0), attempts, latencyMs: 0 };
    }
    attempts++;
    let outcome;
    let retryAfterMs;
    try {
      const response = await transport.send(request);
      outcome = { response, attempts, latencyMs: response.latencyMs };
      if (!isRetryableStatus(response.status)) return outcome;
      if (response.status === 429 || response.status === 503) {
        retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
      }
    } catch (e) {
      if (!(e instanceof TransportError)) throw e;
      outcome = { failure: e, attempts, latencyMs: e.latencyMs };
      if (e.kind === "aborted" || e.kind === "too-large") return outcome;
    }
    const retry = attempts - 1;
    if (retry >= policy.max) return outcome;
    if (retryAfterMs !== void 0 && retryAfterMs > (policy.maxRetryAfterMs ?? defaultMaxRetryAfterMs)) return outcome;
    const delay = retryAfterMs ?? backoffDelay(retry, policy, random);
    if (!await waitOrAbort(delay, request.signal)) {
      return { failure: new TransportError("aborted", "deadline passed while waiting to retry", 0), attempts, latencyMs: outcome.latencyMs };
    }
  }
}

// src/replay/endpoint.ts
var defaultTimeoutMs = 6e4;
function endpointFromSurface(label, model, shadow) {
  const retries = {
    max: shadow.retries?.max ?? defaultRetryPolicy.max,
    baseDelayMs: shadow.retries?.baseDelayMs ?? defaultRetryPolicy.baseDelayMs,
    maxDelayMs: shadow.retries?.maxDelayMs ?? defaultRetryPolicy.maxDelayMs
  };
  return {
    label,
    protocol: model.protocol,
    url: model.endpoint,
    model: model.id,
    ...model.version !== void 0 ? { version: model.version } : {},
    ...model.auth ? { auth: model.auth } : {},
    ...model.headers ? { headers: model.headers } : {},
    timeoutMs: shadow.timeoutMs ?? defaultTimeoutMs,
    retries,
    ...model.kserve ? { kserveOutput: model.kserve.output } : {},
    ...model.http ? { httpOutput: model.http.output } : {}
  };
}
function resolveHeaders(endpoint, env = process.env, where) {
  checkEndpointUrl(endpoint, where);
  const headers = {};
  for (const [name, value] of Object.entries(endpoint.headers ?? {})) headers[name.toLowerCase()] = value;
  const auth = endpoint.auth;
  if (auth) {
    const secret = env[auth.env];
    if (secret === void 0 || secret === "") {
      throw new UserError(
        `${endpoint.label}: environment variable ${auth.env} (credential for ${endpoint.url}) is not set`,
        where,
        `set ${auth.env} in the workflow's env (e.g. from a repository secret)`
      );
    }
    const header = (auth.header ?? "Authorization").toLowerCase();
    const scheme = auth.scheme ?? (header === "authorization" ? "Bearer" : "");
    headers[header] = scheme ? `${scheme} ${secret}` : secret;
  }
  return headers;
}
function checkEndpointUrl(endpoint, where) {
  let url;
  try {
    url = new URL(endpoint.url);
  } catch {
    throw new UserError(`${endpoint.label}: endpoint "${endpoint.url}" is not a valid URL`, where, "use an absolute URL such as https://host/v1");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`${endpoint.label}: endpoint must use http or https, got ${url.protocol}`, where);
  }
}
function joinUrl(base, path) {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

// src/replay/adapters/adapter.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function badBody(message) {
  return { ok: false, class: "bad-body", message };
}
function errorBodyMessage(json) {
  if (!isObject(json)) return void 0;
  const error = json.error;
  if (typeof error === "string") return error;
  if (isObject(error)) {
    const message = typeof error.message === "string" ? error.message : JSON.stringify(error);
    return typeof error.code === "string" || typeof error.type === "string" ? `${message} (${String(error.code ?? error.type)})` : message;
  }
  if (typeof json.message === "string") return json.message;
  if (typeof json.detail === "string") return json.detail;
  return void 0;
}
function excerpt(text, max = 200) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
}

// src/replay/adapters/http.ts
var missing = /* @__PURE__ */ Symbol("missing");
function resolvePointer(document, pointer) {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return missing;
  let current = document;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return missing;
      const index = Number(key);
      if (index >= current.length) return missing;
      current = current[index];
    } else if (isObject(current) && Object.hasOwn(current, key)) {
      current = current[key];
    } else {
      return missing;
    }
  }
  return current;
}
function parseHttpResponse(json, pointer) {
  const value = resolvePointer(json, pointer);
  if (value === missing) {
    const error = isObject(json) && json.error !== void 0 ? errorBodyMessage(json) : void 0;
    if (error !== void 0) return { ok: false, class: "error-body", message: error };
    return badBody(`response has nothing at JSON Pointer "${pointer}"`);
  }
  const output = { value };
  if (typeof value === "string") output.text = value;
  return { ok: true, output };
}
var httpAdapter = {
  protocol: "http",
  url: (endpoint) => endpoint.url,
  method: (request) => request.protocol === "http" ? request.method : "POST",
  toBody(request) {
    if (request.protocol !== "http") throw new Error(`http adapter got a ${request.protocol} request`);
    return request.body;
  },
  parse: (json, endpoint) => parseHttpResponse(json, endpoint.httpOutput ?? "")
};

// src/replay/adapters/kserve.ts
var integerTypes = /* @__PURE__ */ new Set(["UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64"]);
var floatTypes = /* @__PURE__ */ new Set(["FP16", "FP32", "FP64"]);
var kserveDatatypes = /* @__PURE__ */ new Set([...integerTypes, ...floatTypes, "BOOL", "BYTES"]);
function inferPath(model, version) {
  const name = encodeURIComponent(model);
  return version ? `v2/models/${name}/versions/${encodeURIComponent(version)}/infer` : `v2/models/${name}/infer`;
}
function flatten2(data) {
  return data.some(Array.isArray) ? data.flat(Infinity) : data;
}
function elementMismatch(datatype, value) {
  if (datatype === "BOOL") return typeof value !== "boolean";
  if (datatype === "BYTES") return typeof value !== "string";
  if (typeof value !== "number") return true;
  return integerTypes.has(datatype) && !Number.isInteger(value);
}
function parseTensor(raw, where) {
  if (!isObject(raw)) return `${where} is not an object`;
  const { name, shape, datatype, data } = raw;
  if (typeof name !== "string" || name === "") return `${where} has no name`;
  const label = `output "${name}"`;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    return `${label}: shape must be a list of non-negative integers`;
  }
  if (typeof datatype !== "string" || !kserveDatatypes.has(datatype)) {
    return `${label}: unknown datatype ${JSON.stringify(datatype)}`;
  }
  if (!Array.isArray(data)) return `${label}: data is not an array`;
  const flat = flatten2(data);
  const expected = shape.reduce((a, b) => a * b, 1);
  if (flat.length !== expected) {
    return `${label}: ${flat.length} elements but shape [${shape.join(", ")}] needs ${expected}`;
  }
  const badIndex = flat.findIndex((v) => elementMismatch(datatype, v));
  if (badIndex >= 0) return `${label}: element ${badIndex} (${JSON.stringify(flat[badIndex])}) is not ${datatype}`;
  return { name, shape, datatype, data: flat };
}
function parseInferResponse(json, endpoint) {
  if (!isObject(json)) return badBody("response is not a JSON object");
  if (json.error !== void 0 && json.error !== null) {
    return { ok: false, class: "error-body", message: errorBodyMessage(json) ?? "error in a 200 response" };
  }
  if (!Array.isArray(json.outputs)) return badBody("response has no outputs array");
  const tensors = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [i, raw] of json.outputs.entries()) {
    const tensor = parseTensor(raw, `outputs[${i}]`);
    if (typeof tensor === "string") return badBody(tensor);
    if (seen.has(tensor.name)) return badBody(`output "${tensor.name}" appears twice`);
    seen.add(tensor.name);
    tensors.push(tensor);
  }
  const wanted = endpoint.kserveOutput;
  const selected = wanted ? tensors.find((t) => t.name === wanted.name) : tensors[0];
  if (!selected) {
    return badBody(wanted ? `response has no output named "${wanted.name}"` : "response has no outputs");
  }
  const output = { tensors };
  if (wanted?.index !== void 0) {
    if (wanted.index < 0 || wanted.index >= selected.data.length) {
      return badBody(`output "${selected.name}" has no element ${wanted.index} (it has ${selected.data.length})`);
    }
    output.value = selected.data[wanted.index];
  } else {
    output.value = selected.data.length === 1 ? selected.data[0] : selected.data;
  }
  if (typeof output.value === "string") output.text = output.value;
  return { ok: true, output };
}
var kserveAdapter = {
  protocol: "kserve-v2",
  url: (endpoint) => joinUrl(endpoint.url, inferPath(endpoint.model, endpoint.version)),
  method: () => "POST",
  toBody(request) {
    if (request.protocol !== "kserve-v2") throw new Error(`kserve adapter got a ${request.protocol} request`);
    return request.body;
  },
  parse: (json, endpoint) => parseInferResponse(json, endpoint)
};

// src/replay/adapters/openai.ts
function parseToolCalls(raw) {
  if (!Array.isArray(raw)) return "message.tool_calls is not an array";
  const calls = [];
  for (const [i, call] of raw.entries()) {
    if (!isObject(call)) return `tool_calls[${i}] is not an object`;
    const id = typeof call.id === "string" ? call.id : "";
    const fn = isObject(call.function) ? call.function : isObject(call.custom) ? call.custom : void 0;
    if (!fn || typeof fn.name !== "string") return `tool_calls[${i}] has no function name`;
    const args = fn.arguments ?? fn.input ?? "";
    calls.push({ id, name: fn.name, arguments: typeof args === "string" ? args : JSON.stringify(args) });
  }
  return calls;
}
function parseUsage(raw) {
  if (!isObject(raw)) return void 0;
  const usage = {};
  if (typeof raw.prompt_tokens === "number") usage.promptTokens = raw.prompt_tokens;
  if (typeof raw.completion_tokens === "number") usage.completionTokens = raw.completion_tokens;
  if (typeof raw.total_tokens === "number") usage.totalTokens = raw.total_tokens;
  return usage;
}
function parseChatCompletion(json) {
  if (!isObject(json)) return badBody("response is not a JSON object");
  if (json.error !== void 0 && json.error !== null) {
    return { ok: false, class: "error-body", message: errorBodyMessage(json) ?? "error object in a 200 response" };
  }
  if (!Array.isArray(json.choices)) return badBody("response has no choices array");
  const choice = json.choices[0];
  if (choice === void 0) return badBody("response has an empty choices array");
  if (!isObject(choice) || !isObject(choice.message)) return badBody("choices[0] has no message");
  const message = choice.message;
  const output = {};
  if (typeof message.content === "string") output.text = message.content;
  else if (message.content !== null && message.content !== void 0) {
    return badBody("choices[0].message.content is neither a string nor null");
  }
  if (typeof message.refusal === "string") output.refusal = message.refusal;
  if (message.tool_calls !== void 0 && message.tool_calls !== null) {
    const calls = parseToolCalls(message.tool_calls);
    if (typeof calls === "string") return badBody(calls);
    if (calls.length > 0) output.toolCalls = calls;
  }
  if (typeof choice.finish_reason === "string") output.finishReason = choice.finish_reason;
  const usage = parseUsage(json.usage);
  if (usage) output.usage = usage;
  return { ok: true, output };
}
var openaiAdapter = {
  protocol: "openai",
  url: (endpoint) => joinUrl(endpoint.url, "chat/completions"),
  method: () => "POST",
  toBody(request, endpoint) {
    if (request.protocol !== "openai") throw new Error(`openai adapter got a ${request.protocol} request`);
    return { model: endpoint.model, ...request.body, stream: false };
  },
  parse: (json) => parseChatCompletion(json)
};

// src/replay/adapters/index.ts
var adapters = {
  openai: openaiAdapter,
  "kserve-v2": kserveAdapter,
  http: httpAdapter
};
function adapterFor(protocol) {
  return adapters[protocol];
}

// src/replay/call.ts
function failure(cls, message, attempts, latencyMs, status) {
  return {
    ok: false,
    error: { class: cls, message, ...status !== void 0 ? { status } : {} },
    attempts,
    latencyMs
  };
}
async function callModel(transport, target, request, signal) {
  const { endpoint } = target;
  const adapter = adapterFor(endpoint.protocol);
  const body = JSON.stringify(adapter.toBody(request, endpoint));
  const outcome = await sendWithRetry(
    transport,
    {
      method: adapter.method(request),
      url: adapter.url(endpoint),
      headers: target.headers,
      body,
      timeoutMs: endpoint.timeoutMs,
      ...signal ? { signal } : {}
    },
    endpoint.retries
  );
  const { attempts, latencyMs } = outcome;
  if (outcome.failure) {
    const kind = outcome.failure.kind;
    const cls = kind === "aborted" ? "deadline" : kind === "too-large" ? "bad-body" : kind;
    return failure(cls, outcome.failure.message, attempts, latencyMs);
  }
  const response = outcome.response;
  if (!response) throw new Error("sendWithRetry returned neither a response nor a failure");
  let json;
  let parsed = true;
  try {
    json = JSON.parse(response.body);
  } catch {
    parsed = false;
  }
  const status = response.status;
  if (status < 200 || status >= 300) {
    const detail = (parsed ? errorBodyMessage(json) : void 0) ?? excerpt(response.body);
    const cls = status === 429 ? "rate-limited" : status >= 500 ? "http-5xx" : "http-4xx";
    return failure(cls, `HTTP ${status}${detail ? `: ${detail}` : ""}`, attempts, latencyMs, status);
  }
  if (!parsed) return failure("bad-body", `response is not JSON: ${excerpt(response.body, 80)}`, attempts, latencyMs, status);
  const result = adapter.parse(json, endpoint);
  if (!result.ok) return failure(result.class, result.message, attempts, latencyMs, status);
  return { ok: true, output: result.output, attempts, latencyMs };
}

// src/replay/progress.ts
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function failures(stats) {
  return Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
}
function describeProgress(done, total, elapsedMs, failed) {
  const rate = elapsedMs > 0 ? done * 1e3 / elapsedMs : 0;
  const parts = [total !== void 0 ? `${done}/${total} pairs (${total > 0 ? Math.floor(done / total * 100) : 100}%)` : `${done} pairs`];
  parts.push(`${rate.toFixed(1)}/s`);
  if (total !== void 0 && rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate * 1e3)}`);
  if (failed > 0) parts.push(`${failed} failed request${failed === 1 ? "" : "s"}`);
  return parts.join(" \xB7 ");
}
function bar(done, total, width = 24) {
  const filled = total > 0 ? Math.min(width, Math.round(done / total * width)) : width;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}
function startProgress(options) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const interval = options.log.interactive ? 100 : options.intervalMs ?? 1e4;
  const stream = options.stream ?? process.stderr;
  let lastDrawn = started;
  let drewBar = false;
  function render(stats) {
    return describeProgress(stats.pairs, options.total, now() - started, failures(stats));
  }
  function draw(stats) {
    if (options.log.interactive) {
      const prefix = options.total !== void 0 ? `${bar(stats.pairs, options.total)} ` : "";
      stream.write(`\r\x1B[2K${prefix}${render(stats)}`);
      drewBar = true;
    } else {
      options.log.info(`replay: ${render(stats)}`);
    }
  }
  return {
    update(stats) {
      const t = now();
      if (t - lastDrawn < interval) return;
      lastDrawn = t;
      draw(stats);
    },
    stop(stats) {
      if (drewBar) stream.write("\r\x1B[2K");
      options.log.info(`replay done: ${render(stats)} in ${formatDuration(now() - started)}`);
    }
  };
}

// src/replay/engine.ts
var Slots = class {
  #free;
  #waiting = [];
  #signal;
  constructor(size, signal) {
    this.#free = size;
    this.#signal = signal;
    signal.addEventListener("abort", () => {
      for (const grant of this.#waiting.splice(0)) grant(false);
    }, { once: true });
  }
  acquire() {
    if (this.#signal.aborted) return Promise.resolve(false);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve2) => this.#waiting.push(resolve2));
  }
  release() {
    const next = this.#waiting.shift();
    if (next) next(true);
    else this.#free++;
  }
};
function notSent(message) {
  return { ok: false, error: { class: "deadline", message }, attempts: 0, latencyMs: 0 };
}
var deadlineMessage = "not sent: the overall deadline passed";
async function replay(options) {
  const concurrency = options.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UserError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const targets = {
    baseline: { endpoint: options.baseline, headers: resolveHeaders(options.baseline, options.env) },
    candidate: { endpoint: options.candidate, headers: resolveHeaders(options.candidate, options.env) }
  };
  const started = performance.now();
  const stats = { read: 0, sampled: 0, pairs: 0, requests: 0, ok: 0, retried: 0, failed: {}, wallMs: 0 };
  const expired = new AbortController();
  const stopped = new AbortController();
  const cancel = AbortSignal.any([expired.signal, stopped.signal]);
  const onExternalAbort = () => expired.abort();
  options.signal?.addEventListener("abort", onExternalAbort, { once: true });
  if (options.signal?.aborted) expired.abort();
  const deadlineTimer = options.deadlineMs !== void 0 ? setTimeout(() => expired.abort(), Math.max(0, options.deadlineMs)) : void 0;
  const transport = options.transport ?? createTransport({ concurrency });
  const slots = new Slots(concurrency, cancel);
  const progress = options.progress ? startProgress(options.progress) : void 0;
  let fatal;
  const fail = (error) => {
    fatal ??= { error };
    stopped.abort();
  };
  function count(result) {
    stats.requests++;
    if (result.attempts > 1) stats.retried += result.attempts - 1;
    if (result.ok) stats.ok++;
    else {
      const cls = result.error?.class ?? "bad-body";
      stats.failed[cls] = (stats.failed[cls] ?? 0) + 1;
    }
  }
  async function call(side, request) {
    if (!await slots.acquire()) return notSent(deadlineMessage);
    try {
      return await callModel(transport, targets[side], request, cancel);
    } finally {
      slots.release();
    }
  }
  let emitted = Promise.resolve();
  function emit(pair) {
    emitted = emitted.then(async () => {
      if (fatal) return;
      count(pair.baseline);
      count(pair.candidate);
      if (pair.baselineRepeat) count(pair.baselineRepeat);
      stats.pairs++;
      try {
        await options.onPair(pair);
      } catch (e) {
        fail(e);
      }
      progress?.update(stats);
    });
    return emitted;
  }
  function deadlinePair(record) {
    return {
      record,
      baseline: notSent(deadlineMessage),
      candidate: notSent(deadlineMessage),
      ...options.noiseFloor ? { baselineRepeat: notSent(deadlineMessage) } : {}
    };
  }
  async function runPair(record, baselineRequest, candidateRequest) {
    const [baseline, candidate, baselineRepeat] = await Promise.all([
      call("baseline", baselineRequest),
      call("candidate", candidateRequest),
      options.noiseFloor ? call("baseline", baselineRequest) : void 0
    ]);
    await emit({ record, baseline, candidate, ...baselineRepeat ? { baselineRepeat } : {} });
  }
  const pending = /* @__PURE__ */ new Set();
  let wake;
  const pairFinished = () => new Promise((resolve2) => wake = resolve2);
  const iterator = options.records[Symbol.asyncIterator]();
  try {
    for (; ; ) {
      while (pending.size >= concurrency && !fatal) await pairFinished();
      if (fatal) break;
      let next;
      try {
        next = await iterator.next();
      } catch (e) {
        fail(e);
        break;
      }
      if (next.done) break;
      const record = next.value;
      if (!options.counts) stats.read++;
      stats.sampled++;
      if (expired.signal.aborted) {
        await emit(deadlinePair(record));
        continue;
      }
      let requests;
      try {
        requests = [await options.buildRequest("baseline", record), await options.buildRequest("candidate", record)];
      } catch (e) {
        fail(e);
        break;
      }
      const task = runPair(record, ...requests).catch(fail);
      const tracked = task.finally(() => {
        pending.delete(tracked);
        wake?.();
      });
      pending.add(tracked);
    }
    await Promise.all(pending);
    await emitted;
  } finally {
    if (fatal) await iterator.return?.();
    if (deadlineTimer) clearTimeout(deadlineTimer);
    options.signal?.removeEventListener("abort", onExternalAbort);
    if (!options.transport) transport.close();
    if (options.counts) {
      stats.read = options.counts.read;
    }
    stats.wallMs = Math.round(performance.now() - started);
    progress?.stop(stats);
  }
  if (fatal) throw fatal.error;
  return stats;
}

// src/replay/adapters/errors.ts
var EndpointError = class extends Error {
  url;
  constructor(url, message) {
    super(`${url}: ${message}`);
    this.name = "EndpointError";
    this.url = url;
  }
};

// src/replay/adapters/embeddings.ts
function parseEmbeddings(json, expected) {
  if (!isObject(json)) return "response is not a JSON object";
  if (json.error !== void 0 && json.error !== null) return errorBodyMessage(json) ?? "error object in the response";
  if (!Array.isArray(json.data)) return "response has no data array";
  if (json.data.length !== expected) return `asked for ${expected} embeddings, got ${json.data.length}`;
  const vectors = new Array(expected);
  for (const [position2, item] of json.data.entries()) {
    if (!isObject(item)) return `data[${position2}] is not an object`;
    const index = typeof item.index === "number" ? item.index : position2;
    if (!Number.isInteger(index) || index < 0 || index >= expected) return `data[${position2}] has index ${index} out of range`;
    if (vectors[index]) return `two embeddings for input ${index}`;
    const vector = item.embedding;
    if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === "number" && Number.isFinite(v))) {
      return `data[${position2}].embedding is not a list of numbers (base64 encoding is not supported)`;
    }
    vectors[index] = vector;
  }
  const first = vectors[0]?.length;
  const mismatch = vectors.findIndex((v) => v?.length !== first);
  if (mismatch >= 0) return `embedding ${mismatch} has ${vectors[mismatch]?.length} dimensions, embedding 0 has ${first}`;
  return vectors;
}
function createEmbedder(options) {
  const endpoint = {
    label: "embeddings",
    protocol: "openai",
    url: options.endpoint,
    model: options.model,
    ...options.auth ? { auth: options.auth } : {},
    timeoutMs: options.timeoutMs ?? 3e4,
    retries: options.retries ?? defaultRetryPolicy
  };
  const headers = resolveHeaders(endpoint, options.env);
  const batchSize = Math.max(1, Math.min(2048, options.batchSize ?? 64));
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const transport = options.transport ?? createTransport({ concurrency });
  const url = joinUrl(endpoint.url, "embeddings");
  let dimensions;
  async function embedBatch(texts) {
    const input = texts.map((t) => t === "" ? " " : t);
    const outcome = await sendWithRetry(
      transport,
      { method: "POST", url, headers, body: JSON.stringify({ model: endpoint.model, input }), timeoutMs: endpoint.timeoutMs },
      endpoint.retries
    );
    if (outcome.failure) throw new EndpointError(url, `${outcome.failure.message} after ${outcome.attempts} attempt(s)`);
    const response = outcome.response;
    let json;
    try {
      json = JSON.parse(response.body);
    } catch {
      throw new EndpointError(url, `response is not JSON: ${excerpt(response.body, 80)}`);
    }
    if (response.status < 200 || response.status >= 300) {
      const message = `HTTP ${response.status}: ${errorBodyMessage(json) ?? excerpt(response.body)}`;
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        throw new UserError(`embeddings endpoint ${url}: ${message}`, void 0, "check shadow.embeddings in the manifest");
      }
      throw new EndpointError(url, message);
    }
    const vectors = parseEmbeddings(json, texts.length);
    if (typeof vectors === "string") throw new EndpointError(url, vectors);
    const length = vectors[0]?.length;
    dimensions ??= length;
    if (length !== dimensions) throw new EndpointError(url, `embedding dimension changed from ${dimensions} to ${length}`);
    return vectors;
  }
  return {
    get dimensions() {
      return dimensions;
    },
    async embed(texts) {
      if (texts.length === 0) return [];
      const batches = [];
      for (let i = 0; i < texts.length; i += batchSize) batches.push(texts.slice(i, i + batchSize));
      const results = new Array(batches.length);
      let next = 0;
      const worker = async () => {
        while (next < batches.length) {
          const index = next++;
          results[index] = await embedBatch(batches[index]);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
      return results.flat();
    },
    close() {
      if (!options.transport) transport.close();
    }
  };
}

// src/metrics/stats.ts
function sortedCopy(values) {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
function percentileOfSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank2 = p / 100 * (n - 1);
  const lo = Math.floor(rank2);
  const hi = Math.min(lo + 1, n - 1);
  const low = sorted[lo];
  const high = sorted[hi];
  return low + (high - low) * (rank2 - lo);
}
var scratch = new Float64Array(0);
function sortedScratch(values) {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const view = scratch.subarray(0, values.length);
  view.set(values);
  return view.sort();
}
function percentilesOf(values, ps) {
  const sorted = sortedScratch(values);
  return ps.map((p) => sorted.length ? percentileOfSorted(sorted, p) : null);
}
function mean(values) {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
function stdPopulation(values) {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
function tailPercentiles(values) {
  const [p50 = null, p95 = null, p99 = null] = percentilesOf(values, [50, 95, 99]);
  return { p50, p95, p99 };
}
function finiteOrNull(x) {
  return Number.isFinite(x) ? x : null;
}
function addCounts(into, from) {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
  return into;
}
function topCounts(counts, limit) {
  return Object.entries(counts).map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);
}

// src/metrics/metric.ts
function bothOk(pair) {
  return pair.baseline.ok && pair.candidate.ok;
}
function pairedMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    omitWhenEmpty: spec.omitWhenEmpty,
    applies: spec.applies ?? (() => true),
    init: () => ({ baseline: [], candidate: [], excludedFailedPairs: 0, missing: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = spec.value(pair.baseline, ctx);
      const c = spec.value(pair.candidate, ctx);
      if (b === void 0 || c === void 0 || !Number.isFinite(b) || !Number.isFinite(c)) {
        state.missing++;
        return;
      }
      state.baseline.push(b);
      state.candidate.push(c);
    },
    merge: (a, b) => ({
      baseline: a.baseline.concat(b.baseline),
      candidate: a.candidate.concat(b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
      missing: a.missing + b.missing
    }),
    finish(state) {
      const b = tailPercentiles(state.baseline);
      const c = tailPercentiles(state.candidate);
      return {
        ...meta(spec),
        test: "paired-continuous",
        n: state.baseline.length,
        baseline: b.p50 ?? void 0,
        candidate: c.p50 ?? void 0,
        paired: { baseline: state.baseline, candidate: state.candidate },
        details: {
          baseline: { ...b, mean: finiteOrNull(mean(state.baseline)) },
          candidate: { ...c, mean: finiteOrNull(mean(state.candidate)) },
          excludedFailedPairs: state.excludedFailedPairs,
          missingValuePairs: state.missing,
          ...spec.details?.(state)
        }
      };
    }
  };
}
function initBinary() {
  return { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neither: 0, reasons: { baseline: {}, candidate: {} }, excludedFailedPairs: 0 };
}
function countBinary(state, baseline, candidate) {
  if (baseline.pass && candidate.pass) state.bothPass++;
  else if (baseline.pass) state.baselineOnly++;
  else if (candidate.pass) state.candidateOnly++;
  else state.neither++;
  for (const reason of baseline.reasons ?? []) state.reasons.baseline[reason] = (state.reasons.baseline[reason] ?? 0) + 1;
  for (const reason of candidate.reasons ?? []) state.reasons.candidate[reason] = (state.reasons.candidate[reason] ?? 0) + 1;
}
function mergeBinary(a, b) {
  return {
    bothPass: a.bothPass + b.bothPass,
    baselineOnly: a.baselineOnly + b.baselineOnly,
    candidateOnly: a.candidateOnly + b.candidateOnly,
    neither: a.neither + b.neither,
    reasons: {
      baseline: addCounts(addCounts({}, a.reasons.baseline), b.reasons.baseline),
      candidate: addCounts(addCounts({}, a.reasons.candidate), b.reasons.candidate)
    },
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs
  };
}
function finishBinary(spec, state, reasonsTitle = "reasons") {
  const n = state.bothPass + state.baselineOnly + state.candidateOnly + state.neither;
  return {
    ...meta(spec),
    test: "paired-binary",
    n,
    baseline: n ? (state.bothPass + state.baselineOnly) / n : void 0,
    candidate: n ? (state.bothPass + state.candidateOnly) / n : void 0,
    binary: { bothPass: state.bothPass, baselineOnly: state.baselineOnly, candidateOnly: state.candidateOnly, neither: state.neither },
    details: { [reasonsTitle]: state.reasons, excludedFailedPairs: state.excludedFailedPairs }
  };
}
function binaryMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    applies: spec.applies ?? (() => true),
    init: initBinary,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      countBinary(state, spec.check(pair.baseline.output, "baseline", ctx), spec.check(pair.candidate.output, "candidate", ctx));
    },
    merge: mergeBinary,
    finish: (state) => finishBinary(spec, state, spec.detailsTitle)
  };
}
function initAgreement() {
  return { values: [], noise: [], excludedFailedPairs: 0, notComparable: 0 };
}
function mergeAgreement(a, b) {
  return {
    values: a.values.concat(b.values),
    noise: a.noise.concat(b.noise),
    excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs,
    notComparable: a.notComparable + b.notComparable
  };
}
function scoreSummary(values, threshold) {
  const [p5 = null, p50 = null] = percentilesOf(values, [5, 50]);
  let below = 0;
  if (threshold !== void 0) {
    for (const v of values) if (v < threshold) below++;
  }
  return {
    p5,
    p50,
    mean: finiteOrNull(mean(values)),
    ...threshold !== void 0 ? { shareBelowThreshold: values.length ? below / values.length : null } : {}
  };
}
function finishAgreement(spec, state, threshold, extra) {
  const noiseMean = mean(state.noise);
  return {
    ...meta(spec),
    test: "agreement",
    n: state.values.length,
    baseline: state.noise.length ? noiseMean : void 0,
    candidate: state.values.length ? mean(state.values) : void 0,
    agreement: { values: state.values, ...state.noise.length ? { noise: state.noise } : {}, ...threshold !== void 0 ? { threshold } : {} },
    details: {
      ...scoreSummary(state.values, threshold),
      ...state.noise.length ? { noise: scoreSummary(state.noise, threshold) } : {},
      excludedFailedPairs: state.excludedFailedPairs,
      notComparablePairs: state.notComparable,
      ...extra
    }
  };
}
function agreementMetric(spec) {
  const full = { id: spec.id, title: spec.title, unit: spec.unit ?? "score", badDirection: "decrease" };
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind, ctx) => spec.kinds.includes(kind) && (spec.applies?.(ctx) ?? true),
    init: initAgreement,
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const score = spec.score(pair.baseline.output, pair.candidate.output, ctx);
      if (score === void 0) state.notComparable++;
      else state.values.push(score);
      if (pair.baselineRepeat?.ok) {
        const noise = spec.score(pair.baseline.output, pair.baselineRepeat.output, ctx);
        if (noise !== void 0) state.noise.push(noise);
      }
    },
    merge: mergeAgreement,
    finish: (state) => finishAgreement(full, state, spec.threshold)
  };
}
function meta(spec) {
  return { id: spec.id, title: spec.title, unit: spec.unit, badDirection: spec.badDirection };
}

// src/metrics/common.ts
function recordFailure(into, call) {
  if (call.ok) return;
  const failureClass = call.error?.class ?? "bad-body";
  into[failureClass] = (into[failureClass] ?? 0) + 1;
}
var successRate = {
  id: "requests.success_rate",
  title: "Request success rate",
  applies: () => true,
  init: () => ({ counts: initBinary(), failures: { baseline: {}, candidate: {} } }),
  observe(state, pair) {
    countBinary(state.counts, { pass: pair.baseline.ok }, { pass: pair.candidate.ok });
    recordFailure(state.failures.baseline, pair.baseline);
    recordFailure(state.failures.candidate, pair.candidate);
  },
  merge: (a, b) => ({
    counts: mergeBinary(a.counts, b.counts),
    failures: {
      baseline: addCounts(addCounts({}, a.failures.baseline), b.failures.baseline),
      candidate: addCounts(addCounts({}, a.failures.candidate), b.failures.candidate)
    }
  }),
  finish(state) {
    const result = finishBinary({ id: "requests.success_rate", title: "Request success rate", unit: "rate", badDirection: "decrease" }, state.counts);
    return { ...result, details: { failures: state.failures } };
  }
};
var latency = pairedMetric({
  id: "latency.ms",
  title: "Latency",
  unit: "ms",
  badDirection: "increase",
  value: (call) => call.latencyMs
});
function totalTokens(call) {
  const usage = call.output?.usage;
  if (!usage) return void 0;
  if (usage.totalTokens !== void 0) return usage.totalTokens;
  if (usage.promptTokens !== void 0 && usage.completionTokens !== void 0) return usage.promptTokens + usage.completionTokens;
  return void 0;
}
var tokensTotal = pairedMetric({
  id: "tokens.total",
  title: "Total tokens",
  unit: "tokens",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: totalTokens
});
var tokensCompletion = pairedMetric({
  id: "tokens.completion",
  title: "Completion tokens",
  unit: "tokens",
  badDirection: "increase",
  omitWhenEmpty: true,
  value: (call) => call.output?.usage?.completionTokens
});
var commonMetrics = [successRate, latency, tokensTotal, tokensCompletion];

// src/metrics/extract.ts
function parseJsonText(text) {
  if (text === void 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}
function resolvePointer2(document, pointer) {
  if (pointer === "") return { ok: true, value: document };
  if (!pointer.startsWith("/")) return { ok: false };
  let current = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return { ok: false };
      const index = Number(token);
      if (index >= current.length) return { ok: false };
      current = current[index];
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return { ok: false };
    }
  }
  return { ok: true, value: current };
}
function pointerToken(key) {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
function selectedValue(output, spec) {
  if (!output) return { ok: false };
  if (spec.pointer !== void 0) {
    const source = output.text !== void 0 ? parseJsonText(output.text) : output.value !== void 0 ? { ok: true, value: output.value } : { ok: false };
    return source.ok ? resolvePointer2(source.value, spec.pointer) : source;
  }
  if (output.value !== void 0) return { ok: true, value: output.value };
  if (output.text !== void 0) return { ok: true, value: output.text.trim() };
  return { ok: false };
}
var MISSING_LABEL = "(none)";
var MAX_LABEL_LENGTH = 100;
function asLabel(value) {
  if (typeof value === "string") return value.trim() === "" ? MISSING_LABEL : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
function extractLabel(output, spec) {
  const selected = selectedValue(output, spec);
  if (!selected.ok || selected.value === void 0 || selected.value === null) return MISSING_LABEL;
  const label = asLabel(selected.value);
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}\u2026` : label;
}
function extractNumber(output, spec) {
  if (!output) return void 0;
  const selected = selectedValue(output, spec);
  let candidate = selected.ok ? selected.value : void 0;
  if (candidate === void 0 && spec.pointer === void 0) {
    const tensor = output.tensors?.[0];
    if (tensor && tensor.data.length === 1) candidate = tensor.data[0];
  }
  if (Array.isArray(candidate) && candidate.length === 1) candidate = candidate[0];
  if (typeof candidate === "string" && candidate.trim() !== "") candidate = Number(candidate.trim());
  if (typeof candidate === "boolean") candidate = candidate ? 1 : 0;
  return typeof candidate === "number" && Number.isFinite(candidate) ? candidate : void 0;
}

// src/metrics/json-diff.ts
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function changedPaths(a, b, limit = 100) {
  const out = [];
  const walk = (x, y, path) => {
    if (out.length >= limit) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) {
        out.push(path);
        return;
      }
      for (let i = 0; i < x.length; i++) walk(x[i], y[i], `${path}/${i}`);
      return;
    }
    if (isObject2(x) && isObject2(y)) {
      for (const key of /* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])) {
        const child = `${path}/${pointerToken(key)}`;
        if (!Object.hasOwn(x, key) || !Object.hasOwn(y, key)) {
          if (out.length < limit) out.push(child);
        } else {
          walk(x[key], y[key], child);
        }
      }
      return;
    }
    if (!Object.is(x, y) && !(x === 0 && y === 0)) out.push(path);
  };
  walk(a, b, "");
  return out;
}
function deepEqual(a, b) {
  return changedPaths(a, b, 1).length === 0;
}

// src/metrics/schema.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import__4 = __toESM(require__2(), 1);
var import__5 = __toESM(require__(), 1);
var import_ajv_formats2 = __toESM(require_dist2(), 1);
var addFormats2 = import_ajv_formats2.default.default ?? import_ajv_formats2.default;
var cache = /* @__PURE__ */ new WeakMap();
function validatorFor(schema, what) {
  const cached = cache.get(schema);
  if (cached) return cached;
  const dialect = typeof schema.$schema === "string" ? schema.$schema : "";
  const options = { strict: false, allErrors: false, validateFormats: true };
  const ajv = dialect.includes("2020-12") ? new import__5.Ajv2020(options) : dialect.includes("2019-09") ? new import__4.Ajv2019(options) : new import_ajv2.Ajv(options);
  addFormats2(ajv);
  let validate3;
  try {
    validate3 = ajv.compile(schema);
  } catch (e) {
    throw new UserError(`${what} is not a usable JSON Schema: ${e.message}`);
  }
  cache.set(schema, validate3);
  return validate3;
}
function schemaErrorReason(errors) {
  const first = errors?.[0];
  if (!first) return "schema";
  return `${first.keyword} at ${first.instancePath || "/"}`;
}

// src/metrics/json.ts
var parseRate = binaryMetric({
  id: "json.parse_rate",
  title: "Answer parses as JSON",
  unit: "rate",
  badDirection: "decrease",
  applies: (kind) => kind === "json",
  check: (output) => parseJsonText(output?.text).ok ? { pass: true } : { pass: false, reasons: [output?.text === void 0 ? "no text" : "not JSON"] }
});
var schemaPass = binaryMetric({
  id: "json.schema_pass",
  title: "Answer satisfies the output schema",
  unit: "rate",
  badDirection: "decrease",
  applies: (kind, ctx) => kind === "json" && ctx.outputSchema !== void 0,
  check(output, _side, ctx) {
    const parsed = parseJsonText(output?.text);
    if (!parsed.ok) return { pass: false, reasons: ["not JSON"] };
    const validate3 = validatorFor(ctx.outputSchema, "The output schema");
    return validate3(parsed.value) ? { pass: true } : { pass: false, reasons: [schemaErrorReason(validate3.errors)] };
  }
});
var TOP_PATHS = 20;
var DEEP_EQUAL = { id: "json.deep_equal", title: "JSON answers are deep-equal", unit: "rate", badDirection: "decrease" };
var deepEqualMetric = {
  id: DEEP_EQUAL.id,
  title: DEEP_EQUAL.title,
  applies: (kind) => kind === "json",
  init: () => ({ ...initAgreement(), paths: {}, unparsed: 0 }),
  observe(state, pair) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const b = parseJsonText(pair.baseline.output?.text);
    const c = parseJsonText(pair.candidate.output?.text);
    if (!b.ok || !c.ok) {
      state.unparsed++;
      state.values.push(0);
    } else {
      const changed = changedPaths(b.value, c.value);
      for (const path of changed) state.paths[path] = (state.paths[path] ?? 0) + 1;
      state.values.push(changed.length === 0 ? 1 : 0);
    }
    if (pair.baselineRepeat?.ok) {
      const r = parseJsonText(pair.baselineRepeat.output?.text);
      state.noise.push(b.ok && r.ok && changedPaths(b.value, r.value, 1).length === 0 ? 1 : 0);
    }
  },
  merge: (a, b) => ({ ...mergeAgreement(a, b), paths: addCounts(addCounts({}, a.paths), b.paths), unparsed: a.unparsed + b.unparsed }),
  finish(state) {
    return finishAgreement(DEEP_EQUAL, state, 1, {
      changedPaths: topCounts(state.paths, TOP_PATHS).map(({ key, count }) => ({ path: key, count })),
      distinctChangedPaths: Object.keys(state.paths).length,
      unparsedPairs: state.unparsed
    });
  }
};
var jsonMetrics = [parseRate, schemaPass, deepEqualMetric];

// src/metrics/distributions.ts
var KS_EXACT_MAX_N = 1e4;
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function ksTwoSample(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { statistic: Number.NaN, pValue: Number.NaN, method: "exact" };
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  let i = 0;
  let j = 0;
  let statistic = 0;
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? x[i] : Infinity, j < n2 ? y[j] : Infinity);
    while (i < n1 && x[i] === next) i++;
    while (j < n2 && y[j] === next) j++;
    statistic = Math.max(statistic, Math.abs(i / n1 - j / n2));
  }
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    return { statistic, pValue: ksExactTwoSided(n1, n2, statistic), method: "exact" };
  }
  const en = n1 * n2 / (n1 + n2);
  return { statistic, pValue: kolmogorovSurvival((Math.sqrt(en) + 0.12 + 0.11 / Math.sqrt(en)) * statistic), method: "asymptotic" };
}
function ksExactTwoSided(m, n, d) {
  const g = gcd(m, n);
  const lcm = m / g * n;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  const limit = h * g;
  const outside = (i, j) => Math.abs(i * n - j * m) >= limit;
  let row = new Float64Array(n + 1);
  let next = new Float64Array(n + 1);
  let escaped = 0;
  row[0] = 1;
  for (let i = 0; i <= m; i++) {
    const low = Math.max(0, Math.floor((i * n - limit) / m));
    const high = Math.min(n, Math.ceil((i * n + limit) / m));
    for (let j = low; j <= high; j++) {
      const mass = row[j];
      if (mass === 0) continue;
      const remaining = m - i + (n - j);
      if (remaining === 0) continue;
      if (i < m) {
        const moved = mass * (m - i) / remaining;
        if (outside(i + 1, j)) escaped += moved;
        else next[j] = next[j] + moved;
      }
      if (j < n) {
        const moved = mass * (n - j) / remaining;
        if (outside(i, j + 1)) escaped += moved;
        else row[j + 1] = row[j + 1] + moved;
      }
    }
    row.fill(0, low, Math.min(n, high + 1) + 1);
    [row, next] = [next, row];
  }
  return Math.min(1, Math.max(0, escaped));
}
function kolmogorovSurvival(lambda) {
  if (lambda <= 0) return 1;
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += (k % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
function wasserstein1(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return Number.NaN;
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  let i = 0;
  let j = 0;
  let total = 0;
  let previous = Math.min(x[0], y[0]);
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? x[i] : Infinity, j < n2 ? y[j] : Infinity);
    total += Math.abs(i / n1 - j / n2) * (next - previous);
    while (i < n1 && x[i] === next) i++;
    while (j < n2 && y[j] === next) j++;
    previous = next;
  }
  return total;
}
function categoriesOf(...tables) {
  const keys = /* @__PURE__ */ new Set();
  for (const table of tables) for (const key of Object.keys(table)) keys.add(key);
  return [...keys].sort();
}
function shares(counts, categories) {
  const total = categories.reduce((sum, c) => sum + (counts[c] ?? 0), 0);
  return categories.map((c) => total ? (counts[c] ?? 0) / total : 0);
}
function fillEmpty(percents) {
  const nonZero = percents.filter((p) => p !== 0);
  if (nonZero.length === percents.length || nonZero.length === 0) return percents;
  const smallest = Math.min(...nonZero);
  const epsilon = smallest <= 1e-4 ? smallest / 1e6 : 1e-4;
  return percents.map((p) => p === 0 ? epsilon : p);
}
function populationStabilityIndex(baseline, candidate) {
  const categories = categoriesOf(baseline, candidate);
  if (categories.length === 0) return Number.NaN;
  const r = fillEmpty(shares(baseline, categories));
  const c = fillEmpty(shares(candidate, categories));
  let psi = 0;
  for (let k = 0; k < categories.length; k++) {
    const rk = r[k];
    const ck = c[k];
    psi += (rk - ck) * Math.log(rk / ck);
  }
  return psi;
}
function jensenShannonDistance(baseline, candidate) {
  const categories = categoriesOf(baseline, candidate);
  if (categories.length === 0) return Number.NaN;
  const p = shares(baseline, categories);
  const q = shares(candidate, categories);
  let divergence = 0;
  for (let k = 0; k < categories.length; k++) {
    const pk = p[k];
    const qk = q[k];
    const mk = (pk + qk) / 2;
    if (pk > 0) divergence += pk * Math.log2(pk / mk);
    if (qk > 0) divergence += qk * Math.log2(qk / mk);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}
function confusionMarginals(confusion) {
  const baseline = {};
  const candidate = {};
  let total = 0;
  let agree = 0;
  for (const [b, row] of Object.entries(confusion)) {
    for (const [c, count] of Object.entries(row)) {
      baseline[b] = (baseline[b] ?? 0) + count;
      candidate[c] = (candidate[c] ?? 0) + count;
      total += count;
      if (b === c) agree += count;
    }
  }
  return { baseline, candidate, total, agree };
}
function cohenKappa(confusion) {
  const { baseline, candidate, total, agree } = confusionMarginals(confusion);
  if (total === 0) return Number.NaN;
  const observed = agree / total;
  let expected = 0;
  for (const label of categoriesOf(baseline, candidate)) expected += (baseline[label] ?? 0) / total * ((candidate[label] ?? 0) / total);
  if (expected === 1) return Number.NaN;
  return (observed - expected) / (1 - expected);
}

// src/metrics/label.ts
var CONFUSION_LABELS = 20;
function mergeConfusion(a, b) {
  const out = {};
  for (const source of [a, b]) for (const [row, cells] of Object.entries(source)) out[row] = addCounts(out[row] ?? {}, cells);
  return out;
}
function displayConfusion(confusion) {
  const { baseline, candidate } = confusionMarginals(confusion);
  const totals = addCounts(addCounts({}, baseline), candidate);
  const ranked = Object.keys(totals).sort((x, y) => totals[y] - totals[x] || (x < y ? -1 : 1));
  const shown = ranked.slice(0, CONFUSION_LABELS);
  const labels = ranked.length > shown.length ? [...shown, "(other)"] : shown;
  const index = (label) => {
    const i = shown.indexOf(label);
    return i >= 0 ? i : shown.length;
  };
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [b, row] of Object.entries(confusion)) {
    for (const [c, count] of Object.entries(row)) {
      const cells = matrix[index(b)];
      cells[index(c)] = cells[index(c)] + count;
    }
  }
  return { labels, matrix };
}
var AGREEMENT = { id: "label.agreement", title: "Label agreement", unit: "rate", badDirection: "decrease" };
function isUndeclared(label, ctx) {
  return ctx.output.labels !== void 0 && !ctx.output.labels.includes(label);
}
var labelAgreement = {
  id: AGREEMENT.id,
  title: AGREEMENT.title,
  applies: (kind) => kind === "label",
  init: () => ({ ...initAgreement(), confusion: {}, undeclared: { baseline: 0, candidate: 0 } }),
  observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const b = extractLabel(pair.baseline.output, ctx.output);
    const c = extractLabel(pair.candidate.output, ctx.output);
    state.values.push(b === c ? 1 : 0);
    const row = state.confusion[b] ??= {};
    row[c] = (row[c] ?? 0) + 1;
    if (isUndeclared(b, ctx)) state.undeclared.baseline++;
    if (isUndeclared(c, ctx)) state.undeclared.candidate++;
    if (pair.baselineRepeat?.ok) state.noise.push(extractLabel(pair.baselineRepeat.output, ctx.output) === b ? 1 : 0);
  },
  merge: (a, b) => ({
    ...mergeAgreement(a, b),
    confusion: mergeConfusion(a.confusion, b.confusion),
    undeclared: { baseline: a.undeclared.baseline + b.undeclared.baseline, candidate: a.undeclared.candidate + b.undeclared.candidate }
  }),
  finish(state) {
    const n = state.values.length;
    const agree = state.values.reduce((sum, v) => sum + v, 0);
    return finishAgreement(AGREEMENT, state, 1, {
      flipRate: n ? (n - agree) / n : null,
      cohenKappa: finiteOrNull(cohenKappa(state.confusion)),
      confusion: displayConfusion(state.confusion),
      undeclaredLabels: state.undeclared
    });
  }
};
function shareTable(counts) {
  const total = Object.values(counts).reduce((s, v) => s + v, 0);
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / total]));
}
function marginalMetric(spec) {
  return {
    id: spec.id,
    title: spec.title,
    applies: (kind) => kind === "label",
    init: () => ({ baseline: {}, candidate: {}, excludedFailedPairs: 0 }),
    observe(state, pair, ctx) {
      if (!bothOk(pair)) {
        state.excludedFailedPairs++;
        return;
      }
      const b = extractLabel(pair.baseline.output, ctx.output);
      const c = extractLabel(pair.candidate.output, ctx.output);
      state.baseline[b] = (state.baseline[b] ?? 0) + 1;
      state.candidate[c] = (state.candidate[c] ?? 0) + 1;
    },
    merge: (a, b) => ({
      baseline: addCounts(addCounts({}, a.baseline), b.baseline),
      candidate: addCounts(addCounts({}, a.candidate), b.candidate),
      excludedFailedPairs: a.excludedFailedPairs + b.excludedFailedPairs
    }),
    finish(state) {
      const n = Object.values(state.baseline).reduce((s, v) => s + v, 0);
      const value = n ? spec.distance(state.baseline, state.candidate) : Number.NaN;
      return {
        ...meta({ id: spec.id, title: spec.title, unit: "distance", badDirection: "increase" }),
        test: "distance",
        n,
        ...n ? { candidate: value, distance: { value, threshold: spec.threshold } } : {},
        details: {
          baselineShares: n ? shareTable(state.baseline) : {},
          candidateShares: n ? shareTable(state.candidate) : {},
          excludedFailedPairs: state.excludedFailedPairs
        }
      };
    }
  };
}
var labelPsi = marginalMetric({ id: "label.distribution_psi", title: "Label mix drift (PSI)", threshold: 0.1, distance: populationStabilityIndex });
var labelJs = marginalMetric({ id: "label.distribution_js", title: "Label mix drift (Jensen\u2013Shannon distance)", threshold: 0.1, distance: jensenShannonDistance });
var labelMetrics = [labelAgreement, labelPsi, labelJs];

// src/metrics/numeric.ts
var isNumeric = (kind) => kind === "numeric";
var DEFAULT_RTOL = 1e-5;
var DEFAULT_ATOL = 1e-8;
function withinTolerance(baseline, candidate, rtol, atol) {
  if (baseline === candidate) return true;
  return Math.abs(baseline - candidate) <= atol + rtol * Math.abs(baseline);
}
function maxOf(values) {
  let max = Number.NaN;
  for (const v of values) if (!(v <= max)) max = v;
  return max;
}
function absErrors(state) {
  return state.baseline.map((b, i) => Math.abs(b - state.candidate[i]));
}
var numericValue = pairedMetric({
  id: "numeric.value",
  title: "Numeric answer",
  unit: "value",
  badDirection: "either",
  applies: isNumeric,
  value: (call, ctx) => extractNumber(call.output, ctx.output),
  details: (state) => {
    const errors = absErrors(state);
    return { meanAbsoluteError: finiteOrNull(mean(errors)), maxAbsoluteError: finiteOrNull(maxOf(errors)) };
  }
});
var TOLERANCE = { id: "numeric.within_tolerance", title: "Within tolerance (rtol/atol)", unit: "rate", badDirection: "decrease" };
function tolerances(ctx) {
  return { rtol: ctx.output.rtol ?? DEFAULT_RTOL, atol: ctx.output.atol ?? DEFAULT_ATOL };
}
var numericWithinTolerance = {
  id: TOLERANCE.id,
  title: TOLERANCE.title,
  applies: isNumeric,
  init: () => ({ ...initAgreement(), absErrors: [] }),
  observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const { rtol, atol } = tolerances(ctx);
    const b = extractNumber(pair.baseline.output, ctx.output);
    const c = extractNumber(pair.candidate.output, ctx.output);
    if (b === void 0 || c === void 0) state.notComparable++;
    else {
      state.values.push(withinTolerance(b, c, rtol, atol) ? 1 : 0);
      state.absErrors.push(Math.abs(b - c));
    }
    const r = pair.baselineRepeat?.ok ? extractNumber(pair.baselineRepeat.output, ctx.output) : void 0;
    if (b !== void 0 && r !== void 0) state.noise.push(withinTolerance(b, r, rtol, atol) ? 1 : 0);
  },
  merge: (a, b) => ({ ...mergeAgreement(a, b), absErrors: a.absErrors.concat(b.absErrors) }),
  finish(state, ctx) {
    const max = maxOf(state.absErrors);
    return finishAgreement(TOLERANCE, state, 1, {
      ...tolerances(ctx),
      meanAbsoluteError: finiteOrNull(mean(state.absErrors)),
      maxAbsoluteError: finiteOrNull(max)
    });
  }
};
function distanceMetric(spec) {
  const collector = pairedMetric({ id: spec.id, title: spec.title, unit: "distance", badDirection: "increase", applies: isNumeric, value: (call, ctx) => extractNumber(call.output, ctx.output) });
  return {
    ...collector,
    finish(state) {
      const n = state.baseline.length;
      const computed = n ? spec.compute(state.baseline, state.candidate) : void 0;
      return {
        ...meta({ id: spec.id, title: spec.title, unit: "distance", badDirection: "increase" }),
        test: "distance",
        n,
        ...computed ? { candidate: computed.value, distance: { value: computed.value, threshold: spec.threshold } } : {},
        details: { ...computed?.details, excludedFailedPairs: state.excludedFailedPairs, missingValuePairs: state.missing }
      };
    }
  };
}
var numericKs = distanceMetric({
  id: "numeric.ks",
  title: "Distribution shift (Kolmogorov\u2013Smirnov D)",
  threshold: 0.1,
  compute: (b, c) => {
    const ks = ksTwoSample(b, c);
    return { value: ks.statistic, details: { pValue: ks.pValue, pValueMethod: ks.method } };
  }
});
var numericWassersteinNorm = distanceMetric({
  id: "numeric.wasserstein_norm",
  title: "Distribution shift (normed Wasserstein)",
  threshold: 0.1,
  compute: (b, c) => {
    const w1 = wasserstein1(b, c);
    const std = stdPopulation(b);
    return { value: w1 / Math.max(std, 1e-3), details: { wasserstein: w1, baselineStd: std } };
  }
});
var numericMetrics = [numericValue, numericWithinTolerance, numericKs, numericWassersteinNorm];

// src/metrics/levenshtein.ts
function codePoints(text) {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const high = text.charCodeAt(i);
    if (high >= 55296 && high <= 56319 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) {
        out[n++] = (high - 55296) * 1024 + (low - 56320) + 65536;
        i++;
        continue;
      }
    }
    out[n++] = high;
  }
  return out.subarray(0, n);
}
function levenshtein(a, b) {
  if (a === b) return 0;
  let s = codePoints(a);
  let t = codePoints(b);
  let start = 0;
  while (start < s.length && start < t.length && s[start] === t[start]) start++;
  let endS = s.length;
  let endT = t.length;
  while (endS > start && endT > start && s[endS - 1] === t[endT - 1]) {
    endS--;
    endT--;
  }
  s = s.subarray(start, endS);
  t = t.subarray(start, endT);
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return t.length;
  return bitParallel(s, t);
}
function bitParallel(pattern, text) {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const symbol = /* @__PURE__ */ new Map();
  for (const cp of pattern) if (!symbol.has(cp)) symbol.set(cp, symbol.size);
  const peq = new Int32Array(symbol.size * blocks);
  for (let i = 0; i < m; i++) {
    const at = symbol.get(pattern[i]) * blocks + (i >>> 5);
    peq[at] = peq[at] | 1 << (i & 31);
  }
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  const lastBit = 1 << (m - 1 & 31);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const id = symbol.get(text[j]);
    const row = id === void 0 ? -1 : id * blocks;
    let carry = 1;
    for (let k = 0; k < blocks; k++) {
      const pv = plus[k];
      const mv = minus[k];
      let eq = row < 0 ? 0 : peq[row + k];
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = ((eq & pv) + pv | 0) ^ pv | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = k === blocks - 1 ? lastBit : 2147483648 | 0;
      const out = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      plus[k] = mh | ~(xv | ph);
      minus[k] = ph & xv;
      carry = out;
    }
    score += carry;
  }
  return score;
}
function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
function editSimilarity(a, b) {
  if (a === b) return 1;
  const longest = Math.max(codePointLength(a), codePointLength(b));
  return 1 - levenshtein(a, b) / longest;
}

// src/metrics/text-compare.ts
var ASCII = /^[\x00-\x7f]*$/;
function normalizeText(text) {
  return (ASCII.test(text) ? text : text.normalize("NFKC")).toLowerCase().replace(/\s+/gu, " ").trim().replace(/[\p{P}\s]+$/u, "");
}
function rougeTokens(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
function lcsLength(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const row = new Uint32Array(short.length + 1);
  for (const token of long) {
    let diagonal = 0;
    for (let i = 1; i <= short.length; i++) {
      const above = row[i];
      row[i] = short[i - 1] === token ? diagonal + 1 : Math.max(above, row[i - 1]);
      diagonal = above;
    }
  }
  return row[short.length];
}
function rougeL(reference, candidate) {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  if (ref.length === 0 && cand.length === 0) return 1;
  if (ref.length === 0 || cand.length === 0) return 0;
  const lcs = lcsLength(ref, cand);
  if (lcs === 0) return 0;
  const precision = lcs / cand.length;
  const recall = lcs / ref.length;
  return 2 * precision * recall / (precision + recall);
}
function cosine(a, b) {
  if (a.length !== b.length) throw new Error(`embedding dimensions differ: ${a.length} vs ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 && nb === 0) return 1;
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}

// src/metrics/text.ts
function answerText(output) {
  return output?.text ?? "";
}
var TEXT_THRESHOLDS = { exact: 1, normalized: 1, edit: 0.8, rouge: 0.75, embedding: 0.75 };
var exactMatch = agreementMetric({
  id: "text.exact_match",
  title: "Exact match",
  unit: "rate",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.exact,
  score: (b, c) => answerText(b) === answerText(c) ? 1 : 0
});
var normalizedMatch = agreementMetric({
  id: "text.normalized_match",
  title: "Normalised match",
  unit: "rate",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.normalized,
  score: (b, c) => normalizeText(answerText(b)) === normalizeText(answerText(c)) ? 1 : 0
});
var editSimilarityMetric = agreementMetric({
  id: "text.edit_similarity",
  title: "Edit similarity (1 \u2212 Levenshtein / max length)",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.edit,
  score: (b, c) => editSimilarity(answerText(b), answerText(c))
});
var rougeLMetric = agreementMetric({
  id: "text.rouge_l",
  title: "ROUGE-L F-measure",
  kinds: ["text"],
  threshold: TEXT_THRESHOLDS.rouge,
  score: (b, c) => rougeL(answerText(b), answerText(c))
});
var EMBED_BATCH_PAIRS = 32;
var pendingByState = /* @__PURE__ */ new WeakMap();
function similarityOf(a, b, vectors) {
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  return Math.max(0, Math.min(1, cosine(vectors.get(a), vectors.get(b))));
}
async function flushEmbeddings(state, ctx) {
  const pending = pendingByState.get(state);
  if (!pending || pending.length === 0) return;
  pendingByState.delete(state);
  const texts = /* @__PURE__ */ new Set();
  for (const p of pending) {
    if (p.baseline !== p.candidate) {
      for (const t of [p.baseline, p.candidate]) if (t !== "") texts.add(t);
    }
    if (p.repeat !== void 0 && p.repeat !== p.baseline) {
      for (const t of [p.baseline, p.repeat]) if (t !== "") texts.add(t);
    }
  }
  const unique = [...texts];
  const vectors = /* @__PURE__ */ new Map();
  try {
    if (unique.length > 0) {
      if (!ctx.embed) throw new Error("no embeddings client configured");
      const embedded = await ctx.embed(unique);
      if (embedded.length !== unique.length) throw new Error(`asked for ${unique.length} vectors, got ${embedded.length}`);
      unique.forEach((text, i) => vectors.set(text, embedded[i]));
    }
    const values = [];
    const noise = [];
    for (const p of pending) {
      values.push(similarityOf(p.baseline, p.candidate, vectors));
      if (p.repeat !== void 0) noise.push(similarityOf(p.baseline, p.repeat, vectors));
    }
    state.values.push(...values);
    state.noise.push(...noise);
  } catch (e) {
    state.embeddingFailedPairs += pending.length;
    state.embeddingError ??= e instanceof Error ? e.message : String(e);
  }
}
var EMBEDDING = { id: "text.embedding_cosine", title: "Embedding cosine similarity", unit: "score", badDirection: "decrease" };
var embeddingCosine = {
  id: EMBEDDING.id,
  title: EMBEDDING.title,
  applies: (kind, ctx) => kind === "text" && typeof ctx.embed === "function",
  init: () => ({ ...initAgreement(), embeddingFailedPairs: 0 }),
  async observe(state, pair, ctx) {
    if (!bothOk(pair)) {
      state.excludedFailedPairs++;
      return;
    }
    const pending = pendingByState.get(state) ?? [];
    pendingByState.set(state, pending);
    pending.push({
      baseline: answerText(pair.baseline.output),
      candidate: answerText(pair.candidate.output),
      ...pair.baselineRepeat?.ok ? { repeat: answerText(pair.baselineRepeat.output) } : {}
    });
    if (pending.length >= EMBED_BATCH_PAIRS) await flushEmbeddings(state, ctx);
  },
  flush: flushEmbeddings,
  merge(a, b) {
    if (pendingByState.get(a)?.length || pendingByState.get(b)?.length) throw new Error("text.embedding_cosine: flush() before merge()");
    const error = a.embeddingError ?? b.embeddingError;
    return { ...mergeAgreement(a, b), embeddingFailedPairs: a.embeddingFailedPairs + b.embeddingFailedPairs, ...error !== void 0 ? { embeddingError: error } : {} };
  },
  finish(state) {
    if (pendingByState.get(state)?.length) throw new Error("text.embedding_cosine: flush() before finish()");
    return finishAgreement(EMBEDDING, state, TEXT_THRESHOLDS.embedding, {
      embeddingFailedPairs: state.embeddingFailedPairs,
      ...state.embeddingError !== void 0 ? { embeddingError: state.embeddingError } : {}
    });
  }
};
var textMetrics = [exactMatch, normalizedMatch, editSimilarityMetric, rougeLMetric, embeddingCosine];

// src/metrics/tools.ts
function parseArguments(raw) {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}
function checkToolCalls(calls, tools, policy = {}) {
  const reasons = /* @__PURE__ */ new Set();
  const choice = policy.choice ?? "auto";
  if (choice === "required" && calls.length === 0) reasons.add("no call although tool_choice is required");
  if (choice === "none" && calls.length > 0) reasons.add("call although tool_choice is none");
  if (typeof choice === "object") {
    if (calls.length === 0) reasons.add(`no call although tool_choice names ${choice.name}`);
    else if (calls.some((c) => c.name !== choice.name)) reasons.add(`call other than the required ${choice.name}`);
  }
  if (policy.parallel === false && calls.length > 1) reasons.add("parallel calls although parallel_tool_calls is false");
  const declared = new Map(tools.map((t) => [t.name, t]));
  for (const call of calls) {
    const tool = declared.get(call.name);
    if (!tool) {
      reasons.add("undeclared tool name");
      continue;
    }
    const args = parseArguments(call.arguments);
    if (!args.ok) {
      reasons.add("arguments are not JSON");
      continue;
    }
    if (args.value === null || typeof args.value !== "object" || Array.isArray(args.value)) {
      reasons.add("arguments are not an object");
      continue;
    }
    const validate3 = validatorFor(tool.parameters, `The parameters of tool ${tool.name}`);
    if (!validate3(args.value)) reasons.add(`${tool.name}: ${schemaErrorReason(validate3.errors)}`);
  }
  return reasons.size === 0 ? { pass: true } : { pass: false, reasons: [...reasons] };
}
function callsOf(output) {
  return output?.toolCalls ?? [];
}
var toolsValid = binaryMetric({
  id: "tools.valid",
  title: "Tool calls are valid",
  unit: "rate",
  badDirection: "decrease",
  applies: (kind) => kind === "tool-calls",
  detailsTitle: "invalidReasons",
  check(output, side, ctx) {
    const wide = ctx;
    const tools = side === "baseline" ? ctx.baselineTools : ctx.candidateTools;
    const policy = side === "baseline" ? wide.baselineToolPolicy : wide.candidateToolPolicy;
    return checkToolCalls(callsOf(output), tools, policy);
  }
});
function nameF1(baseline, candidate) {
  const b = new Set(baseline.map((c2) => c2.name));
  const c = new Set(candidate.map((c2) => c2.name));
  if (b.size === 0 && c.size === 0) return 1;
  let common = 0;
  for (const name of c) if (b.has(name)) common++;
  if (common === 0) return 0;
  const precision = common / c.size;
  const recall = common / b.size;
  return 2 * precision * recall / (precision + recall);
}
function argumentsAgreement(baseline, candidate) {
  const byName = /* @__PURE__ */ new Map();
  for (const call of candidate) {
    const list = byName.get(call.name) ?? [];
    list.push(call);
    byName.set(call.name, list);
  }
  let matched = 0;
  let equal = 0;
  for (const call of baseline) {
    const other = byName.get(call.name)?.shift();
    if (!other) continue;
    matched++;
    const a = parseArguments(call.arguments);
    const b = parseArguments(other.arguments);
    if (a.ok && b.ok && deepEqual(a.value, b.value)) equal++;
  }
  return matched === 0 ? void 0 : equal / matched;
}
var toolsNameF1 = agreementMetric({
  id: "tools.name_f1",
  title: "Tool names called (F1)",
  kinds: ["tool-calls"],
  threshold: 1,
  score: (b, c) => nameF1(callsOf(b), callsOf(c))
});
var toolsArgsEqual = agreementMetric({
  id: "tools.args_equal",
  title: "Tool arguments equal (calls matched by name)",
  kinds: ["tool-calls"],
  threshold: 1,
  score: (b, c) => argumentsAgreement(callsOf(b), callsOf(c))
});
var toolMetrics = [toolsValid, toolsNameF1, toolsArgsEqual];

// src/metrics/index.ts
var allMetrics = [...commonMetrics, ...textMetrics, ...jsonMetrics, ...toolMetrics, ...labelMetrics, ...numericMetrics];
function metricsFor(kind, ctx) {
  return allMetrics.filter((m) => m.applies(kind, ctx));
}
var MetricSet = class _MetricSet {
  kind;
  ctx;
  metrics;
  #states;
  #pairs = 0;
  #tail = Promise.resolve();
  constructor(kind, ctx, metrics = metricsFor(kind, ctx)) {
    this.kind = kind;
    this.ctx = ctx;
    this.metrics = metrics;
    this.#states = metrics.map((m) => m.init(ctx));
  }
  /** Pairs observed so far (including merged shards). */
  get pairs() {
    return this.#pairs;
  }
  observe(pair) {
    const run2 = this.#tail.then(async () => {
      this.#pairs++;
      for (let i = 0; i < this.metrics.length; i++) {
        const pending = this.metrics[i].observe(this.#states[i], pair, this.ctx);
        if (pending) await pending;
      }
    });
    this.#tail = run2.catch(() => {
    });
    return run2;
  }
  async observeAll(pairs) {
    for await (const pair of pairs) await this.observe(pair);
  }
  /** Waits for queued pairs and completes buffered work (pending embedding batches). */
  async flush() {
    await this.#tail;
    for (let i = 0; i < this.metrics.length; i++) await this.metrics[i].flush?.(this.#states[i], this.ctx);
  }
  async snapshot() {
    await this.flush();
    const states = {};
    this.metrics.forEach((m, i) => states[m.id] = this.#states[i]);
    return { version: 1, kind: this.kind, pairs: this.#pairs, states: structuredClone(states) };
  }
  /** Folds another shard's results into this set (pairs of `other` count as observed after ours). */
  async merge(other) {
    const snapshot = other instanceof _MetricSet ? await other.snapshot() : other;
    if (snapshot.kind !== this.kind) throw new Error(`cannot merge metrics of kind ${snapshot.kind} into ${this.kind}`);
    await this.flush();
    this.metrics.forEach((m, i) => {
      if (!(m.id in snapshot.states)) throw new Error(`snapshot has no state for ${m.id}`);
      this.#states[i] = m.merge(this.#states[i], structuredClone(snapshot.states[m.id]));
    });
    this.#pairs += snapshot.pairs;
  }
  async finish() {
    await this.flush();
    const results = [];
    this.metrics.forEach((m, i) => {
      const result = m.finish(this.#states[i], this.ctx);
      if (!(m.omitWhenEmpty && result.n === 0)) results.push(result);
    });
    return results;
  }
};
var DIVERGENCE_METRIC = {
  text: "text.edit_similarity",
  json: "json.deep_equal",
  "tool-calls": "tools.name_f1",
  label: "label.agreement",
  numeric: "numeric.value"
};
function failureDivergence(baseline, candidate) {
  if (!baseline.ok && !candidate.ok) return baseline.error?.class === candidate.error?.class ? 0 : 1;
  return 1;
}
function pairDivergence(pair, ctx) {
  const { baseline, candidate } = pair;
  if (!baseline.ok || !candidate.ok) return failureDivergence(baseline, candidate);
  const b = baseline.output;
  const c = candidate.output;
  switch (ctx.output.kind) {
    case "text":
      return 1 - editSimilarity(answerText(b), answerText(c));
    case "json": {
      const pb = parseJsonText(b?.text);
      const pc = parseJsonText(c?.text);
      if (!pb.ok || !pc.ok) return pb.ok === pc.ok && answerText(b) === answerText(c) ? 0 : 1;
      const changed = changedPaths(pb.value, pc.value, Infinity).length;
      if (changed === 0) return 0;
      return Math.min(1, changed / Math.max(1, leafCount(pb.value), leafCount(pc.value)));
    }
    case "tool-calls": {
      const calls = [b?.toolCalls ?? [], c?.toolCalls ?? []];
      const names = nameF1(...calls);
      const args = argumentsAgreement(...calls) ?? names;
      return 1 - (names + args) / 2;
    }
    case "label":
      return extractLabel(b, ctx.output) === extractLabel(c, ctx.output) ? 0 : 1;
    case "numeric": {
      const x = extractNumber(b, ctx.output);
      const y = extractNumber(c, ctx.output);
      if (x === void 0 || y === void 0) return x === y ? 0 : 1;
      if (x === y) return 0;
      return Math.abs(x - y) / (Math.abs(x) + Math.abs(y));
    }
  }
}
function leafCount(value) {
  if (value !== null && typeof value === "object") {
    let n = 0;
    for (const child of Object.values(value)) n += leafCount(child);
    return Math.max(n, 1);
  }
  return 1;
}

// src/judge/gates.ts
var RATE_TOLERANCE = 5e-3;
var RATE_THRESHOLD = 0.01;
var RATIO_TOLERANCE = 0.05;
var RATIO_THRESHOLD = 1.2;
var AGREEMENT_TOLERANCE = 0.02;
var AGREEMENT_DROP_THRESHOLD = 0.05;
var rateGate = (metric, critical) => ({
  metric,
  direction: "decrease",
  tolerance: RATE_TOLERANCE,
  threshold: RATE_THRESHOLD,
  critical
});
var ratioGate = (metric, direction = "increase") => ({
  metric,
  direction,
  tolerance: RATIO_TOLERANCE,
  threshold: RATIO_THRESHOLD,
  critical: false
});
var agreementGate = (metric) => ({ metric, direction: "decrease", tolerance: AGREEMENT_TOLERANCE, critical: false });
var distanceGate = (metric) => ({ metric, direction: "increase", critical: false });
var COMMON_DEFAULT_GATES = [
  rateGate("requests.success_rate", true),
  ratioGate("latency.ms"),
  ratioGate("tokens.total")
];
var KIND_DEFAULT_GATES = {
  json: [rateGate("json.parse_rate", true), rateGate("json.schema_pass", true)],
  "tool-calls": [rateGate("tools.valid", true), agreementGate("tools.name_f1")],
  label: [agreementGate("label.agreement"), distanceGate("label.distribution_js")],
  numeric: [ratioGate("numeric.value", "either"), agreementGate("numeric.within_tolerance"), distanceGate("numeric.wasserstein_norm")],
  // text.rouge_l is swapped for text.embedding_cosine when embeddings were computed; see defaultGates.
  text: [agreementGate("text.rouge_l")]
};
function defaultGates(kind, results) {
  const present = new Set(results.map((r) => r.id));
  const gates = [...COMMON_DEFAULT_GATES, ...KIND_DEFAULT_GATES[kind]].map(
    (g) => kind === "text" && g.metric === "text.rouge_l" && present.has("text.embedding_cosine") ? agreementGate("text.embedding_cosine") : { ...g }
  );
  return gates.filter((g) => present.has(g.metric));
}
function effectiveGates(kind, results, given = []) {
  const givenFor = new Map(given.map((g) => [g.metric, g]));
  const defaults = defaultGates(kind, results);
  const merged = defaults.map((d) => ({ ...d, ...definedFields(givenFor.get(d.metric)) }));
  const covered = new Set(defaults.map((d) => d.metric));
  return [...merged, ...given.filter((g) => !covered.has(g.metric)).map((g) => ({ ...g }))];
}
function definedFields(gate) {
  if (!gate) return {};
  return Object.fromEntries(Object.entries(gate).filter(([, v]) => v !== void 0));
}

// src/judge/stats/normal.ts
var SQRT_PI = Math.sqrt(Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
function erfc(z) {
  if (Number.isNaN(z)) return NaN;
  if (z < 0) return 2 - erfc(-z);
  if (z < 2) return 1 - erfSeries(z);
  if (z > 27.3) return 0;
  return erfcContinuedFraction(z);
}
function erfSeries(z) {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < 500; n++) {
    term *= 2 * z2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 2 / SQRT_PI * Math.exp(-z2) * sum;
}
function erfcContinuedFraction(z) {
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 1e3; k++) {
    const a = k / 2;
    d = z + a * d;
    d = d === 0 ? tiny : d;
    c = z + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / SQRT_PI / f;
}
function normCdf(x) {
  return 0.5 * erfc(-x / Math.SQRT2);
}
function normSf(x) {
  return 0.5 * erfc(x / Math.SQRT2);
}
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function poly(coefficients, x) {
  let result = 0;
  for (const c of coefficients) result = result * x + c;
  return result;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -lowerQuantile(1 - p);
  return lowerQuantile(p);
}
function lowerQuantile(p) {
  let x;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(C, q) / (poly(D, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = poly(A, r) * q / (poly(B, r) * r + 1);
  }
  for (let i = 0; i < 2; i++) {
    const e = normCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(x * x / 2);
    x = x - u / (1 + x * u / 2);
  }
  return x;
}

// src/judge/stats/binomial.ts
var LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const g = 7;
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < g + 2; i++) sum += c[i] / (z + i);
  const t = z + g + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function stirlingError(n) {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  const n2 = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * n2)) / n2) / n2) / n2) / n;
}
function deviance(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let s = (x - m) * v;
    let term = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1e3; j++) {
      term *= v2;
      const next = s + term / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function binomPmf(k, n, p) {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
function binomCdf(k, n, p) {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  if (kk <= n * p) return sumPmf(0, kk, n, p);
  return 1 - sumPmf(kk + 1, n, n, p);
}
function sumPmf(from, to, n, p) {
  let sum = 0;
  if (to <= n * p) for (let i = from; i <= to; i++) sum += binomPmf(i, n, p);
  else for (let i = to; i >= from; i--) sum += binomPmf(i, n, p);
  return sum;
}

// src/judge/stats/ranks.ts
function rankAverage(values) {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i2) => i2).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    const rank2 = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]] = rank2;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  return { ranks, tieTerm };
}
function sortedCopy2(values) {
  return Float64Array.from(values).sort();
}
function medianSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function median(values) {
  return medianSorted(sortedCopy2(values));
}

// src/judge/stats/signedRankDistribution.ts
function signedRankCounts(n) {
  const max = n * (n + 1) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  let top = 0;
  for (let r = 1; r <= n; r++) {
    top += r;
    for (let s = top; s >= r; s--) counts[s] += counts[s - r];
  }
  return counts;
}
function signedRankPermutationDistribution(ranks) {
  const doubled = Array.from(ranks, (r) => Math.round(2 * r));
  const max = doubled.reduce((a, b) => a + b, 0);
  const probs = new Float64Array(max + 1);
  probs[0] = 1;
  let top = 0;
  for (const r of doubled) {
    top += r;
    for (let s = top; s >= 0; s--) probs[s] = 0.5 * probs[s] + (s >= r ? 0.5 * probs[s - r] : 0);
  }
  return probs;
}
var EPSILON = 2220446049250313e-31;
function qSignRank(p, n) {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  const max = counts.length - 1;
  let cumulative = 0;
  if (p <= 0.5) {
    const target2 = p - 10 * EPSILON;
    for (let q = 0; q <= max; q++) {
      cumulative += counts[q] / total;
      if (cumulative >= target2) return q;
    }
    return max;
  }
  const target = 1 - p + 10 * EPSILON;
  for (let q = 0; q <= max; q++) {
    cumulative += counts[q] / total;
    if (cumulative > target) return max - q;
  }
  return 0;
}

// src/judge/stats/wilcoxon.ts
function wilcoxonSignedRank(differences, options = {}) {
  const alternative = options.alternative ?? "two-sided";
  const total = differences.length;
  const nonZeroValues = [];
  for (let i = 0; i < total; i++) {
    const d = differences[i];
    if (Number.isNaN(d)) throw new RangeError("wilcoxonSignedRank: NaN difference");
    if (d !== 0) nonZeroValues.push(d);
  }
  const n = nonZeroValues.length;
  const zeros = total - n;
  const { ranks, tieTerm } = rankAverage(nonZeroValues.map(Math.abs));
  let rPlus = 0;
  let rMinus = 0;
  for (let i = 0; i < n; i++) {
    if (nonZeroValues[i] > 0) rPlus += ranks[i];
    else rMinus += ranks[i];
  }
  const statistic = alternative === "two-sided" ? Math.min(rPlus, rMinus) : rPlus;
  const base = { statistic, rPlus, rMinus, nonZero: n, zeros };
  if (n === 0) return (options.method ?? "auto") === "auto" && total > 0 && total <= 13 ? { ...base, pValue: 1, method: "permutation" } : { ...base, pValue: NaN, method: "asymptotic" };
  let method = options.method ?? "auto";
  if (method === "auto") {
    if (total > 50) method = "asymptotic";
    else if (tieTerm === 0 && zeros === 0) method = "exact";
    else if (total <= 13) method = "permutation";
    else method = "asymptotic";
  }
  if (method === "exact") {
    const counts = signedRankCounts(n);
    const all = 2 ** n;
    const cdf = (k) => sumRange(counts, 0, k) / all;
    const sf = (k) => sumRange(counts, k, counts.length - 1) / all;
    const pLess = cdf(Math.ceil(rPlus));
    const pGreater = sf(Math.floor(rPlus));
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  if (method === "permutation") {
    const probs = signedRankPermutationDistribution(ranks);
    const observed = Math.round(2 * rPlus);
    const pLess = sumRange(probs, 0, observed);
    const pGreater = sumRange(probs, observed, probs.length - 1);
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { ...base, pValue: pValue2, method };
  }
  const mean3 = n * (n + 1) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  let z = (rPlus - mean3) / se;
  if (options.correction) {
    const sign = alternative === "greater" ? 1 : alternative === "less" ? -1 : Math.sign(z);
    z -= sign * 0.5 / se;
  }
  const pValue = alternative === "less" ? normCdf(z) : alternative === "greater" ? normSf(z) : Math.min(1, 2 * normSf(Math.abs(z)));
  return { ...base, pValue, z: alternative === "two-sided" ? -Math.abs(z) : z, method: "asymptotic" };
}
function sumRange(values, from, to) {
  let sum = 0;
  for (let i = Math.max(0, from); i <= Math.min(to, values.length - 1); i++) sum += values[i];
  return sum;
}

// src/judge/stats/pairSums.ts
function walshAverages(sorted) {
  const n = sorted.length;
  const value = (i, j) => (sorted[i] + sorted[j]) / 2;
  const countAtMost = (t) => {
    let count = 0;
    let j = n - 1;
    for (let i = 0; i < n; i++) {
      while (j >= i && value(i, j) > t) j--;
      if (j < i) break;
      count += j - i + 1;
    }
    return count;
  };
  return {
    size: n * (n + 1) / 2,
    min: n ? sorted[0] : NaN,
    max: n ? sorted[n - 1] : NaN,
    countAtMost,
    collect(lo, hi) {
      const out = [];
      let jHi = n - 1;
      let jLo = n - 1;
      for (let i = 0; i < n; i++) {
        while (jHi >= i && value(i, jHi) > hi) jHi--;
        if (jHi < i) break;
        while (jLo >= i && value(i, jLo) > lo) jLo--;
        for (let j = Math.max(jLo + 1, i); j <= jHi; j++) out.push(value(i, j));
      }
      return out;
    }
  };
}
function kthPairValue(values, k) {
  if (!(k >= 1 && k <= values.size) || !Number.isInteger(k)) throw new RangeError(`kthPairValue: k=${k} outside 1..${values.size}`);
  let lo = values.min;
  let hi = values.max;
  let below = values.countAtMost(lo);
  if (below >= k) return lo;
  let atHi = values.size;
  const enough = Math.max(4096, 4 * Math.sqrt(values.size));
  for (let iteration = 0; iteration < 4e3 && atHi - below > enough; iteration++) {
    const mid = lo / 2 + hi / 2;
    if (!(mid > lo && mid < hi)) return hi;
    const c = values.countAtMost(mid);
    if (c >= k) {
      hi = mid;
      atHi = c;
    } else {
      lo = mid;
      below = c;
    }
  }
  const candidates = Float64Array.from(values.collect(lo, hi)).sort();
  return candidates[k - below - 1];
}
function medianPairValue(values) {
  const size = values.size;
  if (size === 0) return NaN;
  if (size % 2 === 1) return kthPairValue(values, (size + 1) / 2);
  return (kthPairValue(values, size / 2) + kthPairValue(values, size / 2 + 1)) / 2;
}

// src/judge/stats/hodgesLehmann.ts
function hodgesLehmannOneSample(values, options = {}) {
  const confLevel = options.confLevel ?? 0.95;
  const alternative = options.alternative ?? "two-sided";
  const correct = options.correct ?? true;
  const all = Array.from(values);
  const hasZeros = all.some((v) => v === 0);
  const kept = (options.zeros ?? "drop") === "drop" ? all.filter((v) => v !== 0) : all;
  const n = kept.length;
  if (n === 0) return { estimate: NaN, interval: [NaN, NaN], confLevel: 0, method: "normal", n };
  const sorted = sortedCopy2(kept);
  const walsh = walshAverages(sorted);
  const estimate = medianPairValue(walsh);
  const ties = rankAverage(sorted).tieTerm;
  const absTies = rankAverage(kept.map(Math.abs)).tieTerm;
  let method = options.method ?? "auto";
  if (method === "auto") method = n < 50 && absTies === 0 && !hasZeros ? "exact" : "normal";
  const alpha = 1 - confLevel;
  const size = walsh.size;
  if (method === "exact") {
    const counts = signedRankCounts(n);
    const each = Math.exp(-n * Math.LN2);
    const cdf = (q) => {
      let s = 0;
      for (let i = 0; i <= q && i < counts.length; i++) s += counts[i] * each;
      return s;
    };
    const qu = Math.max(1, qSignRank(alternative === "two-sided" ? alpha / 2 : alpha, n));
    const ql = size - qu;
    const achievedOneTail = cdf(Math.trunc(qu) - 1);
    const achieved = alternative === "two-sided" ? 2 * achievedOneTail : achievedOneTail;
    const interval2 = alternative === "two-sided" ? [kthPairValue(walsh, qu), kthPairValue(walsh, ql + 1)] : alternative === "greater" ? [kthPairValue(walsh, qu), Infinity] : [-Infinity, kthPairValue(walsh, ql + 1)];
    const delivered2 = achieved - alpha > alpha / 2 ? 1 - signif2(achieved) : confLevel;
    return { estimate, interval: interval2, confLevel: delivered2, method, n };
  }
  const sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - ties / 48);
  const wAt = (k) => {
    const zd = size - k - size / 2;
    return (zd - continuity(zd, alternative, correct)) / sigma;
  };
  const rW = (d) => signedRankW(sorted, d, alternative, correct);
  const wMin = rW(walsh.min);
  const wMax = rW(walsh.max);
  if (!Number.isFinite(wMin) || !Number.isFinite(wMax)) {
    return { estimate, interval: [alternative === "less" ? -Infinity : NaN, alternative === "greater" ? Infinity : NaN], confLevel: 0, method, n };
  }
  let a = alpha;
  const upperZ = (p) => -normQuantile(p);
  if (alternative === "two-sided") while (wMin - upperZ(a / 2) < 0 || wMax - normQuantile(a / 2) > 0) a *= 2;
  else if (alternative === "greater") while (wMin - upperZ(a) < 0) a *= 2;
  else while (wMax - normQuantile(a / 2) > 0) a *= 2;
  const delivered = a >= 1 || 1 - confLevel < a * 0.75 ? 1 - Math.min(1, a) : confLevel;
  const root = (zq) => crossing(walsh, wAt, zq);
  const fallback = medianOf(sorted);
  const interval = alternative === "two-sided" ? a < 1 ? [root(upperZ(a / 2)), root(normQuantile(a / 2))] : [fallback, fallback] : alternative === "greater" ? [a < 1 ? root(upperZ(a)) : fallback, Infinity] : [-Infinity, a < 1 ? root(normQuantile(a)) : fallback];
  return { estimate, interval, confLevel: delivered, method, n };
}
function continuity(z, alternative, correct) {
  if (!correct) return 0;
  return alternative === "two-sided" ? Math.sign(z) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
}
function crossing(values, wAt, zq) {
  let lo = 1;
  let hi = values.size;
  if (wAt(hi) >= zq) return values.max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wAt(mid) < zq) hi = mid;
    else lo = mid + 1;
  }
  return kthPairValue(values, lo);
}
function signedRankW(sorted, d, alternative, correct) {
  const n = sorted.length;
  let firstZeroOrPositive = 0;
  while (firstZeroOrPositive < n && sorted[firstZeroOrPositive] - d < 0) firstZeroOrPositive++;
  let firstPositive = firstZeroOrPositive;
  while (firstPositive < n && sorted[firstPositive] - d === 0) firstPositive++;
  const nx = firstZeroOrPositive + (n - firstPositive);
  if (nx === 0) return 0;
  let neg = firstZeroOrPositive - 1;
  let pos = firstPositive;
  let ranked = 0;
  let plus = 0;
  let tieTerm = 0;
  while (neg >= 0 || pos < n) {
    const negAbs = neg >= 0 ? Math.abs(sorted[neg] - d) : Infinity;
    const posAbs = pos < n ? Math.abs(sorted[pos] - d) : Infinity;
    const value = Math.min(negAbs, posAbs);
    let tied = 0;
    let positives = 0;
    while (neg >= 0 && Math.abs(sorted[neg] - d) === value) {
      tied++;
      neg--;
    }
    while (pos < n && Math.abs(sorted[pos] - d) === value) {
      tied++;
      positives++;
      pos++;
    }
    if (tied === 0) throw new RangeError("signed-rank statistic of a sample containing NaN");
    plus += positives * (ranked + (tied + 1) / 2);
    tieTerm += tied * tied * tied - tied;
    ranked += tied;
  }
  const zd = plus - nx * (nx + 1) / 4;
  const sigma = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tieTerm / 48);
  return (zd - continuity(zd, alternative, correct)) / sigma;
}
function signif2(x) {
  if (x === 0 || !Number.isFinite(x)) return x;
  const exponent = Math.floor(Math.log10(Math.abs(x))) - 1;
  const scaled = x / 10 ** exponent;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  const rounded = fraction === 0.5 ? floor % 2 === 0 ? floor : floor + 1 : Math.round(scaled);
  return rounded * 10 ** exponent;
}
function medianOf(sorted) {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/judge/stats/mcnemar.ts
function mcnemarExact(counts, options = {}) {
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const discordant = b + c;
  const n = counts.bothPass + b + c + counts.neither;
  const difference = n > 0 ? (c - b) / n : NaN;
  if (discordant === 0) return { pValue: 1, discordant, difference };
  const low = Math.min(b, c);
  let tail = binomCdf(low, discordant, 0.5);
  if (options.midP) tail -= 0.5 * binomPmf(low, discordant, 0.5);
  const pValue = b === c ? options.midP ? 1 - binomPmf(low, discordant, 0.5) : 1 : Math.min(1, 2 * tail);
  return { pValue, discordant, difference };
}
function wilsonInterval(successes, n, z) {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return [Math.max(0, (centre - half) / denom), Math.min(1, (centre + half) / denom)];
}
function newcombePairedInterval(counts, confLevel = 0.95) {
  const a = counts.bothPass;
  const b = counts.baselineOnly;
  const c = counts.candidateOnly;
  const d = counts.neither;
  const n = a + b + c + d;
  if (n === 0) return [-1, 1];
  const z = normQuantile(1 - (1 - confLevel) / 2);
  const pCandidate = (a + c) / n;
  const pBaseline = (a + b) / n;
  const [l2, u2] = wilsonInterval(a + c, n, z);
  const [l1, u1] = wilsonInterval(a + b, n, z);
  const theta = pCandidate - pBaseline;
  const marginProduct = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = marginProduct === 0 ? 0 : (a * d - b * c) / Math.sqrt(marginProduct);
  const dl2 = pCandidate - l2;
  const du2 = u2 - pCandidate;
  const dl1 = pBaseline - l1;
  const du1 = u1 - pBaseline;
  const lowerSpread = dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1;
  const upperSpread = du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1;
  const lower = theta - Math.sqrt(Math.max(0, lowerSpread));
  const upper = theta + Math.sqrt(Math.max(0, upperSpread));
  return [Math.max(-1, lower), Math.min(1, upper)];
}

// src/judge/stats/holm.ts
function holmAdjust(pValues) {
  const k = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array(k);
  let running = 0;
  order.forEach(({ p, i }, rank2) => {
    running = Math.max(running, Math.min(1, (k - rank2) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/judge/stats/sampleSize.ts
function mcnemarSampleSize(discordantShare, delta, options = {}) {
  const d = Math.abs(delta);
  if (!(d > 0) || !(discordantShare >= d)) return d > 0 ? mcnemarSampleSize(d, d, options) : Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  const root = zAlpha * Math.sqrt(discordantShare) + zPower * Math.sqrt(discordantShare - d * d);
  return Math.ceil(root * root / (d * d));
}
function signedRankSampleSize(probabilityPositiveWalsh, options = {}) {
  const shift = probabilityPositiveWalsh - 0.5;
  if (!(Math.abs(shift) > 0)) return Infinity;
  const zAlpha = normQuantile(1 - (options.alpha ?? 0.05) / 2);
  const zPower = normQuantile(options.power ?? 0.8);
  return Math.ceil((zAlpha + zPower) ** 2 / (3 * shift * shift));
}

// src/judge/evaluate.ts
var badUp = (d) => d === "increase" || d === "either";
var badDown = (d) => d === "decrease" || d === "either";
function evaluateMetric(metric, gate, settings) {
  const direction = gate?.direction ?? metric.badDirection;
  switch (metric.test) {
    case "paired-continuous":
      return pairedContinuous(metric, gate, direction, settings);
    case "paired-binary":
      return pairedBinary(metric, gate, direction, settings);
    case "agreement":
      return metric.agreement?.noise?.length ? agreementVsNoise(metric, gate, direction, settings) : agreementVsThreshold(metric, gate, direction, settings);
    case "distance":
      return distance(metric, gate, direction);
    case "info":
      return { n: metric.n, breach: false, summary: describeInfo(metric), detail: "reported only" };
  }
}
var noData = (what) => ({ n: 0, breach: false, summary: "no data", detail: what });
function pairedContinuous(metric, gate, direction, settings) {
  const baseline = metric.paired?.baseline ?? [];
  const candidate = metric.paired?.candidate ?? [];
  const n = Math.min(baseline.length, candidate.length);
  if (n === 0 || metric.n === 0) return noData("no paired values");
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = candidate[i] - baseline[i];
  const test = wilcoxonSignedRank(differences);
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const hl = hodgesLehmannOneSample(differences, { confLevel: settings.confidence, zeros: "keep" });
  const interval = [hl.interval[0], hl.interval[1]];
  const medianBaseline = median(baseline.slice(0, n));
  const medianCandidate = median(candidate.slice(0, n));
  const tolerance = gate?.tolerance ?? RATIO_TOLERANCE;
  const threshold = gate?.threshold ?? RATIO_THRESHOLD;
  const band = tolerance * Math.abs(medianBaseline);
  const up = interval[0] > band;
  const down = interval[1] < -band;
  const unit = metric.unit;
  let effect;
  let effectLabel;
  let effectUp;
  let effectDown;
  const ratioMeaningful = medianBaseline > 0 && medianCandidate >= 0;
  if (ratioMeaningful) {
    effect = medianCandidate / medianBaseline;
    effectLabel = `median \xD7${fmt(effect, 3)}`;
    const upper = Math.max(threshold, 1 / threshold);
    effectUp = effect >= upper;
    effectDown = effect <= 1 / upper;
  } else {
    effect = hl.estimate;
    effectLabel = `\u0394 ${signed(effect)} ${unit}`;
    effectUp = effect > 0;
    effectDown = effect < 0;
  }
  const breachUp = badUp(direction) && up && effectUp;
  const breachDown = badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / (test.nonZero * (test.nonZero + 1) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil(neededNonZero * n / test.nonZero) : void 0;
  const level = pct(settings.confidence);
  const summary = `median ${fmt(medianBaseline)} \u2192 ${fmt(medianCandidate)} ${unit} (${effectLabel}); shift ${signed(hl.estimate)} ${unit}, ${level} CI [${signed(interval[0])}, ${signed(interval[1])}]`;
  const detail = explainTwoConditions({
    breach: breachUp || breachDown,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(band)} ${unit} (${pct(tolerance)} of the baseline median)`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: ratioMeaningful ? `\xD7${fmt(Math.max(threshold, 1 / threshold), 3)}` : "zero"
  });
  return { n, effect, effectLabel, interval, pValue, breach: breachUp || breachDown, summary, detail, ...neededSamples ? { neededSamples } : {} };
}
function pairedBinary(metric, gate, direction, settings) {
  const counts = metric.binary;
  const n = counts ? counts.bothPass + counts.baselineOnly + counts.candidateOnly + counts.neither : 0;
  if (!counts || n === 0) return noData("no pairs");
  const test = mcnemarExact(counts);
  const interval = newcombePairedInterval(counts, settings.confidence);
  const effect = test.difference;
  const tolerance = gate?.tolerance ?? RATE_TOLERANCE;
  const threshold = Math.abs(gate?.threshold ?? RATE_THRESHOLD);
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = badUp(direction) && up && effectUp || badDown(direction) && down && effectDown;
  const discordantShare = test.discordant / n;
  const target = Math.abs(effect) > 0 ? Math.abs(effect) : threshold;
  const needed = mcnemarSampleSize(Math.max(discordantShare, target), target, { alpha: settings.alpha });
  const baselineRate = (counts.bothPass + counts.baselineOnly) / n;
  const candidateRate = (counts.bothPass + counts.candidateOnly) / n;
  const effectLabel = `${signed(effect * 100, 2)} pts`;
  const summary = `${pct(baselineRate, 4)} \u2192 ${pct(candidateRate, 4)} (${effectLabel}; ${counts.baselineOnly} lost, ${counts.candidateOnly} gained), ${pct(settings.confidence)} CI [${signed(interval[0] * 100, 2)}, ${signed(interval[1] * 100, 2)}] pts`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(tolerance * 100)} pts`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: `${fmt(threshold * 100)} pts`
  });
  return { n, effect, effectLabel, interval, pValue: test.pValue, breach, summary, detail, ...Number.isFinite(needed) ? { neededSamples: needed } : {} };
}
function agreementVsNoise(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const noise = metric.agreement?.noise ?? [];
  const n = Math.min(values.length, noise.length);
  if (n === 0) return noData("no scores");
  const excess = new Float64Array(n);
  for (let i = 0; i < n; i++) excess[i] = values[i] - noise[i];
  const test = wilcoxonSignedRank(excess.map((v) => -v));
  const pValue = Number.isNaN(test.pValue) ? 1 : test.pValue;
  const interval = meanInterval(excess, settings.confidence);
  const effect = mean2(excess);
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const threshold = AGREEMENT_DROP_THRESHOLD;
  const up = interval[0] > tolerance;
  const down = interval[1] < -tolerance;
  const effectUp = effect >= threshold;
  const effectDown = effect <= -threshold;
  const breach = badUp(direction) && up && effectUp || badDown(direction) && down && effectDown;
  const share = test.nonZero > 0 ? test.rPlus / (test.nonZero * (test.nonZero + 1) / 2) : 0.5;
  const neededNonZero = signedRankSampleSize(share, { alpha: settings.alpha });
  const neededSamples = Number.isFinite(neededNonZero) && test.nonZero > 0 ? Math.ceil(neededNonZero * n / test.nonZero) : void 0;
  const effectLabel = `${signed(effect, 3)} vs A/A`;
  const summary = `mean ${fmt(mean2(values.slice(0, n)), 3)} vs A/A ${fmt(mean2(noise.slice(0, n)), 3)} (${signed(effect, 3)}), ${pct(settings.confidence)} CI [${signed(interval[0], 3)}, ${signed(interval[1], 3)}]`;
  const detail = explainTwoConditions({
    breach,
    outsideBand: badUp(direction) && up || badDown(direction) && down,
    bandText: `\xB1${fmt(tolerance)} around the A/A level`,
    effectPast: badUp(direction) && effectUp || badDown(direction) && effectDown,
    thresholdText: `${fmt(threshold)} below A/A`
  });
  return { n, effect, effectLabel, interval, pValue, breach, summary, detail, ...neededSamples ? { neededSamples } : {} };
}
function agreementVsThreshold(metric, gate, direction, settings) {
  const values = metric.agreement?.values ?? [];
  const n = values.length;
  if (n === 0) return noData("no scores");
  const average = mean2(values);
  const interval = meanInterval(values, settings.confidence);
  const clipped = [Math.max(0, interval[0]), Math.min(1, interval[1])];
  const threshold = gate?.threshold ?? metric.agreement?.threshold;
  const summary = `mean ${fmt(average, 3)}, ${pct(settings.confidence)} CI [${fmt(clipped[0], 3)}, ${fmt(clipped[1], 3)}]`;
  if (threshold === void 0) return { n, effect: average, effectLabel: `mean ${fmt(average, 3)}`, interval: clipped, breach: false, summary, detail: "no threshold to compare with" };
  const tolerance = gate?.tolerance ?? AGREEMENT_TOLERANCE;
  const effect = average - threshold;
  const breachDown = badDown(direction) && clipped[0] < threshold - tolerance && average < threshold;
  const breachUp = badUp(direction) && direction !== "either" && clipped[1] > threshold + tolerance && average > threshold;
  const breach = breachDown || breachUp;
  const detail = breach ? `lower ${pct(settings.confidence)} bound ${fmt(clipped[0], 3)} is below ${fmt(threshold, 3)} \u2212 ${fmt(tolerance)} and the mean is below ${fmt(threshold, 3)}` : `mean agreement is consistent with the threshold ${fmt(threshold, 3)}`;
  return { n, effect, effectLabel: `${signed(effect, 3)} vs ${fmt(threshold, 3)}`, interval: clipped, breach, summary, detail };
}
function distance(metric, gate, direction) {
  if (!metric.distance || metric.n === 0) return noData("no distance");
  const { value } = metric.distance;
  const threshold = gate?.threshold ?? metric.distance.threshold;
  const breach = badUp(direction) && value > threshold || direction === "decrease" && value < threshold;
  return {
    n: metric.n,
    effect: value,
    effectLabel: `${fmt(value, 3)}`,
    breach,
    summary: `${fmt(value, 3)} (threshold ${fmt(threshold, 3)})`,
    detail: breach ? `distance ${fmt(value, 3)} is past ${fmt(threshold, 3)}` : `distance within ${fmt(threshold, 3)}`
  };
}
function describeInfo(metric) {
  if (metric.baseline !== void 0 && metric.candidate !== void 0) return `${fmt(metric.baseline)} \u2192 ${fmt(metric.candidate)} ${metric.unit}`;
  if (metric.candidate !== void 0) return `${fmt(metric.candidate)} ${metric.unit}`;
  return `${metric.n} pairs`;
}
function explainTwoConditions(p) {
  if (p.breach) return `interval leaves the band ${p.bandText} and the effect passes ${p.thresholdText}`;
  if (p.outsideBand) return `interval leaves the band ${p.bandText}, but the effect stays within ${p.thresholdText}`;
  return `interval does not leave the band ${p.bandText}`;
}
function mean2(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : NaN;
}
function meanInterval(values, confidence) {
  const n = values.length;
  const m = mean2(values);
  if (n < 2) return [m, m];
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - m) ** 2;
  const half = normQuantile(1 - (1 - confidence) / 2) * Math.sqrt(ss / (n - 1) / n);
  return [m - half, m + half];
}
function fmt(x, digits = 4) {
  if (!Number.isFinite(x)) return String(x);
  return Number(x.toPrecision(digits)).toString();
}
function signed(x, digits = 4) {
  const text = fmt(x, digits);
  return x > 0 ? `+${text}` : text;
}
function pct(x, digits = 3) {
  return `${fmt(x * 100, digits)}%`;
}

// src/judge/judge.ts
var EXIT_CODES = { pass: 0, warn: 0, fail: 1, inconclusive: 0 };
function judge(results, settings) {
  const alpha = settings.alpha ?? 0.05;
  const confidence = settings.confidence ?? 0.95;
  const minSamples = settings.minSamples ?? 50;
  const gates = effectiveGates(settings.outputKind, results, settings.gates);
  const gateFor = new Map(gates.map((g) => [g.metric, g]));
  const known = new Set(results.map((r) => r.id));
  const missing2 = gates.filter((g) => !known.has(g.metric)).map((g) => ({ id: g.metric, title: g.metric, unit: "value", test: "info", badDirection: g.direction ?? "either", n: 0 }));
  const all = [...results, ...missing2];
  const rows = all.map((metric) => {
    const gate = gateFor.get(metric.id);
    const gating = gate !== void 0 && !gate.muted && metric.test !== "info";
    const evaluation = known.has(metric.id) ? evaluateMetric(metric, gate, { alpha, confidence }) : { n: 0, breach: false, summary: "no data", detail: "no metric with this id was computed" };
    return { metric, gate, gating, evaluation };
  });
  const tested = rows.filter((r) => r.gating && r.evaluation.n > 0 && r.evaluation.pValue !== void 0);
  const adjusted = holmAdjust(tested.map((r) => r.evaluation.pValue));
  const pAdjustedOf = new Map(tested.map((r, i) => [r, adjusted[i]]));
  const metrics = rows.map((row) => {
    const { metric, gate, gating, evaluation } = row;
    const pAdjusted = pAdjustedOf.get(row);
    let verdict2;
    let why;
    if (metric.n === 0 || evaluation.n === 0) {
      verdict2 = "nodata";
      why = evaluation.detail;
    } else if (!gating) {
      verdict2 = "info";
      why = gate?.muted ? "muted" : metric.test === "info" ? "reported only" : "not gated";
    } else {
      const significant = pAdjusted === void 0 || pAdjusted <= alpha;
      const breach = evaluation.breach && significant;
      verdict2 = breach ? gate?.critical ? "fail" : "warn" : "pass";
      why = evaluation.breach && !significant ? `${evaluation.detail}, but not significant after Holm (p=${fmt(pAdjusted, 3)} > ${alpha})` : evaluation.detail;
    }
    const stats = [evaluation.summary, evaluation.pValue !== void 0 ? `p=${fmt(evaluation.pValue, 3)}${pAdjusted !== void 0 ? `, Holm ${fmt(pAdjusted, 3)}` : ""}` : void 0].filter(Boolean).join("; ");
    const judgement2 = { metric, verdict: verdict2, reason: `${metric.id}: ${stats} \u2014 ${why}` };
    if (gate) judgement2.gate = gate;
    if (evaluation.effect !== void 0) judgement2.effect = evaluation.effect;
    if (evaluation.effectLabel !== void 0) judgement2.effectLabel = evaluation.effectLabel;
    if (evaluation.interval) judgement2.interval = evaluation.interval;
    if (evaluation.pValue !== void 0) judgement2.pValue = evaluation.pValue;
    if (pAdjusted !== void 0) judgement2.pAdjusted = pAdjusted;
    return judgement2;
  });
  const n = pairCount(results);
  const gatingRows = metrics.filter((m) => m.gate && !m.gate.muted && m.metric.test !== "info");
  const reasons = [];
  let verdict;
  let neededSamples;
  const criticalNoData = metrics.filter((m) => m.verdict === "nodata" && m.gate?.critical && !m.gate.muted);
  if (n < minSamples && !metrics.some((m) => m.verdict === "fail")) {
    verdict = "inconclusive";
    const needs = rows.filter((r) => r.gating && r.evaluation.neededSamples !== void 0).map((r) => r.evaluation.neededSamples);
    neededSamples = Math.max(minSamples, ...needs);
    reasons.push(`INCONCLUSIVE: ${n} pairs, fewer than the minimum ${minSamples}; need \u2248${neededSamples} pairs to detect the observed effects (\u03B1=${alpha}, power 0.8)`);
  } else if (metrics.some((m) => m.verdict === "fail")) {
    verdict = "fail";
  } else if (criticalNoData.length > 0) {
    verdict = "inconclusive";
    neededSamples = minSamples;
    reasons.push(`INCONCLUSIVE: no data for critical ${criticalNoData.map((m) => m.metric.id).join(", ")}`);
  } else if (metrics.some((m) => m.verdict === "warn")) {
    verdict = "warn";
  } else {
    verdict = "pass";
  }
  for (const m of metrics) if (m.verdict === "fail") reasons.push(`FAIL${m.gate?.critical ? " (critical)" : ""} ${m.reason}`);
  for (const m of metrics) if (m.verdict === "warn") reasons.push(`WARN ${m.reason}`);
  for (const m of metrics) if (m.verdict === "nodata" && m.gate && !m.gate.muted) reasons.push(`NODATA ${m.reason}`);
  if (verdict === "pass") reasons.push(`PASS: ${gatingRows.length} gated metric(s) within their bands or thresholds over ${n} pairs`);
  const judgement = { verdict, exitCode: EXIT_CODES[verdict], n, minSamples, alpha, confidence, metrics, reasons };
  if (neededSamples !== void 0) judgement.neededSamples = neededSamples;
  return judgement;
}
function pairCount(results) {
  const success = results.find((r) => r.id === "requests.success_rate");
  if (success) return success.n;
  return results.reduce((max, r) => Math.max(max, r.n), 0);
}

// src/commands/worst-examples.ts
var MAX_TEXT = 4e3;
function cap(text) {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\u2026 [${text.length - MAX_TEXT} more characters]` : text;
}
function describeAnswer(result) {
  if (!result.ok) {
    const e = result.error;
    return `ERROR (${e?.class ?? "unknown"}${e?.status ? ` ${e.status}` : ""}): ${e?.message ?? ""}`;
  }
  const out = result.output ?? {};
  const parts = [];
  if (out.text !== void 0 && out.text !== "") parts.push(out.text);
  if (out.refusal) parts.push(`[refusal] ${out.refusal}`);
  for (const call of out.toolCalls ?? []) parts.push(`\u2192 ${call.name}(${call.arguments})`);
  if (out.value !== void 0 && out.text === void 0) parts.push(JSON.stringify(out.value));
  return parts.join("\n") || "(empty answer)";
}
var WorstExamples = class {
  #limit;
  #ctx;
  #kept = [];
  constructor(limit, ctx) {
    this.#limit = limit;
    this.#ctx = ctx;
  }
  offer(pair) {
    const score = pairDivergence(pair, this.#ctx);
    if (score <= 0) return;
    const lowest = this.#kept.at(-1);
    if (this.#kept.length >= this.#limit && lowest && lowest.score >= score) return;
    this.#kept.push({
      recordId: pair.record.id,
      line: pair.record.line,
      metric: DIVERGENCE_METRIC[this.#ctx.output.kind],
      score,
      request: cap(JSON.stringify(pair.record.data, null, 2)),
      baseline: cap(describeAnswer(pair.baseline)),
      candidate: cap(describeAnswer(pair.candidate))
    });
    this.#kept.sort((a, b) => b.score - a.score || a.line - b.line);
    if (this.#kept.length > this.#limit) this.#kept.pop();
  }
  examples() {
    return [...this.#kept];
  }
};

// src/commands/shadow.ts
var WORST_EXAMPLES = 10;
function toolPolicy(side) {
  const tools = side.manifest.tools;
  return { ...tools?.choice !== void 0 ? { choice: tools.choice } : {}, ...tools?.parallel !== void 0 ? { parallel: tools.parallel } : {} };
}
async function resolveSides(options) {
  const env = options.env ?? process.env;
  const candidate = await resolveSide({
    label: "candidate",
    ref: options.headRef ?? "worktree",
    manifestPath: options.manifestPath,
    repoRoot: options.repoRoot,
    overrides: options.candidateEndpoint ? { endpoint: options.candidateEndpoint } : {},
    env
  });
  let baseline;
  if (options.baselineManifestPath) {
    baseline = await resolveSide({
      label: "baseline",
      ref: "worktree",
      manifestPath: options.baselineManifestPath,
      repoRoot: options.repoRoot,
      overrides: options.baselineEndpoint ? { endpoint: options.baselineEndpoint } : {},
      env
    });
  } else if (options.baseRef) {
    baseline = await resolveSide({
      label: "baseline",
      ref: options.baseRef,
      manifestPath: options.manifestPath,
      repoRoot: options.repoRoot,
      overrides: options.baselineEndpoint ? { endpoint: options.baselineEndpoint } : {},
      env
    });
  } else {
    throw new UserError(
      "no baseline: give the base ref whose manifest is the baseline, or a baseline manifest file",
      void 0,
      "use --base-ref origin/main (CLI) or run on pull_request (action), or --baseline-manifest PATH"
    );
  }
  if (baseline.manifest.output.kind !== candidate.manifest.output.kind) {
    throw new UserError(
      `output.kind differs between baseline (${baseline.manifest.output.kind}) and candidate (${candidate.manifest.output.kind}): answers of different kinds cannot be compared pair by pair`,
      { file: candidate.manifestPath }
    );
  }
  return { baseline, candidate };
}
function checkCredentials(sides, env) {
  for (const side of sides) {
    const needs = [
      [["model", "auth", "env"], side.manifest.model.auth?.env, side.manifest.model.endpoint],
      [["shadow", "embeddings", "auth", "env"], side.manifest.shadow.embeddings?.auth?.env, side.manifest.shadow.embeddings?.endpoint ?? ""]
    ];
    for (const [path, variable, url] of needs) {
      if (variable && !env[variable]) {
        throw new UserError(
          `${side.label}: environment variable ${variable} (credential for ${url}) is not set`,
          side.locate?.(path) ?? { file: side.manifestPath },
          `set ${variable} in the environment (in a workflow: env: ${variable}: \${{ secrets.${variable} }})`
        );
      }
    }
  }
}
function phaseTimer(log) {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    const m = process.memoryUsage();
    log.debug(`timing: ${phase} ${Math.round(now - last)} ms (rss ${Math.round(m.rss / 1048576)} MB heap ${Math.round(m.heapTotal / 1048576)}/${Math.round(m.heapUsed / 1048576)} ext ${Math.round(m.external / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)})`);
    last = now;
  };
}
function boundHeapForReplay() {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=20");
}
function boundHeapForAnalysis() {
  setFlagsFromString("--heap-growing-percent=5");
}
async function runShadow(options, log) {
  boundHeapForReplay();
  const phase = phaseTimer(log);
  log.debug(`timing: shadow started ${Math.round(performance.now())} ms after process start`);
  const { baseline, candidate } = await resolveSides(options);
  phase("resolve manifests");
  checkCredentials([candidate, baseline], options.env ?? process.env);
  const manifest = candidate.manifest;
  const shadow = manifest.shadow;
  const surfaces = diffSurfaces(baseline, candidate);
  const changed = surfaces.filter((s) => s.changed).map((s) => s.surface);
  log.info(`${manifest.service}: surfaces changed: ${changed.length ? changed.join(", ") : "none"}`);
  const datasetPath = isAbsolute2(shadow.dataset) ? shadow.dataset : join2(options.repoRoot, shadow.dataset);
  const sampling = {
    rate: options.sampleRate ?? shadow.sample?.rate ?? 1,
    ...shadow.sample?.seed !== void 0 ? { seed: shadow.sample.seed } : {},
    ...(options.sampleMax ?? shadow.sample?.max) !== void 0 ? { max: options.sampleMax ?? shadow.sample?.max } : {}
  };
  const summary = await validateDataset(datasetPath, sampling).catch((e) => {
    if (e instanceof UserError && e.location?.file === datasetPath) throw new UserError(e.message, { ...e.location, file: shadow.dataset }, e.hint);
    throw e;
  });
  log.info(`${manifest.service}: dataset ${shadow.dataset}: ${summary.records} records, ${summary.sampled} sampled`);
  phase("validate dataset");
  const baselineEndpoint = endpointFromSurface("baseline", baseline.manifest.model, shadow);
  const candidateEndpoint = endpointFromSurface("candidate", candidate.manifest.model, shadow);
  let embedder;
  if (shadow.embeddings) {
    embedder = createEmbedder({
      endpoint: shadow.embeddings.endpoint,
      model: shadow.embeddings.model,
      ...shadow.embeddings.auth ? { auth: shadow.embeddings.auth } : {},
      ...options.env ? { env: options.env } : {}
    });
  }
  const ctx = {
    output: manifest.output,
    baselineTools: baseline.tools,
    candidateTools: candidate.tools,
    ...candidate.outputSchema ? { outputSchema: candidate.outputSchema } : {},
    baselineToolPolicy: toolPolicy(baseline),
    candidateToolPolicy: toolPolicy(candidate),
    ...embedder ? { embed: (texts) => embedder.embed(texts) } : {}
  };
  const metrics = new MetricSet(manifest.output.kind, ctx);
  const worst = new WorstExamples(WORST_EXAMPLES, ctx);
  const { records, counts } = readDataset(datasetPath, sampling);
  const noiseFloor = options.noiseFloor ?? shadow.noiseFloor ?? false;
  let stats;
  try {
    stats = await replay({
      records,
      counts,
      baseline: baselineEndpoint,
      candidate: candidateEndpoint,
      buildRequest: (side, record) => buildRequest(side === "baseline" ? baseline : candidate, record),
      concurrency: options.concurrency ?? shadow.concurrency ?? 8,
      ...shadow.deadlineSeconds ? { deadlineMs: shadow.deadlineSeconds * 1e3 } : {},
      noiseFloor,
      onPair: async (pair) => {
        worst.offer(pair);
        await metrics.observe(pair);
      },
      ...options.signal ? { signal: options.signal } : {},
      ...options.env ? { env: options.env } : {},
      progress: { log, total: summary.sampled }
    });
  } finally {
    embedder?.close();
  }
  phase("replay");
  boundHeapForAnalysis();
  const results = await metrics.finish();
  phase("finish metrics");
  const judgement = judge(results, {
    ...shadow.gates ? { gates: shadow.gates } : {},
    outputKind: manifest.output.kind,
    ...shadow.alpha !== void 0 ? { alpha: shadow.alpha } : {},
    ...shadow.confidence !== void 0 ? { confidence: shadow.confidence } : {},
    ...shadow.minSamples !== void 0 ? { minSamples: shadow.minSamples } : {}
  });
  phase("judge");
  const report = {
    schemaVersion: 1,
    service: manifest.service,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    baselineRef: options.baselineManifestPath ? `file:${options.baselineManifestPath}` : options.baseRef ?? "unknown",
    candidateRef: options.headRef ?? "worktree",
    surfaces,
    replay: stats,
    judgement,
    worst: worst.examples(),
    ...options.runUrl ? { runUrl: options.runUrl } : {}
  };
  const outDir = resolve(options.repoRoot, options.outDir);
  const { writeReports } = await import("./write-TDVHGF3J.js");
  const paths = await writeReports(report, outDir, options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {});
  phase("write reports");
  const failed = Object.values(stats.failed).reduce((a, b) => a + (b ?? 0), 0);
  const summaryLine = `${manifest.service}: ${judgement.verdict.toUpperCase()} \u2014 ${stats.pairs} pairs, ${failed} failed requests` + (judgement.reasons[0] ? `; ${judgement.reasons[0]}` : "");
  log.info(summaryLine);
  return { report, paths, summaryLine, candidate, baseline };
}

export {
  loadManifestFile,
  resolveSide,
  buildRequest,
  readDataset,
  createTransport,
  endpointFromSurface,
  resolveHeaders,
  callModel,
  resolveSides,
  runShadow
};
