// Which AWS actions each Lambda function's code can perform, derived from the code itself (TypeScript syntax
// trees, no execution): the entry in functions/lambda/ wires adapter classes into a handler's deps; the handler
// calls `deps.<dep>.<method>(…)`; each adapter method sends `new <X>Command(…)` directly or through the other
// methods of its class and the functions it calls, in its file or imported from another project file (the item
// modules of functions/aws/dynamodb/ share helpers and one module of key builders). The least-privilege test
// compares the result with the template.
//
// `deps` passed whole to a function of the project (a route in a file of its own) is followed into it. It fails
// closed: an adapter passed around as a value (`f(deps.meetings)`, `const { meetings } = deps`) is something this
// analysis cannot follow, so it throws and asks for the analysis to be extended.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** The IAM action(s) that authorise each SDK command the adapters send. HeadObject is authorised as GetObject. */
export const SDK_COMMAND_ACTIONS: Record<string, string[]> = {
  GetCommand: ['dynamodb:GetItem'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  QueryCommand: ['dynamodb:Query'],
  PutCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  GetObjectCommand: ['s3:GetObject'],
  HeadObjectCommand: ['s3:GetObject'],
  PutObjectCommand: ['s3:PutObject'],
  ListObjectsV2Command: ['s3:ListBucket'],
  SendMessageCommand: ['sqs:SendMessage'],
  SendMessageBatchCommand: ['sqs:SendMessage'],
  GetQueueAttributesCommand: ['sqs:GetQueueAttributes'],
  ReceiveMessageCommand: ['sqs:ReceiveMessage'],
  DeleteMessageBatchCommand: ['sqs:DeleteMessage'],
};

/** One permission the code needs: an action on a resource named after the config field the adapter was built with. */
export interface Use {
  action: string;
  /** `tableName`, `tableName/index` (a Query with IndexName), `rawBucket`, `siteBucket`, `publishQueueUrl`. */
  resource: string;
  /** Where: `Class.method` and the command. */
  via: string;
}

const sources = new Map<string, { text: string; source: ts.SourceFile }>();

function parse(file: string): ts.SourceFile {
  const text = readFileSync(file, 'utf8');
  const cached = sources.get(file);
  if (cached?.text === text) return cached.source;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  sources.set(file, { text, source });
  return source;
}

function where(node: ts.Node): string {
  const source = node.getSourceFile();
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  return `${source.fileName}:${line + 1}`;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Local name → absolute file for every relative import of a file. */
function importsOf(file: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const statement of parse(file).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) imports.set(element.name.text, resolve(dirname(file), specifier));
    }
  }
  return imports;
}

/** Where a name a file uses comes from: the project file and the name exported there (imports may rename). */
function importedFrom(file: string, local: string): { file: string; name: string } | undefined {
  for (const statement of parse(file).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!specifier.startsWith('.') || !bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((candidate) => candidate.name.text === local);
    if (element) return { file: resolve(dirname(file), specifier), name: (element.propertyName ?? element.name).text };
  }
  return undefined;
}

/** The function declaration a call by this name in `file` runs: declared there or imported from the project. */
function functionNamed(file: string, name: string): ts.FunctionDeclaration | undefined {
  const local = parse(file).statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name);
  if (local) return local;
  const from = importedFrom(file, name);
  return from ? functionNamed(from.file, from.name) : undefined;
}

interface Adapter {
  className: string;
  file: string;
  /** The config field the adapter is pointed at (tableName, rawBucket, …), or null for non-AWS adapters. */
  resource: string | null;
}

/**
 * The factory call in `handler = …`: the call itself, or inside wrappers that take the handler as their last
 * argument (`lambdaHandler(powertools, metering.handler(createX({…})))`).
 */
function factoryCall(node: ts.Expression | undefined): ts.CallExpression | undefined {
  if (!node || !ts.isCallExpression(node)) return undefined;
  const [first] = node.arguments;
  if (first && ts.isObjectLiteralExpression(first)) return node;
  const last = node.arguments.at(-1);
  return last && ts.isCallExpression(last) ? factoryCall(last) : node;
}

/** The handler factory an entry calls and the adapter behind each of its deps. */
function wiringOf(entryFile: string): { factoryFile: string; factoryName: string; adapters: Map<string, Adapter> } {
  const imports = importsOf(entryFile);
  for (const statement of parse(entryFile).statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'handler') continue;
      const call = factoryCall(declaration.initializer);
      if (!call || !ts.isIdentifier(call.expression)) break;
      const [deps] = call.arguments;
      if (!deps || !ts.isObjectLiteralExpression(deps)) throw new Error(`${where(call)}: expected the handler's deps as an object literal.`);
      const adapters = new Map<string, Adapter>();
      for (const property of deps.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) throw new Error(`${where(property)}: expected "name: value".`);
        let construction: ts.NewExpression | undefined;
        walk(property.initializer, (node) => {
          if (!construction && ts.isNewExpression(node)) construction = node;
        });
        if (!construction || !ts.isIdentifier(construction.expression)) continue;
        const className = construction.expression.text;
        const file = imports.get(className);
        if (!file) throw new Error(`${where(construction)}: ${className} is not imported from the project.`);
        const fields = new Set<string>();
        walk(construction, (node) => {
          if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'config' && !node.name.text.endsWith('Endpoint')) {
            fields.add(node.name.text);
          }
        });
        if (fields.size > 1) throw new Error(`${where(construction)}: ${className} is built from several resources (${[...fields]}).`);
        adapters.set(property.name.text, { className, file, resource: [...fields][0] ?? null });
      }
      const factoryFile = imports.get(call.expression.text);
      if (!factoryFile) throw new Error(`${where(call)}: ${call.expression.text} is not imported from the project.`);
      return { factoryFile, factoryName: call.expression.text, adapters };
    }
  }
  throw new Error(`${entryFile}: no "export const handler = factory({...})".`);
}

/**
 * `deps.<dep>.<method>` called in the factory: the adapter methods the handler uses, by dep. `deps` passed whole to
 * a function of the project (`showStatus(event, deps)`, a route in a file of its own) is followed into that function,
 * under the name of its parameter there.
 */
function methodsCalled(factoryFile: string, factoryName: string, adapters: Map<string, Adapter>): Map<string, Set<string>> {
  const factory = functionNamed(factoryFile, factoryName);
  const param = factory?.parameters[0]?.name;
  if (!factory?.body || !param || !ts.isIdentifier(param)) throw new Error(`${factoryFile}: no function ${factoryName}(deps).`);
  const called = new Map<string, Set<string>>();
  collectCalls(factory, param.text, adapters, called, new Set());
  return called;
}

function collectCalls(fn: ts.FunctionDeclaration, depsName: string, adapters: Map<string, Adapter>, called: Map<string, Set<string>>, seen: Set<ts.Node>): void {
  if (seen.has(fn) || !fn.body) return;
  seen.add(fn);
  const file = fn.getSourceFile().fileName;
  walk(fn.body, (node) => {
    if (!ts.isIdentifier(node) || node.text !== depsName) return;
    const access = node.parent;
    if (ts.isCallExpression(access) && access.arguments.includes(node as ts.Expression) && ts.isIdentifier(access.expression)) {
      const callee = functionNamed(file, access.expression.text);
      const param = callee?.parameters[access.arguments.indexOf(node as ts.Expression)]?.name;
      if (callee && param && ts.isIdentifier(param)) {
        collectCalls(callee, param.text, adapters, called, seen);
        return;
      }
    }
    if (!ts.isPropertyAccessExpression(access) || access.expression !== node) {
      throw new Error(`${where(node)}: ${depsName} is used as a value; the least-privilege analysis cannot follow it.`);
    }
    const adapter = adapters.get(access.name.text);
    if (!adapter) return;
    const method = access.parent;
    const isCall = ts.isPropertyAccessExpression(method) && method.expression === access && ts.isCallExpression(method.parent) && method.parent.expression === method;
    if (!isCall) {
      // An adapter that sends no AWS command (a WebSub hub over fetch) may go anywhere; an optional one may be tested.
      if (commandsOfClass(adapter).size === 0 || isPresenceTest(access)) return;
      throw new Error(`${where(node)}: ${depsName}.${access.name.text} is used other than by calling a method on it; the analysis cannot follow it.`);
    }
    const methods = called.get(access.name.text) ?? new Set<string>();
    methods.add((method as ts.PropertyAccessExpression).name.text);
    called.set(access.name.text, methods);
  });
}

/** `!deps.x`, `deps.x ? … : …`, `if (deps.x)`: asking whether an optional adapter is there hands it to no one. */
function isPresenceTest(access: ts.PropertyAccessExpression): boolean {
  const parent = access.parent;
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return true;
  if (ts.isConditionalExpression(parent) && parent.condition === access) return true;
  return ts.isIfStatement(parent) && parent.expression === access;
}

interface Command {
  name: string;
  /** A QueryCommand whose input names an IndexName. */
  onIndex: boolean;
}

function classOf(adapter: Adapter): ts.ClassDeclaration {
  const found = parse(adapter.file).statements.find(
    (statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === adapter.className,
  );
  if (!found) throw new Error(`${adapter.file}: no class ${adapter.className}.`);
  if (found.heritageClauses?.some((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)) {
    throw new Error(`${adapter.file}: ${adapter.className} extends another class; the analysis does not follow inheritance.`);
  }
  return found;
}

/**
 * The bodies a method runs: itself, and what it reaches through `this.x` (methods of its class) and calls of
 * functions declared in its file or imported from another project file, followed into their own files.
 */
function reachable(adapter: Adapter, member: string): ts.Node[] {
  const cls = classOf(adapter);
  const start = cls.members.find(
    (m) => (ts.isMethodDeclaration(m) || ts.isPropertyDeclaration(m) || ts.isGetAccessor(m)) && m.name && ts.isIdentifier(m.name) && m.name.text === member,
  );
  if (!start) throw new Error(`${adapter.file}: ${adapter.className} has no method ${member}.`);
  const seen = new Set<ts.Node>();
  const visit = (body: ts.Node) => {
    if (seen.has(body)) return;
    seen.add(body);
    walk(body, (node) => {
      if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword && node.getSourceFile() === cls.getSourceFile()) {
        const target = cls.members.find((m) => ts.isMethodDeclaration(m) && m.name && ts.isIdentifier(m.name) && m.name.text === node.name.text);
        if (target) visit(target);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const fn = functionNamed(node.getSourceFile().fileName, node.expression.text);
        if (fn) visit(fn);
      }
    });
  };
  visit(start);
  return [...seen];
}

/** Commands sent by a method, directly or through what it reaches. */
function commandsOf(adapter: Adapter, member: string): Map<string, Command> {
  const commands = new Map<string, Command>();
  for (const body of reachable(adapter, member)) {
    walk(body, (node) => {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || !node.expression.text.endsWith('Command')) return;
      const input = node.arguments?.[0];
      const onIndex =
        !!input && ts.isObjectLiteralExpression(input) && input.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'IndexName');
      const name = node.expression.text;
      commands.set(`${name}${onIndex ? '@index' : ''}`, { name, onIndex });
    });
  }
  return commands;
}

/** Names the key module (functions/aws/resources.ts) gives partition keys: KEY_PREFIX.x prefixes, PARTITION.x keys. */
export interface KeyNames {
  KEY_PREFIX: Record<string, string>;
  PARTITION: Record<string, string>;
}

/**
 * A partition-key value written as `'LITERAL'` or `PARTITION.x` (exact) or `` `${KEY_PREFIX.x}…` `` (a prefix,
 * as `PREFIX*`); null for anything else.
 */
function partitionPattern(value: ts.Expression, names: KeyNames): string | null {
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
  if (ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === 'PARTITION') {
    return names.PARTITION[value.name.text] ?? null;
  }
  const prefixes = names.KEY_PREFIX;
  if (ts.isTemplateExpression(value) && value.head.text === '') {
    const first = value.templateSpans[0]?.expression;
    if (first && ts.isPropertyAccessExpression(first) && ts.isIdentifier(first.expression) && first.expression.text === 'KEY_PREFIX') {
      const prefix = prefixes[first.name.text];
      if (prefix !== undefined) return `${prefix}*`;
    }
  }
  return null;
}

/**
 * The key builders a file uses (`const key = { meeting: (…) => ({ [PK]: … }), … }`, declared there or imported
 * from the project's key module), each with its partition-key pattern (null when the analysis cannot name it).
 */
function keyBuildersOf(file: string, names: KeyNames): Map<string, string | null> {
  for (const statement of parse(file).statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'key' || !declaration.initializer) continue;
      if (!ts.isObjectLiteralExpression(declaration.initializer)) continue;
      const builders = new Map<string, string | null>();
      for (const property of declaration.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        let pattern: string | null = null;
        walk(property.initializer, (node) => {
          if (ts.isPropertyAssignment(node) && ts.isComputedPropertyName(node.name) && ts.isIdentifier(node.name.expression) && node.name.expression.text === 'PK') {
            pattern = partitionPattern(node.initializer, names);
          }
        });
        builders.set(property.name.text, pattern);
      }
      return builders;
    }
  }
  const from = importedFrom(file, 'key');
  return from ? keyBuildersOf(from.file, names) : new Map();
}

/**
 * The table partition keys a method can touch, as `dynamodb:LeadingKeys` patterns, following the key builders its
 * code uses (`key.meeting(…)` → its `[PK]` value: keyBuildersOf) and `':pk'` values in queries; null when it touches keys the
 * analysis cannot name (a builder without a recognisable `[PK]`). Queries on an index are not table keys: they
 * are authorised by the index's own statement.
 */
function partitionKeysOf(adapter: Adapter, member: string, names: KeyNames): Set<string> | null {
  const keys = new Set<string>();
  let nameable = true;
  for (const body of reachable(adapter, member)) {
    const builders = keyBuildersOf(body.getSourceFile().fileName, names);
    walk(body, (node) => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'key') {
        const pattern = builders.get(node.name.text);
        if (pattern) keys.add(pattern);
        else nameable = false;
      }
      if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && node.name.text === ':pk') {
        // A partition a function is given (partition-items.ts) is named where it is called: below.
        if (partitionParameterIndex(enclosingFunction(node), node.initializer) !== null) return;
        const pattern = partitionPattern(node.initializer, names);
        if (pattern) keys.add(pattern);
        else nameable = false;
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const callee = functionNamed(node.getSourceFile().fileName, node.expression.text);
        const index = callee ? partitionParameterOf(callee) : null;
        if (index === null) return;
        const argument = node.arguments[index];
        const pattern = argument ? partitionPattern(argument, names) : null;
        if (pattern) keys.add(pattern);
        else nameable = false;
      }
    });
  }
  return nameable ? keys : null;
}

function enclosingFunction(node: ts.Node): ts.FunctionDeclaration | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) if (ts.isFunctionDeclaration(at)) return at;
  return undefined;
}

/** The position of `value` among `fn`'s parameters when it is one of them; else null. */
function partitionParameterIndex(fn: ts.FunctionDeclaration | undefined, value: ts.Expression): number | null {
  if (!fn || !ts.isIdentifier(value)) return null;
  const index = fn.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === value.text);
  return index >= 0 ? index : null;
}

/** Which parameter of a project function it queries as the partition key (`':pk': param`); null when none. */
function partitionParameterOf(fn: ts.FunctionDeclaration): number | null {
  let found: number | null = null;
  if (fn.body) {
    walk(fn.body, (node) => {
      if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && node.name.text === ':pk') found ??= partitionParameterIndex(fn, node.initializer);
    });
  }
  return found;
}

/**
 * The `dynamodb:LeadingKeys` patterns the function's table calls need, or null when some call touches keys the
 * analysis cannot name (the function cannot then be confined by key).
 */
export function leadingKeysOf(root: string, entry: string, names: KeyNames): string[] | null {
  const { factoryFile, factoryName, adapters } = wiringOf(join(root, entry));
  const keys = new Set<string>();
  for (const [dep, methods] of methodsCalled(factoryFile, factoryName, adapters)) {
    const adapter = adapters.get(dep) as Adapter;
    if (adapter.resource !== 'tableName') continue;
    for (const method of methods) {
      const found = partitionKeysOf(adapter, method, names);
      if (!found) return null;
      for (const key of found) keys.add(key);
    }
  }
  return [...keys].sort();
}

function commandsOfClass(adapter: Adapter): Map<string, Command> {
  const all = new Map<string, Command>();
  for (const member of classOf(adapter).members) {
    if (ts.isMethodDeclaration(member) && member.name && ts.isIdentifier(member.name)) {
      for (const [key, command] of commandsOf(adapter, member.name.text)) all.set(key, command);
    }
  }
  return all;
}

/** Every action the function deployed from `entry` (relative to `root`) can perform, and on which resource. */
export function sdkUsesOf(root: string, entry: string): Use[] {
  const { factoryFile, factoryName, adapters } = wiringOf(join(root, entry));
  const uses = new Map<string, Use>();
  for (const [dep, methods] of methodsCalled(factoryFile, factoryName, adapters)) {
    const adapter = adapters.get(dep) as Adapter;
    for (const method of methods) {
      for (const command of commandsOf(adapter, method).values()) {
        const actions = SDK_COMMAND_ACTIONS[command.name];
        if (!actions) throw new Error(`${adapter.className}.${method} sends ${command.name}, which SDK_COMMAND_ACTIONS does not map to an IAM action.`);
        if (!adapter.resource) throw new Error(`${adapter.className} sends ${command.name} but is built from no configured resource.`);
        const resource = command.onIndex ? `${adapter.resource}/index` : adapter.resource;
        for (const action of actions) {
          const key = `${action} ${resource}`;
          if (!uses.has(key)) uses.set(key, { action, resource, via: `${adapter.className}.${method} (${command.name})` });
        }
      }
    }
  }
  return [...uses.values()];
}
