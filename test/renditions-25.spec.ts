/**
 * Issue 18: the command, headless, against a sixteenth round of renditions of the portal written
 * from the public facts only, by hands that had not seen the bot (see each server.ts's header):
 * Semantic UI 2, PrimeReact 10, Syncfusion EJ2, DevExtreme 23 and SAP UI5 Web Components 2.
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { DEVEXTREME_R25_LOGIN, startDevextremeR25Rendition } from './renditions/r25-devextreme/server.js';
import { PRIMEREACT_R25_LOGIN, startPrimereactR25Rendition } from './renditions/r25-primereact/server.js';
import { SEMANTIC_R25_LOGIN, startSemanticR25Rendition } from './renditions/r25-semantic/server.js';
import { SYNCFUSION_R25_LOGIN, startSyncfusionR25Rendition } from './renditions/r25-syncfusion/server.js';
import { startUi5R25Rendition, UI5_R25_LOGIN } from './renditions/r25-ui5/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r25-semantic',
    ...SEMANTIC_R25_LOGIN,
    start: (expireOnce) => startSemanticR25Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r25-primereact',
    ...PRIMEREACT_R25_LOGIN,
    start: (expireOnce) => startPrimereactR25Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r25-syncfusion',
    ...SYNCFUSION_R25_LOGIN,
    start: (expireOnce) => startSyncfusionR25Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r25-devextreme',
    ...DEVEXTREME_R25_LOGIN,
    start: (expireOnce) => startDevextremeR25Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r25-ui5',
    ...UI5_R25_LOGIN,
    start: (expireOnce) => startUi5R25Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend25');
