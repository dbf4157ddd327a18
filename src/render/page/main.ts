/// <reference lib="dom" />
// The render page: runs inside headless Chrome, never in Node. It draws one model from four
// sides into a 1024×1024 canvas, 2×2: front, right, back, three-quarter from above. Built into a
// single script (scripts/bundle.mjs → dist/render-page.js) so nothing is fetched but the model,
// which the action serves on loopback. Node calls window.meshyRender(url) once per model.
import {
  Box3,
  Color,
  DirectionalLight,
  NeutralToneMapping,
  PerspectiveCamera,
  PMREMGenerator,
  SRGBColorSpace,
  Scene,
  Sphere,
  Vector3,
  WebGLRenderer,
  type Object3D
} from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'

const SIZE = 1024
const HALF = SIZE / 2
const FOV = 30

/** Direction from the model's centre to the camera, per quadrant (glTF: +Y up, front faces +Z). */
const VIEWS: Array<{ label: string; dir: [number, number, number]; x: number; y: number }> = [
  { label: 'front', dir: [0, 0, 1], x: 0, y: HALF },
  { label: 'right', dir: [1, 0, 0], x: HALF, y: HALF },
  { label: 'back', dir: [0, 0, -1], x: 0, y: 0 },
  { label: '¾ above', dir: [1, 0.8, 1], x: HALF, y: 0 }
]

const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setPixelRatio(1)
renderer.setSize(SIZE, SIZE)
renderer.outputColorSpace = SRGBColorSpace
// Khronos PBR Neutral: keeps a material's hue and brightness close to its base colour.
renderer.toneMapping = NeutralToneMapping
renderer.setScissorTest(true)
document.body.appendChild(renderer.domElement)

const scene = new Scene()
scene.background = new Color(0xdcdcdc)
// A soft studio: an evenly lit room for reflections and ambient light, one key light for shape.
const pmrem = new PMREMGenerator(renderer)
scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture
scene.environmentIntensity = 0.9
const key = new DirectionalLight(0xffffff, 1.2)
scene.add(key)

const loader = new GLTFLoader()
let current: Object3D | undefined

interface Rendered {
  meshes: number
  radius: number
}

async function render(url: string): Promise<Rendered> {
  const gltf = await loader.loadAsync(url)
  if (current) scene.remove(current)
  current = gltf.scene
  scene.add(current)
  current.updateMatrixWorld(true)
  let meshes = 0
  current.traverse(o => {
    if ((o as { isMesh?: boolean }).isMesh) meshes++
  })
  const box = new Box3().setFromObject(current, true)
  if (meshes === 0 || box.isEmpty()) throw new Error('the model has no visible mesh')
  const sphere = box.getBoundingSphere(new Sphere())
  const radius = Math.max(sphere.radius, 1e-6)
  // The same distance in every view, so the four show the model at one scale.
  const distance = (radius / Math.sin(((FOV / 2) * Math.PI) / 180)) * 1.05
  const camera = new PerspectiveCamera(FOV, 1, distance / 100, distance + radius * 4)
  for (const view of VIEWS) {
    const dir = new Vector3(...view.dir).normalize()
    camera.position.copy(sphere.center).addScaledVector(dir, distance)
    camera.lookAt(sphere.center)
    // The key light sits above the camera's left shoulder, so every view is lit the same way.
    const left = new Vector3().crossVectors(dir, new Vector3(0, 1, 0)).normalize()
    key.position
      .copy(camera.position)
      .addScaledVector(left, distance * 0.6)
      .addScaledVector(new Vector3(0, 1, 0), distance * 0.8)
    key.target.position.copy(sphere.center)
    key.target.updateMatrixWorld()
    renderer.setViewport(view.x, view.y, HALF, HALF)
    renderer.setScissor(view.x, view.y, HALF, HALF)
    renderer.render(scene, camera)
  }
  // Two frames: the drawing reaches the compositor before Node takes the screenshot.
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
  return { meshes, radius }
}

function labels(): void {
  for (const [i, view] of VIEWS.entries()) {
    const tag = document.createElement('div')
    tag.textContent = view.label
    tag.className = 'label'
    tag.style.left = `${(i % 2) * HALF + 10}px`
    tag.style.top = `${Math.floor(i / 2) * HALF + 8}px`
    document.body.appendChild(tag)
  }
}

labels()
const page = window as unknown as {
  meshyRender: typeof render
  meshyReady: boolean
}
page.meshyRender = render
page.meshyReady = true
