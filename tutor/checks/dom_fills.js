// What linkedom (vendor/linkedom.js) leaves out of a browser, filled in once per
// quickjs context, before dom_harness.js: innerHTML given a number, a <select>'s
// value and selectedIndex, a form's elements/reset()/submit()/requestSubmit(),
// and FormData. Kept here, not in the bundle, so the bundle can be rebuilt as is.
(function () {
  "use strict";
  var parseHTML = globalThis.__tutor_parseHTML;

  // linkedom's <select> has a value to read but none to set, and no selectedIndex:
  // both as in a browser (the option whose value, or else text, matches is selected).
  function selectsTakeAValue(document) {
    var select = document.querySelector("select");
    var proto = select;
    var own = null;
    for (; proto; proto = Object.getPrototypeOf(proto)) {
      own = Object.getOwnPropertyDescriptor(proto, "value");
      if (own) break;
    }
    if (!proto) return;
    function options(el) { return Array.from(el.querySelectorAll("option")); }
    function valueOf(option) {
      var value = option.getAttribute("value");
      return value === null ? option.textContent.trim() : value;
    }
    function pick(el, index) {
      options(el).forEach(function (option, i) {
        if (i === index) option.setAttribute("selected", ""); else option.removeAttribute("selected");
      });
    }
    function chosen(el) {
      var all = options(el);
      var index = all.findIndex(function (option) { return option.hasAttribute("selected"); });
      return index < 0 && all.length && !el.hasAttribute("multiple") ? 0 : index;
    }
    Object.defineProperty(proto, "value", {
      configurable: true, enumerable: own ? own.enumerable : true,
      get: function () { var all = options(this), i = chosen(this); return i < 0 ? "" : valueOf(all[i]); },
      set: function (value) {
        pick(this, options(this).findIndex(function (option) { return valueOf(option) === String(value); }));
      },
    });
    if (!Object.getOwnPropertyDescriptor(proto, "selectedIndex")) {
      Object.defineProperty(proto, "selectedIndex", {
        configurable: true,
        get: function () { return chosen(this); },
        set: function (index) { pick(this, Number(index)); },
      });
    }
  }

  // What a form has in a browser and not in linkedom: elements, reset(), submit(),
  // requestSubmit(). submit() sends the form the old way (no submit event);
  // requestSubmit() is as a click on its button.
  function formsWork(document) {
    var proto = Object.getPrototypeOf(document.querySelector("form"));
    function controls(form) {
      return Array.from(form.querySelectorAll("input, select, textarea, button, fieldset, output"));
    }
    function define(name, spec) {
      if (!(name in proto)) Object.defineProperty(proto, name, Object.assign({configurable: true}, spec));
    }
    define("elements", {get: function () {
      var list = controls(this);
      list.forEach(function (el) {
        var key = el.getAttribute("name") || el.getAttribute("id");
        if (key && !(key in list)) list[key] = el;
      });
      list.namedItem = function (key) { return list[key] || null; };
      return list;
    }});
    define("reset", {value: function () {
      controls(this).forEach(function (el) {
        var type = (el.getAttribute("type") || "").toLowerCase();
        // linkedom keeps a field's value in its attribute, so the value it had before
        // anyone typed is kept when the field is first focused (Page.prototype.focus).
        if ("__tutorDefault" in el && type !== "checkbox" && type !== "radio") {
          el.value = el.__tutorDefault;
        } else if (el.tagName === "TEXTAREA") el.value = el.textContent;
        else if (el.tagName === "SELECT") {
          var all = Array.from(el.querySelectorAll("option"));
          var first = all.findIndex(function (o) { return o.hasAttribute("selected"); });
          el.selectedIndex = first < 0 ? 0 : first;
        } else if (type === "checkbox" || type === "radio") el.checked = el.hasAttribute("checked");
        else if (el.tagName === "INPUT") el.value = el.getAttribute("value") || "";
      });
      this.dispatchEvent(new (globalThis.__tutor_dom.page.window.Event)("reset", {bubbles: true}));
    }});
    define("submit", {value: function () {
      var dom = globalThis.__tutor_dom;
      dom.page.reloads.push(dom.describe(this));
    }});
    define("requestSubmit", {value: function (submitter) {
      globalThis.__tutor_dom.page.submit(this, submitter || null);
    }});
  }

  // new FormData(form): the form's named fields as a browser would send them.
  function FormData(form) {
    if (!(this instanceof FormData)) throw new TypeError("FormData needs new: new FormData(form)");
    this.__pairs = [];
    var pairs = this.__pairs;
    if (!form) return;
    Array.from(form.querySelectorAll("input, select, textarea")).forEach(function (el) {
      var name = el.getAttribute("name");
      var type = (el.getAttribute("type") || "").toLowerCase();
      if (!name || el.disabled || type === "submit" || type === "button" || type === "file") return;
      if ((type === "checkbox" || type === "radio") && !el.checked) return;
      var value = type === "checkbox" || type === "radio" ? (el.getAttribute("value") || "on") : el.value;
      pairs.push([name, String(value === undefined || value === null ? "" : value)]);
    });
  }
  FormData.prototype.append = function (name, value) { this.__pairs.push([String(name), String(value)]); };
  FormData.prototype.set = function (name, value) { this.delete(name); this.append(name, value); };
  FormData.prototype.delete = function (name) {
    this.__pairs = this.__pairs.filter(function (pair) { return pair[0] !== String(name); });
  };
  FormData.prototype.get = function (name) {
    var found = this.__pairs.find(function (pair) { return pair[0] === String(name); });
    return found ? found[1] : null;
  };
  FormData.prototype.getAll = function (name) {
    return this.__pairs.filter(function (p) { return p[0] === String(name); }).map(function (p) { return p[1]; });
  };
  FormData.prototype.has = function (name) { return this.get(name) !== null; };
  FormData.prototype.entries = function () { return this.__pairs.map(function (p) { return p.slice(); })[Symbol.iterator](); };
  FormData.prototype.keys = function () { return this.__pairs.map(function (p) { return p[0]; })[Symbol.iterator](); };
  FormData.prototype.values = function () { return this.__pairs.map(function (p) { return p[1]; })[Symbol.iterator](); };
  FormData.prototype.forEach = function (fn, self) {
    var data = this;
    this.__pairs.slice().forEach(function (p) { fn.call(self, p[1], p[0], data); });
  };
  FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
  FormData.prototype.toString = function () {
    return this.__pairs.map(function (p) { return encodeURIComponent(p[0]) + "=" + encodeURIComponent(p[1]); }).join("&");
  };

  // A browser turns what is given to innerHTML (a number, null) into text first;
  // linkedom expects a string and fails with "not a function". Its classes are
  // shared by every page, so this is done once.
  (function htmlTakesAnyValue() {
    var el = parseHTML("<html><body><p></p></body></html>").document.querySelector("p");
    var asHTML = function (value) { return value === null || value === undefined ? "" : String(value); };
    ["innerHTML", "outerHTML"].forEach(function (name) {
      for (var proto = el; proto; proto = Object.getPrototypeOf(proto)) {
        var own = Object.getOwnPropertyDescriptor(proto, name);
        if (!own || !own.set) continue;
        Object.defineProperty(proto, name, {
          get: own.get, configurable: true, enumerable: own.enumerable,
          set: function (value) { own.set.call(this, asHTML(value)); },
        });
        return;
      }
    });
    selectsTakeAValue(parseHTML("<html><body><select></select></body></html>").document);
    formsWork(parseHTML("<html><body><form></form></body></html>").document);
    for (var proto = el; proto; proto = Object.getPrototypeOf(proto)) {
      if (!Object.prototype.hasOwnProperty.call(proto, "insertAdjacentHTML")) continue;
      var insert = proto.insertAdjacentHTML;
      proto.insertAdjacentHTML = function (where, html) { return insert.call(this, where, asHTML(html)); };
      return;
    }
  })();

  // Every addEventListener a page makes, with where it was made, so a check can say
  // where the listeners are when nothing listens on the element it clicked.
  (function noteListeners() {
    var el = parseHTML("<html><body><p></p></body></html>").document.querySelector("p");
    for (var proto = el; proto; proto = Object.getPrototypeOf(proto)) {
      if (!Object.prototype.hasOwnProperty.call(proto, "addEventListener")) continue;
      var add = proto.addEventListener;
      proto.addEventListener = function (type, listener, options) {
        // A browser ignores a listener that is null or undefined (as from
        // addEventListener("click", save()) when save returns nothing); linkedom
        // would keep it and fail on every such event afterwards.
        if (listener === null || listener === undefined) return undefined;
        var page = globalThis.__tutor_dom && globalThis.__tutor_dom.page;
        if (page && page.listens) {
          page.listens.push({target: this, type: String(type), stack: new Error().stack});
        }
        return add.call(this, type, listener, options);
      };
      return;
    }
  })();

  // A script's el.focus() and el.blur() move the cursor as a person's click does, so
  // document.activeElement follows them (linkedom's are empty). As in a browser, only
  // an element that can take the cursor does: a field, a button, a link with href, or
  // one with a tabindex; focus() on a hidden element does nothing.
  (function focusMovesTheCursor() {
    var sample = parseHTML("<html><body><p></p><input><button></button><select></select>" +
      "<textarea></textarea><a></a></body></html>").document.body.children;
    function canTakeFocus(node) {
      if (node.disabled || node.closest("[hidden]")) return false;
      if (node.hasAttribute("tabindex")) return true;
      if (node.tagName === "A") return node.hasAttribute("href");
      return /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(node.tagName);
    }
    function focus() {
      var page = globalThis.__tutor_dom && globalThis.__tutor_dom.page;
      if (page && canTakeFocus(this)) page.focus(this);
    }
    function blur() {
      var page = globalThis.__tutor_dom && globalThis.__tutor_dom.page;
      if (page && page.focused === this) page.blur();
    }
    // linkedom defines them on more than one class (blur on a form control's too).
    Array.from(sample).forEach(function (el) {
      for (var proto = el; proto; proto = Object.getPrototypeOf(proto)) {
        if (Object.prototype.hasOwnProperty.call(proto, "focus")) proto.focus = focus;
        if (Object.prototype.hasOwnProperty.call(proto, "blur")) proto.blur = blur;
      }
    });
  })();

  globalThis.__tutor_FormData = FormData;
})();
