// What the action uses of Khronos' glTF-Validator (the package ships no types).
declare module 'gltf-validator' {
  export interface ValidationReport {
    issues: {
      numErrors: number
      numWarnings: number
      numInfos: number
      messages: Array<{ code: string; message: string; severity: number; pointer?: string }>
    }
    info?: Record<string, unknown>
  }
  export function validateString(
    json: string,
    options?: Record<string, unknown>
  ): Promise<ValidationReport>
  export function validateBytes(
    data: Uint8Array,
    options?: Record<string, unknown>
  ): Promise<ValidationReport>
}
