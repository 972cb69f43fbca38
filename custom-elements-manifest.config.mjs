// Writes custom-elements.json from the sources' JSDoc (`npm run analyze`).

/**
 * Tags are registered through src/shared/define.ts (`define('pinched-nerve-card', PinchedNerveCard)`),
 * which the analyzer does not know: record each call as the `customElements.define()` it wraps,
 * so the manifest names the real tag of each class.
 */
function defineHelperCalls() {
  return {
    name: 'pinched-nerve:define-helper',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname
            .slice(1)
            .replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module },
        },
      ];
    },
  };
}

/**
 * Tidies what the analyzer guesses from the helpers themselves: the `customElements.define(tag, ctor)`
 * inside define() (a "definition" of a tag named `tag`), and the `new CustomEvent(name)` inside
 * emit() (an undocumented event called `name`). The real events are the documented `@fires`.
 */
function dropHelperGuesses() {
  const eventVariables = new Set();
  return {
    name: 'pinched-nerve:drop-helper-guesses',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!/^(Custom)?Event$/.test(node.expression.text)) return;
      const [name] = node.arguments ?? [];
      if (name && ts.isIdentifier(name)) eventVariables.add(name.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const classes = new Set(declarations.filter((d) => d.kind === 'class').map((d) => d.name));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration.name),
        );
      }
      for (const d of declarations) {
        if (!d.events) continue;
        d.events = d.events.filter((e) => e.description || !eventVariables.has(e.name));
        if (d.events.length === 0) delete d.events;
      }
    },
  };
}

/** `Module path#Class` of the class around a node, or null outside a class. */
function classKey(ts, node, moduleDoc) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n) && n.name) return `${moduleDoc.path}#${n.name.text}`;
  }
  return null;
}

/** The manifest's class declarations, each with its `Module path#Class` key. */
function* classDeclarations(customElementsManifest) {
  for (const mod of customElementsManifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.kind === 'class') yield [`${mod.path}#${d.name}`, d];
    }
  }
}

/**
 * The elements read their enumerated attributes through `pickEnum(el, 'region', value, REGIONS,
 * fallback)`, checking the value against a `const REGIONS = [...] as const` of the module (or
 * through `REGIONS.includes(value)` with `_warnAttribute('region', ...)` otherwise), and
 * `heading-level` through `pickHeadingLevel()` (1 to 6). The TypeScript type of those
 * properties is `string`; record the accepted values as the attribute's type, a union of
 * literals (`'both' | 'cervical' | 'lumbar'`), so editors and the JSX types can offer them.
 * These are the very lists the elements validate against, so the manifest cannot drift.
 */
function attributeValues() {
  const found = new Map(); // class key -> Map(attribute -> values)
  let lists = new Map(); // this module's `const NAME = ['a', 'b'] as const` lists
  let listsModule = null;
  const stringList = (ts, expr) => {
    while (expr && (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr))) {
      expr = expr.expression;
    }
    if (!expr || !ts.isArrayLiteralExpression(expr) || expr.elements.length === 0) return null;
    if (!expr.elements.every((e) => ts.isStringLiteral(e))) return null;
    return expr.elements.map((e) => e.text);
  };
  const record = (key, attribute, values) => {
    if (!key || !values) return;
    if (!found.has(key)) found.set(key, new Map());
    found.get(key).set(attribute, values);
  };
  /** The first `x._warnAttribute('name', ...)` call inside a node, or null. */
  const warnedAttribute = (ts, node) => {
    let name = null;
    const visit = (n) => {
      if (name) return;
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === '_warnAttribute' &&
        n.arguments[0] &&
        ts.isStringLiteral(n.arguments[0])
      ) {
        name = n.arguments[0].text;
        return;
      }
      ts.forEachChild(n, visit);
    };
    if (node) visit(node);
    return name;
  };
  /** The list whose `.includes()` a condition calls, or null. */
  const includesList = (ts, node) => {
    let list = null;
    const visit = (n) => {
      if (list) return;
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 'includes' &&
        ts.isIdentifier(n.expression.expression) &&
        lists.has(n.expression.expression.text)
      ) {
        list = lists.get(n.expression.expression.text);
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return list;
  };
  return {
    name: 'pinched-nerve:attribute-values',
    analyzePhase({ ts, node, moduleDoc }) {
      if (listsModule !== moduleDoc.path) {
        // Module-level lists come first in the file; collect them all up front.
        listsModule = moduleDoc.path;
        lists = new Map();
        for (const statement of node.getSourceFile().statements) {
          if (!ts.isVariableStatement(statement)) continue;
          for (const d of statement.declarationList.declarations) {
            const values = ts.isIdentifier(d.name) && stringList(ts, d.initializer);
            if (values) lists.set(d.name.text, values);
          }
        }
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const [, attribute, , list] = node.arguments;
        if (node.expression.text === 'pickEnum' && attribute && ts.isStringLiteral(attribute)) {
          const values =
            list && ts.isIdentifier(list) ? lists.get(list.text) : stringList(ts, list);
          record(classKey(ts, node, moduleDoc), attribute.text, values);
        }
        if (node.expression.text === 'pickHeadingLevel') {
          // src/shared/attributes.ts: an integer from 1 to 6, read from `heading-level`.
          record(classKey(ts, node, moduleDoc), 'heading-level', ['1', '2', '3', '4', '5', '6']);
        }
      }
      if (ts.isIfStatement(node)) {
        const values = includesList(ts, node.expression);
        const attribute = values && warnedAttribute(ts, node.elseStatement);
        if (attribute) record(classKey(ts, node, moduleDoc), attribute, values);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [key, d] of classDeclarations(customElementsManifest)) {
        const values = found.get(key);
        for (const a of d.attributes ?? []) {
          if (values?.has(a.name)) {
            a.type = {
              text: values
                .get(a.name)
                .map((v) => `'${v}'`)
                .join(' | '),
            };
          }
        }
      }
    },
  };
}

/** The analyzer lists modules in the order the file system hands them over; sort by path. */
function stableModuleOrder() {
  return {
    name: 'pinched-nerve:stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'test/**', 'dist/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  quiet: true,
  packagejson: false, // package.json already names the manifest; a check run writes elsewhere
  plugins: [defineHelperCalls(), dropHelperGuesses(), attributeValues(), stableModuleOrder()],
};
