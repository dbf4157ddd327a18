// The generated tables (docs/inputs.md) survive GitHub's renderer: angle brackets outside code
// spans are escaped (else <output-dir>/<task-id>/ is swallowed as HTML), code spans and pipes stay
// usable.
import { renderInputs } from '../scripts/readme-tables.js'

test('angle brackets are escaped outside code spans only, pipes always', () => {
  const inputs = renderInputs({
    dir: { description: 'Files land in <dir>/<id>/; e.g. `<dir>/x` or a|b.' }
  })
  expect(inputs).toContain('Files land in &lt;dir&gt;/&lt;id&gt;/; e.g. `<dir>/x` or a\\|b.')
})
