// Meshy's models and their lifecycle — the ONE table. It drives config validation (a retired model
// fails before any request, a retiring one warns), plan mode, the model table of
// docs/credits.md (scripts/readme-tables.ts) and the fake Meshy's refusals. Source: Meshy's deprecations page and
// the banner on its v2 pages (docs/meshy-rules.md, "Models"). A model Meshy adds later is not in
// the table and passes: Meshy says whether it knows it, and its price is the highest known.

/** Which request field a model name is sent in. */
export type ModelRole = 'ai_model' | 'texture_model'

export interface ModelEntry {
  name: string
  role: ModelRole
  /** The day Meshy stops (or stopped) accepting it, as YYYY-MM-DD; absent while none is set. */
  retires?: string
  /** What Meshy says to use instead. */
  replacement?: string
}

/** How long before its retirement a model starts to warn. */
export const RETIREMENT_NOTICE_DAYS = 30

const MODELS: readonly ModelEntry[] = [
  // 3D generation (ai_model of text-to-3d, image-to-3d, multi-image-to-3d)
  { name: 'meshy-7.1', role: 'ai_model' },
  { name: 'latest', role: 'ai_model' },
  { name: 'meshy-7', role: 'ai_model', retires: '2026-12-31', replacement: 'meshy-7.1' },
  { name: 'meshy-6', role: 'ai_model' },
  { name: 'meshy-6-lite', role: 'ai_model' },
  { name: 'meshy-t2.5', role: 'ai_model' },
  { name: 'meshy-t2', role: 'ai_model' },
  { name: 'meshy-t1', role: 'ai_model', retires: '2026-10-30', replacement: 'meshy-t2.5' },
  { name: 'meshy-5', role: 'ai_model', retires: '2026-10-10', replacement: 'meshy-6-lite' },
  { name: 'meshy-4', role: 'ai_model', retires: '2026-03-20', replacement: 'meshy-7.1' },
  { name: 'meshy-3', role: 'ai_model', retires: '2025-07-01', replacement: 'meshy-7.1' },
  // Texturing (texture_model); meshy-7 stays here after it stops as a 3D model.
  { name: 'meshy-7', role: 'texture_model' },
  { name: 'meshy-n1', role: 'texture_model' },
  { name: 'meshy-6-lite', role: 'texture_model' }
]

/** The texture model sent when the user names none: the one Meshy's own examples use. */
export const DEFAULT_TEXTURE_MODEL = 'meshy-7'

export function modelsOf(role: ModelRole): ModelEntry[] {
  return MODELS.filter(m => m.role === role)
}

export function findModel(role: ModelRole, name: string): ModelEntry | undefined {
  return MODELS.find(m => m.role === role && m.name === name)
}

export type Lifecycle =
  | { state: 'active' }
  | { state: 'retiring'; date: string; replacement?: string }
  | { state: 'retired'; date: string; replacement?: string }

const DAY_MS = 24 * 3600_000

/** Where a model stands on `nowMs`: retired from its retirement day on, retiring 30 days before. */
export function lifecycle(entry: ModelEntry | undefined, nowMs: number): Lifecycle {
  if (!entry?.retires) return { state: 'active' }
  const day = Date.parse(`${entry.retires}T00:00:00Z`)
  const { replacement } = entry
  if (nowMs >= day) return { state: 'retired', date: entry.retires, replacement }
  if (day - nowMs <= RETIREMENT_NOTICE_DAYS * DAY_MS)
    return { state: 'retiring', date: entry.retires, replacement }
  return { state: 'active' }
}

/** "meshy-7 stops on 2026-12-31 for 3D generation; use meshy-7.1", for errors and warnings. */
export function lifecycleSentence(name: string, life: Exclude<Lifecycle, { state: 'active' }>) {
  const verb = life.state === 'retired' ? 'was retired by Meshy on' : 'is retired by Meshy on'
  const use = life.replacement ? `; use ${life.replacement} instead` : ''
  return `${name} ${verb} ${life.date}${use}`
}
