// Aliases in a manifest, resolved under one budget for the whole file. A YAML alias repeats the
// node its anchor names, so a small file can stand for a huge one (a 20,000-key map named 3,000
// times took minutes and gigabytes to validate). Every value the manifest reader copies out, and
// every collection an alias stands for, is paid for in nodes from one budget proportional to the
// file's length, so reading stays linear in the file's size. Anchors are indexed once: the yaml
// library's own alias lookup walks the whole document for every alias.
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml'

/** Thrown once the budget is spent; the reader reports it as the manifest's one problem. */
export class ExpansionError extends Error {}

/** Nodes a manifest may expand to: a floor for small files, then a multiple of the length. */
export function expansionBudget(textLength: number): number {
  return 100_000 + 4 * textLength
}

export class Expansion {
  private readonly targets = new Map<Node, Node | undefined>()
  private readonly sizes = new WeakMap<Node, number>()
  private readonly sizing = new Set<Node>()
  private left: number

  constructor(doc: Document, budget: number) {
    this.left = budget
    // Document order: an alias names the last node with its anchor before it.
    const anchors = new Map<string, Node>()
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) this.targets.set(node, anchors.get(node.source))
        else if (node.anchor) anchors.set(node.anchor, node)
      }
    })
  }

  /** The node an alias stands for (its collection paid for); anything else is itself. */
  deref(node: unknown): unknown {
    if (!isAlias(node)) return node
    const target = this.target(node)
    if (isMap(target) || isSeq(target)) this.pay(target)
    return target
  }

  /** Plain JS for a value, aliases expanded; its whole expanded size is paid first. */
  plain(node: unknown): unknown {
    if (!isNode(node)) return node
    this.pay(node)
    return this.copy(node)
  }

  private copy(node: unknown): unknown {
    if (isAlias(node)) return this.copy(this.target(node))
    if (isScalar(node)) return node.value
    if (isSeq(node)) return node.items.map(item => this.copy(item))
    if (isMap(node)) {
      const out: Record<string, unknown> = {}
      for (const pair of node.items) {
        // defineProperty: a key named __proto__ stays an ordinary own key.
        Object.defineProperty(out, String(this.copy(pair.key)), {
          value: this.copy(pair.value),
          enumerable: true,
          writable: true,
          configurable: true
        })
      }
      return out
    }
    return null
  }

  private target(alias: Node): Node | undefined {
    const target = this.targets.get(alias)
    if (!target) throw new ExpansionError(`an alias names no anchor before it`)
    return target
  }

  private pay(node: Node): void {
    this.left -= this.size(node)
    if (this.left < 0) {
      throw new ExpansionError(
        'its aliases expand to more values than a file of this size may hold; write the ' +
          'repeated values out, or put shared keys under defaults'
      )
    }
  }

  /** Nodes in a value with its aliases expanded; computed once per node. */
  private size(node: Node): number {
    const known = this.sizes.get(node)
    if (known !== undefined) return known
    if (this.sizing.has(node)) throw new ExpansionError('an alias names a value that contains it')
    this.sizing.add(node)
    let total = 1
    if (isAlias(node)) total = this.size(this.target(node)!)
    else if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        const parts = isPair(item) ? [item.key, item.value] : [item]
        for (const part of parts) if (isNode(part)) total += this.size(part)
      }
    }
    this.sizing.delete(node)
    this.sizes.set(node, total)
    return total
  }
}

function isNode(value: unknown): value is Node {
  return isAlias(value) || isScalar(value) || isMap(value) || isSeq(value)
}
