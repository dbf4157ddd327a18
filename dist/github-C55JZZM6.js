import { createRequire as __createRequire } from 'node:module'
const require = __createRequire(import.meta.url)
import{context,getOctokit}from"./chunk-AWMTDEFP.js";import"./chunk-V3S3TA6D.js";import"./chunk-THTMPQTO.js";export{context,getOctokit};
