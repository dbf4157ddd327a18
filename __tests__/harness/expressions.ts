// A small evaluator for GitHub Actions expressions, enough for the README's workflows: contexts
// (secrets, vars, inputs, github, steps, env), property access with hyphens, literals, ! == !=
// && || and parentheses, and the status functions. Anything else throws, so a snippet that starts
// using more makes the workflow test fail instead of silently evaluating to ''.

export type Value = string | number | boolean | null | { [key: string]: Value }

export interface ExpressionContext {
  contexts: Record<string, Value>
  /** The job's status so far: 'success' until a step fails (without continue-on-error). */
  status: 'success' | 'failure'
}

type Token = { kind: 'op' | 'ident' | 'string' | 'number'; text: string }

const TOKEN =
  /\s*(?:(\|\||&&|==|!=|[!().,[\]])|([A-Za-z_][A-Za-z0-9_-]*)|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?))/y

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(source)
    if (!m) throw new Error(`expression: cannot read '${source.slice(at)}' in '${source}'`)
    if (m[1]) tokens.push({ kind: 'op', text: m[1] })
    else if (m[2]) tokens.push({ kind: 'ident', text: m[2] })
    else if (m[3] !== undefined) tokens.push({ kind: 'string', text: m[3].replace(/''/g, "'") })
    else tokens.push({ kind: 'number', text: m[4] })
  }
  return tokens
}

export function truthy(v: Value): boolean {
  return !(v === false || v === null || v === 0 || v === '')
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (a === null || b === null || typeof a === 'object' || typeof b === 'object') return a === b
  return Number(a) === Number(b)
}

class Parser {
  private i = 0
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExpressionContext,
    private readonly source: string
  ) {}

  parse(): Value {
    const v = this.or()
    if (this.i < this.tokens.length) this.fail(`unexpected '${this.tokens[this.i].text}'`)
    return v
  }

  private fail(why: string): never {
    throw new Error(`expression '${this.source}': ${why}`)
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.i]
    return t?.kind === 'op' && t.text === text
  }

  private take(text: string): void {
    if (!this.peek(text)) this.fail(`expected '${text}'`)
    this.i++
  }

  private or(): Value {
    let v = this.and()
    while (this.peek('||')) {
      this.i++
      const right = this.and()
      v = truthy(v) ? v : right
    }
    return v
  }

  private and(): Value {
    let v = this.compare()
    while (this.peek('&&')) {
      this.i++
      const right = this.compare()
      v = truthy(v) ? right : v
    }
    return v
  }

  private compare(): Value {
    const left = this.unary()
    for (const op of ['==', '!=']) {
      if (this.peek(op)) {
        this.i++
        const same = equal(left, this.unary())
        return op === '==' ? same : !same
      }
    }
    return left
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.i++
      return !truthy(this.unary())
    }
    return this.primary()
  }

  private primary(): Value {
    const t = this.tokens[this.i++]
    if (!t) this.fail('ends too early')
    if (t.kind === 'op' && t.text === '(') {
      const v = this.or()
      this.take(')')
      return v
    }
    if (t.kind === 'string') return t.text
    if (t.kind === 'number') return Number(t.text)
    if (t.kind !== 'ident') this.fail(`unexpected '${t.text}'`)
    if (t.text === 'true' || t.text === 'false') return t.text === 'true'
    if (t.text === 'null') return null
    if (this.peek('(')) return this.call(t.text)
    if (!(t.text in this.ctx.contexts)) this.fail(`unknown context '${t.text}'`)
    return this.path(this.ctx.contexts[t.text])
  }

  private path(start: Value): Value {
    let v = start
    for (;;) {
      let key: string
      if (this.peek('.')) {
        this.i++
        const t = this.tokens[this.i++]
        if (t?.kind !== 'ident') this.fail('expected a property name')
        key = t.text
      } else if (this.peek('[')) {
        this.i++
        key = String(this.or())
        this.take(']')
      } else return v
      v = v !== null && typeof v === 'object' ? (v[key] ?? null) : null
    }
  }

  private call(name: string): Value {
    this.take('(')
    if (!this.peek(')')) this.fail(`${name}() with arguments is not supported here`)
    this.take(')')
    const failed = this.ctx.status === 'failure'
    const status: Record<string, boolean> = {
      always: true,
      success: !failed,
      failure: failed,
      cancelled: false
    }
    if (!(name in status)) this.fail(`unknown function ${name}()`)
    return status[name]
  }
}

export function evaluate(source: string, ctx: ExpressionContext): Value {
  return new Parser(tokenize(source), ctx, source).parse()
}

/** A `with:`/`env:` value: every ${{ … }} replaced by its value as text. */
export function interpolate(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => {
    const v = evaluate(expr, ctx)
    return v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
  })
}

/** An `if:` condition: with or without ${{ }}; a status function is implied when none is used. */
export function condition(text: string | undefined, ctx: ExpressionContext): boolean {
  if (text === undefined) return ctx.status === 'success'
  const expr = text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const usesStatus = /\b(always|success|failure|cancelled)\(\)/.test(expr)
  const ok = truthy(evaluate(expr, ctx))
  return usesStatus ? ok : ok && ctx.status === 'success'
}
