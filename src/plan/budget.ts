// The credit guard: refuse before the first POST when the plan costs more than the user allows
// or than the account holds.
import { ConfigurationError } from '../errors.js'

/** What the guard asks of the account (the Meshy client, given by the caller). */
export interface BalanceSource {
  balance(options: { deadline: number }): Promise<number>
}

export async function checkBudget(
  client: BalanceSource,
  estimate: number,
  maxCredits: number | undefined,
  deadline: number
): Promise<void> {
  if (maxCredits === undefined) return
  refuseOverBudget(estimate, maxCredits, null) // over the limit already: not even a balance read
  refuseOverBudget(estimate, maxCredits, await client.balance({ deadline }))
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
