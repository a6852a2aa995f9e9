// The browser around a learner's page, for the DOM checks (tutor/checks/dom.py).
//
// linkedom (vendor/linkedom.js) gives document and window; this file adds what a
// page's scripts expect of a browser and what a check needs to drive it:
// events as a person makes them (click, typing, Enter, submit, focus), timers on
// a virtual clock the check advances, fresh localStorage and sessionStorage,
// fetch answered by the check (the host serves the queued requests between
// promise jobs: quickjs cannot call the host while a time limit is set), a
// console that is recorded, alert/confirm/prompt recorded and answered.
//
// One quickjs context holds the library (loading it costs ~45 ms, so it is
// loaded once and inherited by forked checks); each page gets its own window,
// document, storage and clock, and its scripts run inside one function made for
// that page, so top-level names of one page never meet another's.
(function () {
  "use strict";
  var parseHTML = globalThis.__tutor_parseHTML;
  var SLOT_LINES = 10000;

  function show(value) {
    if (typeof value === "string") return value;
    if (value === undefined) return "undefined";
    if (typeof value === "function") return "[Function]";
    if (value && typeof value === "object" && typeof value.outerHTML === "string") {
      return value.outerHTML;
    }
    if (typeof value === "object" && value !== null && !(value instanceof Error)) {
      try { return JSON.stringify(value); } catch (e) { return String(value); }
    }
    return String(value);
  }

  function makeStorage() {
    var data = new Map();
    return {
      getItem: function (key) { key = String(key); return data.has(key) ? data.get(key) : null; },
      setItem: function (key, value) { data.set(String(key), String(value)); },
      removeItem: function (key) { data.delete(String(key)); },
      clear: function () { data.clear(); },
      key: function (index) { var keys = Array.from(data.keys()); return index < keys.length ? keys[index] : null; },
      get length() { return data.size; },
      __entries: function () { return Object.fromEntries(data); },
      __fill: function (entries) { Object.keys(entries).forEach(function (k) { data.set(k, String(entries[k])); }); },
    };
  }

  function eventClasses(window) {
    var Base = window.Event;
    function subclass(name, fields) {
      if (typeof window[name] === "function") return window[name];
      var Made = class extends Base {
        constructor(type, init) {
          super(type, init);
          init = init || {};
          for (var key in fields) this[key] = key in init ? init[key] : fields[key];
        }
      };
      Object.defineProperty(Made, "name", {value: name});
      window[name] = Made;
      return Made;
    }
    var modifiers = {ctrlKey: false, shiftKey: false, altKey: false, metaKey: false};
    subclass("UIEvent", {detail: 0});
    subclass("MouseEvent", Object.assign({button: 0, clientX: 0, clientY: 0}, modifiers));
    subclass("KeyboardEvent", Object.assign({key: "", code: "", repeat: false}, modifiers));
    subclass("FocusEvent", {relatedTarget: null});
    subclass("SubmitEvent", {submitter: null});
    subclass("InputEvent", {data: null, inputType: "insertText"});
  }

  function isFormControl(el) {
    return el && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName);
  }

  function formOf(el) {
    return el && typeof el.closest === "function" ? el.closest("form") : null;
  }

  function submitsForm(el) {
    if (!formOf(el)) return false;
    var type = (el.getAttribute("type") || "").toLowerCase();
    if (el.tagName === "BUTTON") return type === "" || type === "submit";
    return el.tagName === "INPUT" && (type === "submit" || type === "image");
  }

  function Page(html, url) {
    var parsed = parseHTML(html);
    var window = parsed.window;
    var document = parsed.document;
    var page = this;
    this.window = window;
    this.document = document;
    this.console = [];
    this.alerts = [];
    this.answers = {confirm: [], prompt: []};
    this.fetchQueue = [];
    this.fetches = new Map();
    this.fetchLog = [];
    this.nextFetch = 1;
    this.reloads = [];
    this.focused = null;
    this.valueAtFocus = null;
    this.inlineSlots = {}; // slot number -> the inline handler's code, for error lines
    this.listens = []; // every addEventListener: {target, type, stack} (dom_fills.js)
    this.nextSlot = 1;
    this.local = makeStorage();
    this.session = makeStorage();
    this.clock = {now: 0, nextId: 1, timers: new Map(), nesting: 0, lastStack: ""};
    this.lastFetchStack = "";
    this.compile = null; // set by the page's own function once its scripts ran
    eventClasses(window);

    var log = function () {
      page.console.push(Array.prototype.map.call(arguments, show).join(" "));
    };
    this.consoleObject = {log: log, info: log, warn: log, error: log, debug: log, table: log};
    Object.defineProperty(document, "activeElement", {
      get: function () { return page.focused || document.body; }, configurable: true,
    });
    var addTimer = function (repeat) {
      return function (fn, delay) {
        if (typeof fn !== "function") {
          throw new TypeError("setTimeout and setInterval need a function to call, not " + typeof fn);
        }
        var args = Array.prototype.slice.call(arguments, 2);
        var wait = Math.max(0, Number(delay) || 0);
        // As in a browser: a timer set from a timer five deep waits at least 4 ms, so
        // one that sets itself again with no wait still lets the clock move.
        var nesting = page.clock.nesting + 1;
        if (nesting > 5 && wait < 4) wait = 4;
        var id = page.clock.nextId++;
        page.clock.timers.set(id, {
          fn: fn, at: page.clock.now + wait, every: repeat ? Math.max(1, wait) : 0, args: args,
          order: id, nesting: nesting, stack: new Error().stack, // where it was set, for errors
        });
        return id;
      };
    };
    var clearTimer = function (id) { page.clock.timers.delete(id); };
    this.names = {
      window: window,
      document: document,
      self: window,
      console: this.consoleObject,
      localStorage: this.local,
      sessionStorage: this.session,
      setTimeout: addTimer(false),
      setInterval: addTimer(true),
      clearTimeout: clearTimer,
      clearInterval: clearTimer,
      requestAnimationFrame: function (fn) { return addTimer(false)(function () { fn(page.clock.now); }, 16); },
      cancelAnimationFrame: clearTimer,
      fetch: function (input, init) { return page.fetch(input, init); },
      alert: function (message) { page.alerts.push(show(message === undefined ? "" : message)); },
      confirm: function (message) {
        page.alerts.push(show(message === undefined ? "" : message));
        return page.answers.confirm.length ? page.answers.confirm.shift() : true;
      },
      prompt: function (message) {
        page.alerts.push(show(message === undefined ? "" : message));
        return page.answers.prompt.length ? page.answers.prompt.shift() : null;
      },
      location: {href: url, pathname: "/" + url, search: "", hash: "", reload: function () { page.reloads.push("location.reload()"); }},
      navigator: {userAgent: "tutor", language: "en"},
      performance: {now: function () { return page.clock.now; }},
      FormData: globalThis.__tutor_FormData,
    };
    ["Event", "CustomEvent", "UIEvent", "MouseEvent", "KeyboardEvent", "FocusEvent",
     "SubmitEvent", "InputEvent", "HTMLElement", "Node", "Element", "DocumentFragment",
     "HTMLInputElement", "HTMLFormElement", "HTMLButtonElement", "Text"].forEach(function (name) {
      if (window[name] !== undefined) page.names[name] = window[name];
    });
    Object.keys(this.names).forEach(function (name) {
      if (name !== "window" && name !== "document" && window[name] === undefined) {
        try { window[name] = page.names[name]; } catch (e) { /* read-only in linkedom */ }
      }
    });
  }

  // --- fetch: queued here, answered by the host ---------------------------------

  function headerMap(headers) {
    var map = {};
    if (!headers) return map;
    if (typeof headers.forEach === "function" && !Array.isArray(headers)) {
      headers.forEach(function (value, key) { map[String(key).toLowerCase()] = String(value); });
    } else if (Array.isArray(headers)) {
      headers.forEach(function (pair) { map[String(pair[0]).toLowerCase()] = String(pair[1]); });
    } else {
      Object.keys(headers).forEach(function (key) { map[key.toLowerCase()] = String(headers[key]); });
    }
    return map;
  }

  Page.prototype.fetch = function (input, init) {
    var page = this;
    init = init || {};
    var url = typeof input === "string" ? input : String((input && input.url) || input);
    var body = init.body === undefined || init.body === null ? null : init.body;
    if (body !== null && typeof body !== "string") {
      body = typeof body.toString === "function" ? body.toString() : String(body);
    }
    var request = {
      id: this.nextFetch++, url: url, method: String(init.method || "GET").toUpperCase(),
      headers: headerMap(init.headers), body: body,
    };
    this.fetchLog.push(request);
    this.lastFetchStack = new Error().stack; // where, if the page fetches without end
    return new Promise(function (resolve, reject) {
      page.fetches.set(request.id, {resolve: resolve, reject: reject, url: url});
      page.fetchQueue.push(request);
    });
  };

  function makeResponse(status, headers, body, url) {
    var used = false;
    function read() {
      if (used) return Promise.reject(new TypeError("Body has already been read: call .json() or .text() once"));
      used = true;
      return Promise.resolve(body);
    }
    return {
      ok: status >= 200 && status < 300, status: status, url: url, redirected: false,
      statusText: String(status),
      headers: {
        get: function (name) { var v = headers[String(name).toLowerCase()]; return v === undefined ? null : v; },
        has: function (name) { return String(name).toLowerCase() in headers; },
      },
      text: read,
      json: function () {
        return read().then(function (text) {
          try { return JSON.parse(text); } catch (e) {
            throw new SyntaxError("the answer from " + url + " is not JSON: " + String(text).slice(0, 60));
          }
        });
      },
    };
  }

  Page.prototype.takeFetches = function () {
    var queued = this.fetchQueue;
    this.fetchQueue = [];
    return JSON.stringify(queued);
  };

  Page.prototype.answerFetch = function (id, status, headers, body) {
    var waiting = this.fetches.get(id);
    if (!waiting) return;
    this.fetches.delete(id);
    waiting.resolve(makeResponse(status, headerMap(headers), body, waiting.url));
  };

  Page.prototype.failFetch = function (id, message) {
    var waiting = this.fetches.get(id);
    if (!waiting) return;
    this.fetches.delete(id);
    waiting.reject(new TypeError(message));
  };

  // A slow server (browser(fetch_delay=...)): the answer arrives `wait` ms from now,
  // as a task on the page's clock, so the page waits as it would for a network.
  Page.prototype.answerLater = function (wait, id, status, headers, body) {
    var page = this;
    var timerId = this.clock.nextId++;
    this.clock.timers.set(timerId, {
      fn: function () {
        if (status === null) page.failFetch(id, body);
        else page.answerFetch(id, status, headers, body);
      },
      at: this.clock.now + wait, every: 0, args: [], order: timerId, nesting: 0,
      stack: this.lastFetchStack,
    });
  };

  // --- timers on a virtual clock -----------------------------------------------

  // Runs the earliest timer due by `until`; the host runs promise jobs between
  // calls, as a browser does between tasks. false once none is due (the clock
  // then stands at `until`).
  Page.prototype.runNextTimer = function (until) {
    var next = null;
    this.clock.timers.forEach(function (timer, id) {
      if (timer.at <= until && (!next || timer.at < next.timer.at ||
          (timer.at === next.timer.at && timer.order < next.timer.order))) {
        next = {id: id, timer: timer};
      }
    });
    if (!next) {
      this.clock.now = Math.max(this.clock.now, until);
      return false;
    }
    this.clock.now = Math.max(this.clock.now, next.timer.at);
    if (next.timer.every) {
      next.timer.at += next.timer.every;
      next.timer.order = this.clock.nextId++;
    } else {
      this.clock.timers.delete(next.id);
    }
    this.clock.lastStack = next.timer.stack;
    var outer = this.clock.nesting;
    this.clock.nesting = next.timer.nesting;
    try {
      next.timer.fn.apply(this.window, next.timer.args);
    } finally {
      this.clock.nesting = outer;
    }
    return true;
  };

  // --- events, as a person makes them --------------------------------------------

  // Inline handlers (onclick="...") on the event's path are compiled in the
  // page's scope the first time an event reaches them, so ones added later by
  // innerHTML work as in a browser.
  Page.prototype.prepareInline = function (target, type) {
    for (var el = target; el && el.getAttribute; el = el.parentNode) {
      var code = el.getAttribute("on" + type);
      var key = type;
      if (code === null || !this.compile) continue;
      var seen = el.__tutorInline || (el.__tutorInline = {});
      if (seen[key] === code) continue;
      if (seen[key] !== undefined && seen[key + "Listener"]) {
        el.removeEventListener(type, seen[key + "Listener"]);
      }
      var handler = this.compile(code, el);
      var listener = (function (fn, node) {
        return function (event) {
          if (fn.call(node, event) === false) event.preventDefault();
        };
      })(handler, el);
      seen[key] = code;
      seen[key + "Listener"] = listener;
      el.addEventListener(type, listener);
    }
  };

  Page.prototype.fire = function (target, type, Cls, init) {
    this.prepareInline(target, type);
    var Made = this.window[Cls] || this.window.Event;
    var event = new Made(type, Object.assign({bubbles: true, cancelable: true}, init || {}));
    target.dispatchEvent(event);
    return event;
  };

  Page.prototype.focus = function (el) {
    if (this.focused === el) return;
    if (!("__tutorDefault" in el) && "value" in el && el.tagName !== "SELECT") el.__tutorDefault = el.value;
    this.blur();
    this.focused = el;
    this.valueAtFocus = "value" in el ? el.value : null;
    this.fire(el, "focus", "FocusEvent", {bubbles: false, cancelable: false});
    this.fire(el, "focusin", "FocusEvent", {cancelable: false});
  };

  Page.prototype.blur = function () {
    var el = this.focused;
    if (!el) return;
    if ("value" in el && el.value !== this.valueAtFocus && el.tagName !== "SELECT") {
      this.fire(el, "change", "Event", {cancelable: false});
    }
    this.focused = null;
    this.fire(el, "blur", "FocusEvent", {bubbles: false, cancelable: false});
    this.fire(el, "focusout", "FocusEvent", {cancelable: false});
  };

  Page.prototype.submit = function (form, submitter) {
    var event = this.fire(form, "submit", "SubmitEvent", {submitter: submitter || null});
    if (!event.defaultPrevented) this.reloads.push(describe(form));
    return event.defaultPrevented;
  };

  Page.prototype.click = function (el) {
    if (el.disabled) return "disabled";
    if (isFormControl(el) || el.tagName === "A") this.focus(el);
    var type = (el.getAttribute("type") || "").toLowerCase();
    var toggles = el.tagName === "INPUT" && (type === "checkbox" || type === "radio");
    var before = toggles ? el.checked : null;
    if (toggles) el.checked = type === "radio" ? true : !el.checked;
    var event = this.fire(el, "click", "MouseEvent");
    if (toggles && event.defaultPrevented) {
      el.checked = before;
    } else if (toggles && before !== el.checked) {
      this.fire(el, "input", "InputEvent", {cancelable: false});
      this.fire(el, "change", "Event", {cancelable: false});
    }
    if (!event.defaultPrevented && submitsForm(el)) this.submit(formOf(el), el);
    return "clicked";
  };

  Page.prototype.key = function (el, key) {
    this.focus(el);
    var down = this.fire(el, "keydown", "KeyboardEvent", {key: key, code: key});
    if (!down.defaultPrevented) this.fire(el, "keypress", "KeyboardEvent", {key: key, code: key});
    this.fire(el, "keyup", "KeyboardEvent", {key: key, code: key});
    return down.defaultPrevented;
  };

  Page.prototype.type = function (el, text) {
    this.focus(el);
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      var down = this.fire(el, "keydown", "KeyboardEvent", {key: ch, code: ch});
      if (!down.defaultPrevented) {
        el.value = String(el.value === undefined || el.value === null ? "" : el.value) + ch;
        this.fire(el, "input", "InputEvent", {data: ch, cancelable: false});
      }
      this.fire(el, "keyup", "KeyboardEvent", {key: ch, code: ch});
    }
  };

  // Enter in a text field submits its form, as browsers do.
  Page.prototype.enter = function (el) {
    var prevented = this.key(el, "Enter");
    var form = formOf(el);
    if (!prevented && form && el.tagName === "INPUT") {
      var submitter = Array.from(form.querySelectorAll("button, input")).find(submitsForm) || null;
      this.submit(form, submitter);
    }
  };

  Page.prototype.choose = function (el, value) {
    this.focus(el);
    if (el.tagName !== "SELECT") el.value = value;
    Array.from(el.querySelectorAll("option")).forEach(function (option) {
      var matches = option.getAttribute("value") === value ||
        (option.getAttribute("value") === null && option.textContent.trim() === value);
      if (matches) option.setAttribute("selected", ""); else option.removeAttribute("selected");
    });
    this.fire(el, "input", "InputEvent", {cancelable: false});
    this.fire(el, "change", "Event", {cancelable: false});
  };

  // Whether a `type` event on el reaches a listener: on el or, as events bubble, on
  // an element around it (addEventListener, an on... property or attribute).
  Page.prototype.listensOn = function (el, type) {
    var listens = this.listens;
    for (var node = el; node; node = node.parentNode) {
      var mine = listens.some(function (l) { return l.target === node && l.type === type; });
      if (mine || typeof node["on" + type] === "function") return true;
      if (node.getAttribute && node.getAttribute("on" + type) !== null) return true;
    }
    return listens.some(function (l) { return l.target === this.window && l.type === type; }, this);
  };

  Page.prototype.listeners = function (type) {
    return JSON.stringify(this.listens.filter(function (l) { return l.type === type; })
      .map(function (l) { return {on: describe(l.target), stack: String(l.stack || "")}; }));
  };

  function describe(el) {
    if (el && el.nodeType === 9) return "document";
    if (!el || !el.tagName) return el && el.document ? "window" : String(el);
    var name = el.tagName.toLowerCase();
    if (el.id) return name + "#" + el.id;
    var cls = el.getAttribute && el.getAttribute("class");
    return cls ? name + "." + cls.trim().split(/\s+/).join(".") : name;
  }

  // The scripts of the page, in the order a browser runs them.
  Page.prototype.scripts = function () {
    var now = [];
    var later = [];
    Array.from(this.document.querySelectorAll("script")).forEach(function (script, index) {
      var type = (script.getAttribute("type") || "").toLowerCase();
      var entry = {
        index: index, src: script.getAttribute("src"), text: script.textContent,
        module: type === "module", deferred: script.hasAttribute("defer") || type === "module",
        line: script.__tutorLine || 0,
      };
      if (type && type !== "module" && !/(java|ecma)script/.test(type)) return;
      (entry.deferred && entry.src !== null) || entry.module ? later.push(entry) : now.push(entry);
    });
    return JSON.stringify(now.concat(later));
  };

  // Calls the page's own function (made by dom.py) with the page's globals.
  Page.prototype.run = function (fn, names) {
    var page = this;
    var args = names.map(function (name) { return page.names[name]; });
    args.push(this);
    fn.apply(this.window, args);
  };

  Page.prototype.loaded = function () {
    this.fire(this.document, "DOMContentLoaded", "Event", {cancelable: false});
    this.prepareInline(this.document.body, "load");
    var load = new this.window.Event("load");
    if (typeof this.window.onload === "function") this.window.onload(load);
    this.window.dispatchEvent(load);
  };

  Page.prototype.storage = function (which) {
    return JSON.stringify((which === "session" ? this.session : this.local).__entries());
  };

  var tutorDom = {
    SLOT_LINES: SLOT_LINES,
    page: null,
    open: function (html, url, local, session) {
      var page = new Page(html, url);
      page.local.__fill(local || {});
      page.session.__fill(session || {});
      tutorDom.page = page;
      return page;
    },
    describe: describe,
    show: show,
  };
  globalThis.__tutor_dom = tutorDom;
})();
