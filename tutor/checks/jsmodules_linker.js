// Rewrites one ES module into a function body for the module registry
// (jsmodules.py), keeping every line where it was so stack lines map back.
// Runs in a quickjs context of its own that has acorn loaded.
globalThis.__tutor_link = function (source) {
  var ast = __tutor_acorn_parse(source, {ecmaVersion: "latest", sourceType: "module",
                                         allowHashBang: true, locations: true});
  var edits = [];  // [start, end, text]
  var getters = [];  // [exportedName, expression]
  var imports = [];
  var count = 0;
  function keepLines(start, end, text) {
    var lines = source.slice(start, end).split("\n").length - 1;
    edits.push([start, end, text + "\n".repeat(lines)]);
  }
  function need(spec) {
    if (imports.indexOf(spec) < 0) imports.push(spec);
    return "__tutor_import(" + JSON.stringify(spec) + ")";
  }
  function name(node) { return node.type === "Literal" ? String(node.value) : node.name; }
  ast.body.forEach(function (node) {
    if (node.type === "ImportDeclaration") {
      var got = need(node.source.value), parts = [], text = "";
      node.specifiers.forEach(function (s) {
        if (s.type === "ImportNamespaceSpecifier") text += "const " + s.local.name + " = " + got + ";";
        else if (s.type === "ImportDefaultSpecifier") parts.push("default: " + s.local.name);
        else parts.push(JSON.stringify(name(s.imported)) + ": " + s.local.name);
      });
      if (parts.length) text += "const {" + parts.join(", ") + "} = " + got + ";";
      if (!node.specifiers.length) text = got + ";";
      keepLines(node.start, node.end, text);
    } else if (node.type === "ExportNamedDeclaration") {
      if (node.declaration) {
        var d = node.declaration;
        edits.push([node.start, d.start, ""]);
        if (d.type === "VariableDeclaration") {
          d.declarations.forEach(function (v) { names(v.id).forEach(function (n) { getters.push([n, n]); }); });
        } else getters.push([d.id.name, d.id.name]);
      } else {
        var from = node.source ? "__tutor_from" + (count++) : null;
        node.specifiers.forEach(function (s) {
          getters.push([name(s.exported), from ? from + "[" + JSON.stringify(name(s.local)) + "]" : s.local.name]);
        });
        keepLines(node.start, node.end, from ? "const " + from + " = " + need(node.source.value) + ";" : "");
      }
    } else if (node.type === "ExportDefaultDeclaration") {
      var dec = node.declaration;
      if ((dec.type === "FunctionDeclaration" || dec.type === "ClassDeclaration") && dec.id) {
        edits.push([node.start, dec.start, ""]);
        getters.push(["default", dec.id.name]);
      } else {
        edits.push([node.start, dec.start, "const __tutor_default = "]);
        getters.push(["default", "__tutor_default"]);
      }
    } else if (node.type === "ExportAllDeclaration") {
      var all = need(node.source.value);
      if (node.exported) getters.push([name(node.exported), all]);
      else keepLines(node.start, node.end, "__tutor_export_all(__tutor_exports, " + all + ");");
    }
  });
  function names(pattern) {
    if (pattern.type === "Identifier") return [pattern.name];
    if (pattern.type === "ObjectPattern") return [].concat.apply([], pattern.properties.map(function (p) { return names(p.value || p.argument); }));
    if (pattern.type === "ArrayPattern") return [].concat.apply([], pattern.elements.filter(Boolean).map(names));
    if (pattern.type === "RestElement") return names(pattern.argument);
    if (pattern.type === "AssignmentPattern") return names(pattern.left);
    return [];
  }
  edits.sort(function (a, b) { return b[0] - a[0]; });
  var out = source;
  edits.forEach(function (e) { out = out.slice(0, e[0]) + e[2] + out.slice(e[1]); });
  // Live bindings: each export is a getter, defined before the module's code runs.
  var head = getters.map(function (g) {
    return "__tutor_export(__tutor_exports, " + JSON.stringify(g[0]) + ", () => " + g[1] + ");";
  }).join("");
  return JSON.stringify({head: head, body: out, imports: imports,
                         module: ast.body.some(function (n) { return /^(Import|Export)/.test(n.type); })});
};
