// The hashes release 1.0 wrote into lockfiles, computed by that release's own code and kept here:
// legacyRequestHash must reproduce each one exactly, or a library moved to API v2 would pay again
// for every asset. The new hash differs (other routes and bodies), so only the legacy one matches.
import { blankSpec } from '../src/config/task-spec.js'
import type { TaskSpec } from '../src/config/types.js'
import { FROM_PLACEHOLDER } from '../src/batch/manifest/manifest.js'
import { legacyRequestHash, requestHash } from '../src/batch/lockfile/request-hash.js'

const selection = {
  formats: ['glb' as const],
  formatsExplicit: false,
  download: ['model' as const, 'thumbnail' as const]
}
const spec = (p: Partial<TaskSpec> & { task: string }): TaskSpec => ({
  ...blankSpec(p.task, selection),
  ...p
})

const CASES: Record<string, TaskSpec> = {
  textured: spec({
    task: 'text-to-3d',
    prompt: 'a chair',
    texturePrompt: 'oak',
    aiModel: 'meshy-6',
    params: { target_polycount: 5000, enable_pbr: true }
  }),
  mesh: spec({ task: 'text-to-3d', prompt: 'a chair', refine: false }),
  refineOf: spec({ task: 'text-to-3d', inputTaskId: '01a00000-0000-7000-8000-000000000001' }),
  image: spec({
    task: 'image-to-3d',
    images: [{ value: 'https://x.test/a.png' }],
    texturePrompt: 'shiny',
    formats: ['glb', 'fbx'],
    formatsExplicit: true
  }),
  retexture: spec({
    task: 'retexture',
    inputTaskId: '01a00000-0000-7000-8000-000000000002',
    images: [{ value: 'https://x.test/s.png' }]
  }),
  texture: spec({
    task: 'text-to-texture',
    model: { value: 'https://x.test/m.glb' },
    prompt: 'red'
  }),
  remesh: spec({
    task: 'remesh',
    model: { value: 'https://x.test/m.glb' },
    formats: ['blend'],
    formatsExplicit: true,
    params: { topology: 'quad' }
  }),
  rig: spec({ task: 'rigging', model: { value: 'https://x.test/m.glb' } }),
  anim: spec({
    task: 'animation',
    inputTaskId: '01a00000-0000-7000-8000-000000000003',
    actionId: 92
  }),
  t2i: spec({ task: 'text-to-image', prompt: 'a cat' }),
  i2i: spec({
    task: 'image-to-image',
    prompt: 'winter',
    images: [{ value: 'https://x.test/a.png' }]
  })
}

/** Computed with release 1.0's requestHash (commit d80e14f) for the specs above. */
const RELEASE_1_0: Record<string, string> = {
  textured: 'sha256:9a4439c6002b3ca11eca9ca1b7e7521d906e320a8d138a5e535c119d249f6587',
  mesh: 'sha256:10334eff38a3a2118f95f9a74a22eef86144943af5c79cee84ec60361c7c8551',
  refineOf: 'sha256:019b8887988b93c18432c4c18ff94f8f7236e0a6a65ab3724fba813c9581e5f1',
  image: 'sha256:73896578d20f0e9376b7bdd113c07121bd2f938d6443167d59c21cb8469d7d41',
  retexture: 'sha256:aea0e276cfa35edb1aa3c2b9ed73fe89bf4ed743bc2a232be9f83c6fd22f82fb',
  texture: 'sha256:11072913077a64cda12b76739a33a670fed399a61772f303db5235b2353d4009',
  remesh: 'sha256:976cb4242bdf69ed639a8765ad5390b484611f805fbf24d661f4f429a0a313ba',
  rig: 'sha256:9def1560af275e63823ccc85b4863e6f0df7f8284b4574363bfa8200cc6cd154',
  anim: 'sha256:625961a0bca8ed6e054aef302914ac785ad969c4ed1cb6ff6429ce55a3aff60d',
  t2i: 'sha256:0cecf55e71bc3dcde55bda0ac2842c76860b9436b96612ba788b32d102a1e3e5',
  i2i: 'sha256:3ddd72bb600ea7725b57a0b9ed51613f51968b95d598f393c8b8ca23518d3df6',
  chained: 'sha256:6fad94389bb9939f64b6a3d9b37d5f6994de1e1e3ed797d535f6233dbfaca71d'
}

test.each(Object.keys(CASES))('%s: the v1-era hash is reproduced, the v2 hash is new', name => {
  expect(legacyRequestHash(CASES[name])).toBe(RELEASE_1_0[name])
  expect(requestHash(CASES[name])).not.toBe(RELEASE_1_0[name])
})

test('a chained asset hashes with the v1-era hash of its source', () => {
  const chained = spec({ task: 'retexture', inputTaskId: FROM_PLACEHOLDER, prompt: 'gold' })
  const source = { name: 'chair', hash: RELEASE_1_0.textured }
  expect(legacyRequestHash(chained, source)).toBe(RELEASE_1_0.chained)
})

test('a spec using what release 1.0 did not have (texture-model) has no v1-era hash', () => {
  expect(legacyRequestHash({ ...CASES.textured, textureModel: 'meshy-n1' })).toBeUndefined()
})
