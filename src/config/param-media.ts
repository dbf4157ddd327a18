// Image fields Meshy documents that the action has no input of its own for (texture reference
// images: `texture_image_url`, and multi-image-to-3d's `texture_image_urls`). They come through
// `params`; a workspace path there is read and sent as a data URI, exactly as for `image`, so a
// repository's own reference art needs no hosting. Only where the route lists the field.
import { ConfigurationError } from '../core/errors.js'
import type { MediaInput } from './types.js'

/** Meshy's count for texture_image_urls: 1 to 4 views (MCP v0.6.0; unconfirmed on v2). */
const MAX_TEXTURE_IMAGES = 4

type Resolve = (value: string, field: string) => MediaInput

/**
 * The params with each listed image field resolved. A data URI made from a file goes into the
 * request hash whole, so a changed file changes the hash, like an `image` file does.
 */
export function resolveParamMedia(
  params: Record<string, unknown>,
  routeFields: readonly string[],
  input: string,
  resolve: Resolve
): Record<string, unknown> {
  const one = (value: unknown, field: string): string => {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ConfigurationError(input, `${field} must be an image: ${ACCEPTS}`)
    }
    return resolve(value, field).value
  }
  const out = { ...params }
  if (routeFields.includes('texture_image_url') && out.texture_image_url !== undefined) {
    out.texture_image_url = one(out.texture_image_url, 'texture_image_url')
  }
  const list = out.texture_image_urls
  if (routeFields.includes('texture_image_urls') && list !== undefined) {
    if (!Array.isArray(list) || list.length < 1 || list.length > MAX_TEXTURE_IMAGES) {
      throw new ConfigurationError(
        input,
        `texture_image_urls must be a list of 1 to ${MAX_TEXTURE_IMAGES} images (${ACCEPTS}).`
      )
    }
    out.texture_image_urls = list.map((v, i) => one(v, `texture_image_urls[${i}]`))
  }
  return out
}

const ACCEPTS = 'an https URL, a data URI, or a path to a PNG/JPEG/WebP file in the workspace'
