import { createRequire as __createRequire } from 'node:module'
const require = __createRequire(import.meta.url)
import{collectStep,createLogger,escapeHtml,exitSoon,finalise,installCrashHandlers,readSavedRun,reportCrash,testModeBanner,text,writeSummaryNow}from"./chunk-ZGOFDDUI.js";import{errorMessage}from"./chunk-YD42IM2J.js";import{__name}from"./chunk-THTMPQTO.js";function renderPostSummary(run,collectStep2){let rows=run.tasks.map(t=>`<tr><td><code>${text(t.id,80)}</code></td><td>${text(t.type,100)}</td></tr>`),table=rows.length?`<table>
<tr><th>Task</th><th>Type</th></tr>
${rows.join(`
`)}
</table>

`:`<p>No Meshy task had been created yet, so nothing was charged.</p>

`;return finalise(`## \u{1F9CA} Meshy: ${text(run.title,200)}

${testModeBanner(run.testMode)}<p>\u23F9\uFE0F The step was stopped (killed, for example by its <code>timeout-minutes</code>) before it wrote its report. It had created or picked up ${run.tasks.length} task(s); Meshy keeps running any that had not finished, and charges for them.</p>

`+table+howToCollect(run,collectStep2))}__name(renderPostSummary,"renderPostSummary");function howToCollect(run,collectStep2){if(run.tasks.length===0)return"";if(run.batch){let lockfile=text(run.lockfile??"",300);return`<p>The lockfile resumes them: its journal <code>${lockfile}.journal</code>, left on the runner by the killed step, holds every task id, and the next run that finds it beside <code>${lockfile}</code> replays it and picks these tasks up by id instead of paying for them again. A job\
 that commits the lockfile (an <code>if: always()</code> step) must add the journal too (<code>git add -f</code>, as it is normally ignored); otherwise collect each task with <code>task-id&#58;</code>.</p>

`}let last=run.tasks.at(-1)?.id??"";return`<p>Collect the last task later, without paying again, with this step:</p>

<pre>${collectStep2(last).split(`
`).map(line=>escapeHtml(line)).join(`
`)}</pre>
`}__name(howToCollect,"howToCollect");function runPost(env,logger){let run=readSavedRun(env);if(!run||run.reported){logger.debug("The main step wrote its own report; nothing to add.");return}for(let line of postLines(run))logger.warning(line);if(env.INPUT_SUMMARY!=="false")try{writeSummaryNow(renderPostSummary(run,id=>collectStep(id,run.testMode)),env)}catch(err){logger.warning(`Could not write the job summary: ${errorMessage(err)}`)}}__name(runPost,"runPost");function postLines(run){if(run.tasks.length===0)return["The main step sto\
pped before its report, and before it had created any Meshy task."];let shown=run.tasks.slice(0,20).map(t=>t.id),more=run.tasks.length-shown.length,head=`The main step stopped before its report. Meshy tasks it had created or picked up: ${shown.join(", ")+(more>0?` and ${more} more (see the job summary)`:"")}.`;if(run.batch)return[`${head} The lockfile ${run.lockfile??""} resumes them: its journal (.journal beside it, left by the killed step) holds every task id, and the next run that finds it re\
plays it instead of paying again. Commit the journal with the lockfile (git add -f), or collect each task with 'task-id: <id>'.`];let last=run.tasks.at(-1)?.id??"";return[`${head} Collect the last one later, without paying again, with this step:
`+collectStep(last,run.testMode)]}__name(postLines,"postLines");installCrashHandlers();try{let core=await import("./core-53TJCAY7.js"),logger=createLogger({debug:__name(m=>core.debug(m),"debug"),info:__name(m=>core.info(m),"info"),warning:__name(m=>core.warning(m),"warning"),error:__name(m=>core.error(m),"error")});runPost(process.env,logger)}catch(err){reportCrash(err)}finally{exitSoon()}
