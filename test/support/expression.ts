/**
 * The part of GitHub's expression language the example workflows use: literals ('text', true, false, null,
 * numbers), context property paths (`inputs.target-instance`, `needs.export.outputs.path`), `!`, `==`, `!=`, `&&`,
 * `||`, parentheses, and the status functions (`always()`, `success()`, `failure()`, `cancelled()`). Semantics as
 * documented for Actions: `||`/`&&` return an operand, a missing property is null (an empty string once
 * interpolated), strings compare case-insensitively, and anything else fails loudly so a test never silently
 * evaluates what it does not understand.
 */

/** A value of an expression. */
export type ExpressionValue = string | number | boolean | null | Record<string, unknown> | unknown[]

/** The contexts an expression reads (`vars`, `secrets`, `inputs`, `steps`, …) and the job's status. */
export interface ExpressionScope {
  contexts: Record<string, unknown>
  /** The job has failed so far (for `success()` / `failure()`); default false. */
  failed?: boolean
}

const TOKEN =
  /\s*(?:('(?:[^']|'')*')|(&&|\|\||==|!=|!|\(|\))|([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_*][A-Za-z0-9_-]*)*)|(-?\d+(?:\.\d+)?))/y

function tokenize(text: string): string[] {
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(text)
    if (!m) throw new Error(`unsupported expression syntax at ${at} in \${{ ${text} }}`)
    tokens.push(m[0].trim())
  }
  return tokens
}

/** Truthiness as Actions defines it: false, 0, '', null (and a missing property) are false. */
export function truthy(value: ExpressionValue | undefined): boolean {
  return !(value === false || value === 0 || value === '' || value === null || value === undefined)
}

function equal(a: ExpressionValue, b: ExpressionValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === 'object' || typeof b === 'object') return a === b
  return a === b || Number(a) === Number(b)
}

function lookup(path: string, scope: ExpressionScope): ExpressionValue {
  const [root = '', ...rest] = path.split('.')
  if (!(root in scope.contexts)) throw new Error(`unknown context '${root}' in ${path}`)
  const found = rest.reduce<unknown>(
    (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
    scope.contexts[root]
  )
  return found === undefined ? null : (found as ExpressionValue)
}

const FUNCTIONS: Record<string, (scope: ExpressionScope) => boolean> = {
  always: () => true,
  cancelled: () => false,
  success: scope => !scope.failed,
  failure: scope => Boolean(scope.failed)
}

/** Evaluates one expression (the text between `${{` and `}}`, or an `if:` condition). */
export function evaluate(text: string, scope: ExpressionScope): ExpressionValue {
  const tokens = tokenize(text)
  let i = 0
  const peek = (): string | undefined => tokens[i]
  const take = (expected?: string): string => {
    const t = tokens[i++]
    if (t === undefined || (expected !== undefined && t !== expected))
      throw new Error(`expected ${expected ?? 'more'} in \${{ ${text} }}`)
    return t
  }
  const primary = (): ExpressionValue => {
    const t = take()
    if (t === '(') {
      const v = or()
      take(')')
      return v
    }
    if (t === '!') return !truthy(primary())
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'")
    if (t === 'true' || t === 'false') return t === 'true'
    if (t === 'null') return null
    if (/^-?\d/.test(t)) return Number(t)
    if (peek() === '(') {
      const fn = FUNCTIONS[t]
      if (!fn) throw new Error(`unsupported function ${t}() in \${{ ${text} }}`)
      take('(')
      take(')')
      return fn(scope)
    }
    return lookup(t, scope)
  }
  const comparison = (): ExpressionValue => {
    const left = primary()
    const op = peek()
    if (op !== '==' && op !== '!=') return left
    take()
    const same = equal(left, primary())
    return op === '==' ? same : !same
  }
  const and = (): ExpressionValue => {
    let v = comparison()
    while (peek() === '&&') {
      take()
      const right = comparison()
      v = truthy(v) ? right : v
    }
    return v
  }
  const or = (): ExpressionValue => {
    let v = and()
    while (peek() === '||') {
      take()
      const right = and()
      v = truthy(v) ? v : right
    }
    return v
  }
  const value = or()
  if (i !== tokens.length) throw new Error(`unexpected '${tokens[i]}' in \${{ ${text} }}`)
  return value
}

/** A value as interpolation writes it into a string. */
export function asText(value: ExpressionValue): string {
  if (value === null) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** Replaces every `${{ … }}` of `value`. */
export function interpolate(value: string, scope: ExpressionScope): string {
  return value.replace(/\$\{\{\s*([\s\S]+?)\s*\}\}/g, (_m, expr: string) => asText(evaluate(expr, scope)))
}

/** An `if:` condition: an expression with or without `${{ }}`; absent means `success()`. */
export function condition(text: string | boolean | undefined, scope: ExpressionScope): boolean {
  if (text === undefined) return !scope.failed
  if (typeof text === 'boolean') return text
  const bare = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(text)?.[1] ?? text
  return truthy(evaluate(bare, scope))
}
