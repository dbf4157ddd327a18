// The HTML around the render page's script: a fixed 1024×1024 body with a hairline cross between
// the four views. No external resource: the script comes inline.

export const SHEET_SIZE = 1024

export function pageHtml(script: string): string {
  // `</script` inside the bundle would end the tag early; esbuild never emits it, but be sure.
  const safe = script.replace(/<\/script/gi, '<\\/script')
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>meshy render</title><link rel="icon" href="data:,"><style>
html,body{margin:0;padding:0;width:${SHEET_SIZE}px;height:${SHEET_SIZE}px;overflow:hidden;background:#dcdcdc}
canvas{display:block}
.label{position:absolute;font:600 15px/1 system-ui,sans-serif;color:#555;letter-spacing:.02em}
body::before,body::after{content:"";position:absolute;background:#bdbdbd;z-index:1}
body::before{left:${SHEET_SIZE / 2}px;top:0;width:1px;height:${SHEET_SIZE}px}
body::after{top:${SHEET_SIZE / 2}px;left:0;height:1px;width:${SHEET_SIZE}px}
</style></head><body><script>${safe}</script></body></html>
`
}
