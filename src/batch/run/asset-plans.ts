// A prepared batch as the `plan` output lists it: one entry per asset of this shard, then one per
// asset that left the manifest (its files are deleted by the real run when unchanged since).
import type { AssetPlan } from '../../plan/run-plan.js'
import { filesIntact, type LockEntry } from '../lockfile/lockfile.js'
import type { PreparedBatch } from './prepare.js'

export async function assetPlans(
  prepared: PreparedBatch,
  workspace: string
): Promise<Record<string, AssetPlan>> {
  const plans: Record<string, AssetPlan> = Object.create(null) as Record<string, AssetPlan>
  for (const p of prepared.planned) {
    plans[p.asset.name] = { ...p.verdict, estimate: p.estimate }
  }
  for (const [name, entry] of prepared.removed) {
    plans[name] = { action: 'remove', estimate: 0, reason: await removalReason(entry, workspace) }
  }
  return plans
}

/** Only files still exactly as generated are deleted; the reason says how many that is. */
async function removalReason(entry: LockEntry, workspace: string): Promise<string> {
  let deleted = 0
  for (const file of entry.files) if (await filesIntact(workspace, [file])) deleted += 1
  const kept = entry.files.length - deleted
  const parts = [
    `removed from the manifest: ${deleted} file${deleted === 1 ? '' : 's'} will be deleted`
  ]
  if (kept > 0) parts.push(`${kept} missing or changed on disk, left alone`)
  return parts.join('; ')
}
