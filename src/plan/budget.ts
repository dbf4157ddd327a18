// The credit guard, before the first create of a run (batch or single): one balance read, a
// refusal when the plan breaks `max-credits` (or the balance cannot cover it while max-credits is
// set), and otherwise a warning when the balance is short. The run still proceeds then: a batch
// keeps its partial progress in the lockfile and the next run resumes it.
import { ConfigurationError, errorMessage, MeshyApiError } from '../core/errors.js'

/** What the guard asks of the account (the Meshy client, given by the caller). */
export interface BalanceSource {
  balance(options: { deadline: number }): Promise<number>
}

export interface CreditCheck {
  /** Estimated credits of the creates this run will send. */
  estimate: number
  /** Batch: how many assets create something (the warning speaks of assets then). */
  assets?: number
  maxCredits: number | undefined
  testMode: boolean
  deadline: number
  warn: (message: string) => void
}

/** Returns the balance when it was read (test mode and runs that create nothing read none). */
export async function checkCredits(
  client: BalanceSource,
  check: CreditCheck
): Promise<number | undefined> {
  const { estimate, maxCredits } = check
  if (estimate <= 0) return undefined
  refuseOverBudget(estimate, maxCredits, null) // over the limit already: not even a balance read
  if (check.testMode) return undefined // test-mode keys have no balance to speak of
  let balance: number
  try {
    balance = await client.balance({ deadline: check.deadline })
  } catch (err) {
    if (maxCredits !== undefined) throw err
    // Only a courtesy without max-credits: Meshy's own 402 still guards every create.
    check.warn(`Could not read the account balance (${errorMessage(err)}); going ahead.`)
    return undefined
  }
  refuseOverBudget(estimate, maxCredits, balance)
  if (balance >= estimate) return balance
  check.warn(shortfallMessage(estimate, balance, check.assets))
  return balance
}

/** The max-credits rule on its own; `balance` is null when it was not read (a dry run without a key). */
export function refuseOverBudget(
  estimate: number,
  maxCredits: number | undefined,
  balance: number | null
): void {
  if (maxCredits === undefined) return
  if (estimate > maxCredits) {
    throw new ConfigurationError(
      'max-credits',
      `the planned tasks are estimated at ${estimate} credits, over the limit of ${maxCredits}. ` +
        `Raise max-credits or plan fewer tasks; nothing was sent.`
    )
  }
  if (balance !== null && balance < estimate) {
    throw new ConfigurationError(
      'max-credits',
      `the planned tasks are estimated at ${estimate} credits but the account balance is ${balance}. ` +
        `Top up the account; nothing was sent.`
    )
  }
}

function shortfallMessage(estimate: number, balance: number, assets: number | undefined): string {
  if (assets === undefined) {
    return (
      `Estimated ${estimate} credits, balance ${balance}: Meshy will likely refuse the task ` +
      `for lack of credits. Top up the account.`
    )
  }
  const perAsset = estimate / Math.max(1, assets)
  const fit = Math.min(assets, Math.floor(balance / perAsset))
  return (
    `Estimated ${estimate} credits for ${assets} assets, balance ${balance}: about ${fit} ` +
    `asset${fit === 1 ? '' : 's'} will be generated this run; the rest wait in the lockfile ` +
    `for the next run after a top-up.`
  )
}

/** True for Meshy's "not enough credits" answer to a create: nothing was created. */
export function isOutOfCredits(err: unknown): err is MeshyApiError {
  return err instanceof MeshyApiError && err.status === 402
}

/**
 * Which 402 it is. Meshy's balance does not include a per-key credit limit, so a 402 while the
 * balance covers the estimate is that limit (its code, or its message, says so too).
 */
export function creditRefusalKind(
  err: MeshyApiError,
  balance: number | undefined,
  estimate: number
): 'key-limit' | 'balance' | 'plan' {
  if (err.code === 'api_key_credit_limit_reached' || /key credit limit/i.test(err.meshyMessage))
    return 'key-limit'
  if (/plan|pro or higher/i.test(err.meshyMessage)) return 'plan'
  if (balance !== undefined && balance >= estimate) return 'key-limit'
  return 'balance'
}

const REFUSAL_ADVICE = {
  'key-limit':
    "the API key's own credit limit is reached, while the account balance covers this run. " +
    "Raise the key's limit on Meshy's API keys page, or use another key",
  plan: "the account's plan does not allow this model. Choose another model or upgrade the plan",
  balance: 'the account is out of credits. Top up the account'
} as const

/**
 * Single-task mode: a 402 becomes one clear message that says which refusal it is, names the
 * balance (read before the create) and says what was and was not created.
 */
export function explainCreditRefusal(
  err: MeshyApiError,
  opts: { balance: number | undefined; estimate: number; createdIds: string[] }
): string {
  const kind = creditRefusalKind(err, opts.balance, opts.estimate)
  const balance =
    opts.balance === undefined
      ? 'the balance could not be read'
      : `the account balance is ${opts.balance} credits`
  const created =
    opts.createdIds.length === 0
      ? 'No task was created and nothing was charged.'
      : `Task(s) ${opts.createdIds.join(', ')} of the earlier steps were created; the next step was not.`
  const help = err.docUrl ? ` (${err.docUrl})` : ''
  return (
    `Meshy refused the create (402${err.code ? ` ${err.code}` : ''}: ${err.meshyMessage || 'Payment Required'})${help}: ` +
    `${REFUSAL_ADVICE[kind]}. ${balance}, this run is estimated at ${opts.estimate}. ${created} Then run again.`
  )
}
