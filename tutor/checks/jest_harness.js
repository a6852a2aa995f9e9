// Jest's API for tests written in JavaScript, run in quickjs by jstest.py.
// Every function is named __tutor_* so error lines skip it and name the test's
// or the learner's line. Evaluated after __tutor_deep_equal (deep-eql).
(function __tutor_jest_setup() {
  var tests = [];
  var root = {name: "", parent: null, before: [], after: [], beforeAll: [], afterAll: [],
              started: false, left: 0};
  var suite = root;
  var has = Object.prototype.hasOwnProperty;

  function __tutor_line() {
    // The line of the caller in the combined script; jstest.py maps it to a file.
    var lines = String(new Error().stack).split("\n");
    for (var i = 0; i < lines.length; i++) {
      var m = /at (\S+) \(?<input>:(\d+)/.exec(lines[i]);
      if (m && m[1].indexOf("__tutor") !== 0) return Number(m[2]);
    }
    return null;
  }
  function __tutor_add(name, fn, mode) {
    tests.push({name: String(name), fn: fn, mode: mode, suite: suite, line: __tutor_line()});
  }
  function __tutor_test(name, fn) { __tutor_add(name, fn, "run"); }
  __tutor_test.skip = function __tutor_skip(name, fn) { __tutor_add(name, fn, "skip"); };
  __tutor_test.only = function __tutor_only(name, fn) { __tutor_add(name, fn, "only"); };
  __tutor_test.todo = function __tutor_todo(name) { __tutor_add(name, null, "skip"); };
  function __tutor_describe(name, body, mode) {
    var parent = suite;
    suite = {name: String(name), parent: parent, before: [], after: [], beforeAll: [],
             afterAll: [], started: false, left: 0, mode: mode || parent.mode};
    try { body(); } finally { suite = parent; }
  }
  function describe(name, body) { __tutor_describe(name, body); }
  describe.skip = function __tutor_xdescribe(name, body) { __tutor_describe(name, body, "skip"); };
  describe.only = function __tutor_odescribe(name, body) { __tutor_describe(name, body, "only"); };
  function __tutor_hook(kind) {
    return function __tutor_hook_add(fn) { suite[kind].push(fn); };
  }

  // ---- values as Jest shows them ----
  function __tutor_fmt(value, depth) {
    depth = depth || 0;
    if (typeof value === "string") return JSON.stringify(value);
    if (value === undefined) return "undefined";
    if (typeof value === "function") return "[Function " + (value.name || "anonymous") + "]";
    if (typeof value === "bigint") return value + "n";
    if (typeof value === "symbol") return String(value);
    if (value === null || typeof value !== "object") return Object.is(value, -0) ? "-0" : String(value);
    if (value instanceof Error) return "[" + value.name + ": " + value.message + "]";
    if (value instanceof RegExp) return String(value);
    if (depth > 3) return Array.isArray(value) ? "[Array]" : "[Object]";
    if (Array.isArray(value)) {
      return "[" + value.map(function (v) { return __tutor_fmt(v, depth + 1); }).join(", ") + "]";
    }
    var keys = Object.keys(value);
    var name = value.constructor && value.constructor !== Object ? value.constructor.name + " " : "";
    return name + "{" + keys.map(function (k) {
      return JSON.stringify(k) + ": " + __tutor_fmt(value[k], depth + 1);
    }).join(", ") + "}";
  }

  function JestAssertionError(message, expected, received, showExpected) {
    var error = new Error(message);
    error.name = "JestAssertionError";
    error.__tutor_matcher = {expected: expected, received: received, show: showExpected};
    return error;
  }

  function __tutor_strip_undefined(value) {
    if (Array.isArray(value)) return value.map(__tutor_strip_undefined);
    if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      var out = {};
      Object.keys(value).forEach(function (k) {
        if (value[k] !== undefined) out[k] = __tutor_strip_undefined(value[k]);
      });
      return out;
    }
    return value;
  }
  function __tutor_equal(a, b) {
    return __tutor_deep_equal(__tutor_strip_undefined(a), __tutor_strip_undefined(b));
  }
  function __tutor_strict_equal(a, b) {
    if (!__tutor_deep_equal(a, b)) return false;
    if (a && b && typeof a === "object") {
      if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
      return Object.keys(a).every(function (k) { return __tutor_strict_equal(a[k], b[k]); });
    }
    return true;
  }

  function __tutor_thrown(received, fromRejects) {
    if (fromRejects) return {thrown: true, value: received};
    if (typeof received !== "function") {
      throw JestAssertionError("expect(received).toThrow()\n\nReceived value must be a function: " +
        "write expect(() => yourCode()).toThrow()", undefined, received, false);
    }
    try { received(); } catch (e) { return {thrown: true, value: e}; }
    return {thrown: false};
  }
  function __tutor_is_mock(fn) { return typeof fn === "function" && fn.mock && fn._isMockFunction; }

  // Each matcher returns [pass, expectedForMessage, extra]; messages follow Jest's shape.
  var matchers = {
    toBe: function (r, e) { return [Object.is(r, e), e]; },
    toEqual: function (r, e) { return [__tutor_equal(r, e), e]; },
    toStrictEqual: function (r, e) { return [__tutor_strict_equal(r, e), e]; },
    toContain: function (r, e) {
      return [r != null && typeof r.indexOf === "function" && r.indexOf(e) >= 0, e];
    },
    toContainEqual: function (r, e) {
      return [Array.isArray(r) && r.some(function (x) { return __tutor_equal(x, e); }), e];
    },
    toHaveLength: function (r, e) { return [r != null && r.length === e, e, "length: " + (r == null ? r : r.length)]; },
    toBeTruthy: function (r) { return [!!r]; },
    toBeFalsy: function (r) { return [!r]; },
    toBeNull: function (r) { return [r === null, null]; },
    toBeUndefined: function (r) { return [r === undefined, undefined]; },
    toBeDefined: function (r) { return [r !== undefined]; },
    toBeNaN: function (r) { return [Number.isNaN(r)]; },
    toBeInstanceOf: function (r, e) { return [r instanceof e, e]; },
    toMatch: function (r, e) {
      return [typeof r === "string" && (e instanceof RegExp ? e.test(r) : r.indexOf(e) >= 0), e];
    },
    toBeGreaterThan: function (r, e) { return [r > e, e]; },
    toBeGreaterThanOrEqual: function (r, e) { return [r >= e, e]; },
    toBeLessThan: function (r, e) { return [r < e, e]; },
    toBeLessThanOrEqual: function (r, e) { return [r <= e, e]; },
    toBeCloseTo: function (r, e, digits) {
      digits = digits === undefined ? 2 : digits;
      return [Math.abs(r - e) < Math.pow(10, -digits) / 2, e];
    },
    toHaveProperty: function (r, path, value) {
      var keys = Array.isArray(path) ? path : String(path).split("."), here = r;
      for (var i = 0; i < keys.length; i++) {
        if (here == null || !(keys[i] in Object(here))) return [false, path];
        here = here[keys[i]];
      }
      return [arguments.length < 3 || __tutor_equal(here, value), arguments.length < 3 ? path : value];
    },
    toThrow: function (r, e) {
      var got = __tutor_thrown(r, this.rejects);
      if (!got.thrown) return [false, e, "Received function did not throw"];
      var error = got.value, message = error && error.message !== undefined ? error.message : error;
      var ok = e === undefined ? true
        : typeof e === "string" ? String(message).indexOf(e) >= 0
        : e instanceof RegExp ? e.test(String(message))
        : typeof e === "function" ? error instanceof e
        : e instanceof Error ? message === e.message : __tutor_equal(error, e);
      return [ok, e, "Received message: " + __tutor_fmt(message)];
    },
    toHaveBeenCalled: function (r) { return [__tutor_calls(r).length > 0, undefined, "Number of calls: " + __tutor_calls(r).length]; },
    toHaveBeenCalledTimes: function (r, e) { return [__tutor_calls(r).length === e, e, "Number of calls: " + __tutor_calls(r).length]; },
    toHaveBeenCalledWith: function (r) {
      var args = Array.prototype.slice.call(arguments, 1, arguments.length);
      var calls = __tutor_calls(r);
      return [calls.some(function (c) { return __tutor_equal(c, args); }), args,
              "Calls: " + (calls.length ? calls.map(function (c) { return __tutor_fmt(c); }).join(", ") : "none")];
    },
    toHaveBeenLastCalledWith: function (r) {
      var args = Array.prototype.slice.call(arguments, 1), calls = __tutor_calls(r);
      return [calls.length > 0 && __tutor_equal(calls[calls.length - 1], args), args];
    },
  };
  matchers.toThrowError = matchers.toThrow;
  matchers.toBeCalled = matchers.toHaveBeenCalled;
  matchers.toBeCalledWith = matchers.toHaveBeenCalledWith;
  function __tutor_calls(fn) {
    if (!__tutor_is_mock(fn)) {
      throw JestAssertionError("expect(received).toHaveBeenCalled()\n\nReceived value must be a " +
        "mock function made with jest.fn()", undefined, fn, false);
    }
    return fn.mock.calls;
  }
  var NO_EXPECTED = {toBeTruthy: 1, toBeFalsy: 1, toBeDefined: 1, toBeNaN: 1, toHaveBeenCalled: 1};

  function __tutor_matchers(received, not, via) {
    var api = {};
    Object.keys(matchers).forEach(function (name) {
      api[name] = function __tutor_match() {
        var args = Array.prototype.slice.call(arguments);
        var out = matchers[name].apply({rejects: via === "rejects"}, [received].concat(args));
        if (out[0] === !not) return;
        var bare = NO_EXPECTED[name] || !args.length;
        var head = "expect(received)." + (via ? via + "." : "") + (not ? "not." : "") + name +
          "(" + (bare ? "" : "expected") + ")";
        var body = bare ? "\n"
          : "\n\nExpected: " + (not ? "not " : "") + __tutor_fmt(out[1]);
        var shown = name.indexOf("Called") >= 0 || name.indexOf("toThrow") === 0 ? "" :
          "\nReceived: " + __tutor_fmt(received);
        throw JestAssertionError(head + body + shown + (out[2] ? "\n" + out[2] : ""),
                                 out[1], received, !bare);
      };
    });
    return api;
  }
  function expect(received) {
    var api = __tutor_matchers(received, false);
    api.not = __tutor_matchers(received, true);
    api.resolves = __tutor_later(received, "resolves", false);
    api.resolves.not = __tutor_later(received, "resolves", true);
    api.rejects = __tutor_later(received, "rejects", false);
    api.rejects.not = __tutor_later(received, "rejects", true);
    return api;
  }
  function __tutor_later(promise, via, not) {
    var api = {};
    Object.keys(matchers).forEach(function (name) {
      api[name] = function __tutor_match_later() {
        var args = arguments;
        return Promise.resolve(promise).then(function __tutor_resolved(value) {
          if (via === "rejects") {
            throw JestAssertionError("expect(received).rejects." + name + "()\n\nReceived " +
              "promise resolved instead of rejected\nResolved to value: " + __tutor_fmt(value),
              undefined, value, false);
          }
          var m = __tutor_matchers(value, not, via);
          return m[name].apply(null, args);
        }, function __tutor_rejected(error) {
          if (via === "resolves") {
            throw JestAssertionError("expect(received).resolves." + name + "()\n\nReceived " +
              "promise rejected instead of resolved\nRejected to value: " + __tutor_fmt(error),
              undefined, error, false);
          }
          var m = __tutor_matchers(error, not, via);
          return m[name].apply(null, args);
        });
      };
    });
    return api;
  }

  // ---- jest.fn ----
  function __tutor_mock(impl) {
    var once = [], fallback = impl;
    function mock() {
      var args = Array.prototype.slice.call(arguments);
      mock.mock.calls.push(args);
      var use = once.length ? once.shift() : fallback;
      try {
        var value = use ? use.apply(this, args) : undefined;
        mock.mock.results.push({type: "return", value: value});
        return value;
      } catch (e) {
        mock.mock.results.push({type: "throw", value: e});
        throw e;
      }
    }
    mock._isMockFunction = true;
    mock.mock = {calls: [], results: []};
    mock.mockImplementation = function (f) { fallback = f; return mock; };
    mock.mockImplementationOnce = function (f) { once.push(f); return mock; };
    mock.mockReturnValue = function (v) { fallback = function () { return v; }; return mock; };
    mock.mockReturnValueOnce = function (v) { once.push(function () { return v; }); return mock; };
    mock.mockResolvedValue = function (v) { fallback = function () { return Promise.resolve(v); }; return mock; };
    mock.mockRejectedValue = function (v) { fallback = function () { return Promise.reject(v); }; return mock; };
    mock.mockClear = function () { mock.mock.calls = []; mock.mock.results = []; return mock; };
    mock.mockReset = function () { mock.mockClear(); fallback = undefined; once = []; return mock; };
    return mock;
  }
  var jest = {fn: __tutor_mock, spyOn: function __tutor_spy(object, method) {
    var original = object[method];
    var spy = __tutor_mock(function () { return original.apply(this, arguments); });
    spy.mockRestore = function () { object[method] = original; };
    object[method] = spy;
    return spy;
  }};

  // ---- running one test (jstest.py drives the promise jobs) ----
  function __tutor_chain(s) { var out = []; for (; s; s = s.parent) out.unshift(s); return out; }
  function __tutor_title(t) {
    return __tutor_chain(t.suite).map(function (s) { return s.name; })
      .concat([t.name]).filter(Boolean).join(" > ");
  }
  function __tutor_list() {
    var only = tests.some(function (t) { return t.mode === "only" || t.suite.mode === "only"; });
    return tests.map(function (t, id) {
      var skip = t.mode === "skip" || t.suite.mode === "skip" || !t.fn ||
        (only && t.mode !== "only" && t.suite.mode !== "only");
      t.skip = skip;
      if (!skip) __tutor_chain(t.suite).forEach(function (s) { s.left++; });
      return {id: id, name: __tutor_title(t), skip: skip, line: t.line};
    });
  }
  async function __tutor_run_test(t) {
    var chain = __tutor_chain(t.suite);
    for (var i = 0; i < chain.length; i++) {
      if (!chain[i].started) {
        chain[i].started = true;
        for (var a = 0; a < chain[i].beforeAll.length; a++) await chain[i].beforeAll[a]();
      }
    }
    try {
      for (var b = 0; b < chain.length; b++) {
        for (var h = 0; h < chain[b].before.length; h++) await chain[b].before[h]();
      }
      await t.fn();
    } finally {
      for (var c = chain.length - 1; c >= 0; c--) {
        for (var k = 0; k < chain[c].after.length; k++) await chain[c].after[k]();
        if (--chain[c].left === 0) {
          for (var z = 0; z < chain[c].afterAll.length; z++) await chain[c].afterAll[z]();
        }
      }
    }
  }
  var state = {};
  function __tutor_start(id) {
    state = {done: false};
    __tutor_run_test(tests[id]).then(function __tutor_ok() { state = {done: true, pass: true}; },
      function __tutor_failed(error) {
        var matcher = error && error.__tutor_matcher;
        state = {done: true, pass: false,
                 message: error && error.message !== undefined ? String(error.message) : String(error),
                 name: error && error.name ? String(error.name) : "Error",
                 stack: error && error.stack ? String(error.stack) : "",
                 matcher: !!matcher,
                 expected: matcher && matcher.show ? __tutor_fmt(matcher.expected) : null,
                 received: matcher ? __tutor_fmt(matcher.received) : null};
      });
  }
  globalThis.__tutor_jest = {
    list: function __tutor_list_json() { return JSON.stringify(__tutor_list()); },
    start: __tutor_start,
    state: function __tutor_state() { return JSON.stringify(state); },
  };
  globalThis.__tutor_jest_api = {
    describe: describe, test: __tutor_test, it: __tutor_test, xtest: __tutor_test.skip,
    xit: __tutor_test.skip, xdescribe: describe.skip, fit: __tutor_test.only,
    beforeEach: __tutor_hook("before"), afterEach: __tutor_hook("after"),
    beforeAll: __tutor_hook("beforeAll"), afterAll: __tutor_hook("afterAll"),
    expect: expect, jest: jest,
  };
  Object.assign(globalThis, globalThis.__tutor_jest_api);
})();
