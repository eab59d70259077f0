/*
 * Starts GOV.UK Frontend and MOJ Frontend on every page (the layout, /layout/page.xhtml, loads this file as a module).
 * A file, not an inline script, so that the Content-Security-Policy can forbid inline scripts (docs/security.md).
 * Served by Faces at /jakarta.faces.resource/frontend.js.xhtml?ln=locus, so the webjars are one folder up from
 * here whatever the application's context path. Both only run where ES modules do, which the body's classes say.
 */
import { initAll } from '../webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'
import { initAll as initAllMoj } from '../webjars/ministryofjustice__frontend/7.1.0/moj/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
initAllMoj()
