// CommonJS packages that the action's first request never uses, kept out of the start-up path
// (issue 25, "Start fast"). Inside the bundle an import of one of them gets a stand-in whose
// exports are getters: the first read of any of them loads the real package, bundled on its
// own as dist/<name>.cjs, through a synchronous require(). Every importer shares that one copy.
//   undici: @actions/http-client (loaded by @actions/core) imports it for ProxyAgent, which only
//     a proxied Octokit or artifact upload constructs; it is 0.8 MB of source to compile.
//   yaml: parsed only for a `params` input or a YAML manifest.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import * as esbuild from 'esbuild'

export const LAZY_PACKAGES = ['undici', 'yaml']

const NAMESPACE = 'lazy-package'

/** The file a lazy package is bundled into, beside the chunks that require it. */
function lazyFile(name) {
  return `${name}.cjs`
}

/** Bundles each lazy package into `out` (esbuild `options` for Node); returns the metafiles. */
export async function buildLazyPackages(root, out, options) {
  const require = createRequire(join(root, 'package.json'))
  const metafiles = []
  for (const name of LAZY_PACKAGES) {
    const built = await esbuild.build({
      ...options,
      entryPoints: [require.resolve(name)],
      outfile: join(out, lazyFile(name)),
      format: 'cjs',
      metafile: true
    })
    metafiles.push(built.metafile)
  }
  return metafiles
}

/**
 * The esbuild plugin that puts the stand-ins in place. Every chunk sits in the output folder
 * itself, so `./<name>.cjs` resolves from whichever chunk a stand-in lands in.
 */
export function lazyPackagesPlugin(root) {
  const require = createRequire(join(root, 'package.json'))
  const filter = new RegExp(`^(${LAZY_PACKAGES.join('|')})$`)
  return {
    name: 'lazy-packages',
    setup: build => {
      build.onResolve({ filter }, args => {
        // One copy for every importer: refuse to build if one of them would get another version.
        const theirs = resolveFrom(args.importer, args.path)
        if (theirs && theirs !== require.resolve(args.path))
          throw new Error(`${args.importer} uses its own ${args.path}: ${theirs}`)
        return { path: args.path, namespace: NAMESPACE }
      })
      build.onResolve({ filter: /\.cjs$/ }, args =>
        args.namespace === NAMESPACE ? { path: args.path, external: true } : undefined
      )
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, args => ({
        loader: 'js',
        resolveDir: root,
        contents: standIn(args.path, require(args.path))
      }))
    }
  }
}

function resolveFrom(importer, name) {
  try {
    return createRequire(importer).resolve(name)
  } catch {
    return undefined // outside node_modules' reach (the test's entry): the root's copy is used
  }
}

/** CommonJS source whose exports load the real package on first read. */
function standIn(name, real) {
  const names = Object.keys(real).filter(n => n !== '__esModule')
  const esModule = real.__esModule
    ? "Object.defineProperty(exports, '__esModule', { value: true })\n"
    : ''
  return (
    `${esModule}let loaded\n` +
    `const load = () => (loaded ??= require('./${lazyFile(name)}'))\n` +
    `for (const name of ${JSON.stringify(names)})\n` +
    '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] })\n'
  )
}
