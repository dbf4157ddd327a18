// The HTML around the render page's script: a fixed 1024×1024 body with a hairline cross between
// the four views. No external resource: the script comes inline.

export const SHEET_SIZE = 1024
/**
 * The view labels' height in sheet pixels. Summaries and comments show a sheet 256 px wide or
 * more, where 44 px become 11: still legible (15 px became 4, a smudge).
 */
export const LABEL_PX = 44

export function pageHtml(script: string): string {
  // `</script` inside the bundle would end the tag early; esbuild never emits it, but be sure.
  const safe = script.replace(/<\/script/gi, '<\\/script')
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>meshy render</title><link rel="icon" href="data:,"><style>
html,body{margin:0;padding:0;width:${SHEET_SIZE}px;height:${SHEET_SIZE}px;overflow:hidden;background:#dcdcdc}
canvas{display:block}
.label{position:absolute;z-index:2;font:700 ${LABEL_PX}px/1 system-ui,sans-serif;color:#333;background:rgba(255,255,255,.7);padding:4px 10px;border-radius:6px}
body::before,body::after{content:"";position:absolute;background:#bdbdbd;z-index:1}
body::before{left:${SHEET_SIZE / 2}px;top:0;width:1px;height:${SHEET_SIZE}px}
body::after{top:${SHEET_SIZE / 2}px;left:0;height:1px;width:${SHEET_SIZE}px}
</style></head><body><script>${safe}</script></body></html>
`
}
