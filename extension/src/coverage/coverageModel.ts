// Turns the server's flat per-module coverage into the tree the Documentation Coverage view shows:
// workspace folder → package → module → undocumented definition. Presentation only: every number comes
// from the server.
import type { DocumentationCoverageResult, MissingDocumentation, ModuleCoverage } from '../protocol';

/** A workspace folder, as the client knows it. */
export interface CoverageFolder {
  uri: string;
  name: string;
}

export type CoverageNodeKind = 'folder' | 'package' | 'module' | 'missing';

export interface CoverageNode {
  kind: CoverageNodeKind;
  label: string;
  /** Dotted module or package name, the qualified symbol for a missing definition, the folder name for a folder. */
  name: string;
  total: number;
  documented: number;
  /** The file to open (modules and missing definitions). */
  uri?: string;
  /** Where to put the cursor (missing definitions). */
  range?: MissingDocumentation['range'];
  /** Why a module does not count, when it does not. */
  excludedBecause?: string;
  /** How exposed a missing definition is (the server orders them, most exposed first). */
  exposure?: MissingDocumentation['exposure'];
  children: CoverageNode[];
}

/** "72.4%", or undefined when nothing counts: Core's CoveragePercent (round(1000·documented/total)/10, half away
 * from zero) on the same doubles, so folders summed here read as the server's numbers do. */
export function formatPercent(documented: number, total: number): string | undefined {
  if (total <= 0) {
    return undefined;
  }
  return `${(Math.round((1000 * documented) / total) / 10).toFixed(1)}%`;
}

/** "72.4% · 18 of 25 undocumented" style description for a tree item. */
export function describeNode(node: CoverageNode): string {
  if (node.excludedBecause !== undefined) {
    return `not counted (${node.excludedBecause})`;
  }
  if (node.kind === 'missing') {
    return node.exposure === 'rendered' ? 'no docstring · on the documentation pages'
      : node.exposure === 'exported' ? 'no docstring · exported'
        : 'no docstring';
  }
  const percent = formatPercent(node.documented, node.total);
  if (percent === undefined) {
    return 'nothing to document';
  }
  const missing = node.total - node.documented;
  return missing === 0 ? `${percent} · complete` : `${percent} · ${missing} undocumented`;
}

/** Where modules outside every workspace folder go (files opened from elsewhere). */
export const OutsideFolders: CoverageFolder = { uri: '', name: 'Other files' };

/**
 * The top level of the view: one node per workspace folder (and one for files outside them, if any), or the
 * folder's contents directly when there is only one.
 */
export function buildCoverageTree(result: DocumentationCoverageResult, folders: readonly CoverageFolder[]): CoverageNode[] {
  const modulesByFolder = new Map<CoverageFolder, ModuleCoverage[]>();
  for (const module of result.modules) {
    const folder = folderOf(module.uri, folders);
    const modules = modulesByFolder.get(folder);
    if (modules === undefined) {
      modulesByFolder.set(folder, [module]);
    } else {
      modules.push(module);
    }
  }
  const shown = modulesByFolder.has(OutsideFolders) ? [...folders, OutsideFolders] : folders;
  const nodes = shown.map(folder => buildFolder(folder, modulesByFolder.get(folder) ?? []));
  return nodes.length === 1 ? nodes[0].children : nodes;
}

/** The innermost folder holding the file (folders may nest). */
function folderOf(uri: string, folders: readonly CoverageFolder[]): CoverageFolder {
  const file = decodeURIComponent(uri);
  let found = OutsideFolders;
  let longest = 0;
  for (const folder of folders) {
    const prefix = `${decodeURIComponent(folder.uri).replace(/\/+$/, '')}/`;
    if (file.startsWith(prefix) && prefix.length > longest) {
      found = folder;
      longest = prefix.length;
    }
  }
  return found;
}

function buildFolder(folder: CoverageFolder, modules: readonly ModuleCoverage[]): CoverageNode {
  const root = new PackageBuilder('', '');
  const packages = new Map<string, PackageBuilder>([['', root]]);
  const packageNamed = (dottedName: string): PackageBuilder => {
    let found = packages.get(dottedName);
    if (found === undefined) {
      found = new PackageBuilder(lastSegment(dottedName), dottedName);
      packageNamed(parentName(dottedName)).subpackages.push(found);
      packages.set(dottedName, found);
    }
    return found;
  };
  for (const module of modules) {
    if (isPackageInit(module)) {
      packageNamed(module.module).ownModule = module;
    } else {
      packageNamed(parentName(module.module)).modules.push(module);
    }
  }
  const children = root.children();
  return {
    kind: 'folder',
    label: folder.name,
    name: folder.name,
    total: sum(children, node => node.total),
    documented: sum(children, node => node.documented),
    uri: folder.uri,
    children,
  };
}

/** A package: its own module (`__init__.py`, when there is one), its sub-packages and its modules. */
class PackageBuilder {
  readonly subpackages: PackageBuilder[] = [];
  readonly modules: ModuleCoverage[] = [];
  ownModule: ModuleCoverage | undefined;

  constructor(readonly segment: string, readonly dottedName: string) {}

  /** Sub-packages first, then modules, each alphabetically. */
  children(): CoverageNode[] {
    const packages = [...this.subpackages]
      .sort((a, b) => compareNames(a.segment, b.segment))
      .map(subpackage => subpackage.toNode());
    const modules = [...this.modules]
      .sort((a, b) => compareNames(a.module, b.module))
      .map(module => moduleNode(module, lastSegment(module.module)));
    return [...packages, ...modules];
  }

  private toNode(): CoverageNode {
    const children = this.children();
    if (this.ownModule !== undefined) {
      children.unshift(moduleNode(this.ownModule, '__init__'));
    }
    return {
      kind: 'package',
      label: this.segment,
      name: this.dottedName,
      total: sum(children, node => node.total),
      documented: sum(children, node => node.documented),
      children,
    };
  }
}

function isPackageInit(module: ModuleCoverage): boolean {
  return /\/__init__\.pyi?$/.test(module.uri);
}

function moduleNode(module: ModuleCoverage, label: string): CoverageNode {
  return {
    kind: 'module',
    label,
    name: module.module,
    total: module.total,
    documented: module.documented,
    uri: module.uri,
    excludedBecause: module.excludedBecause,
    children: module.missing.map(missing => ({
      kind: 'missing',
      label: missing.symbol,
      name: missing.symbol,
      total: 1,
      documented: 0,
      uri: module.uri,
      range: missing.range,
      exposure: missing.exposure,
      children: [],
    })),
  };
}

function parentName(dottedName: string): string {
  return dottedName.slice(0, Math.max(0, dottedName.lastIndexOf('.')));
}

function lastSegment(dottedName: string): string {
  return dottedName.slice(dottedName.lastIndexOf('.') + 1);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(nodes: readonly CoverageNode[], value: (node: CoverageNode) => number): number {
  return nodes.reduce((total, node) => total + value(node), 0);
}
