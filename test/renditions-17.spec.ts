/**
 * Issue 18: the command, headless, against an eighth round of renditions of the portal written
 * from the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { ADMINLTE_R17_LOGIN, startAdminlteR17Rendition } from './renditions/r17-adminlte/server.js';
import { DEVEXTREME_R17_LOGIN, startDevextremeR17Rendition } from './renditions/r17-devextreme/server.js';
import { PRIMENG_R17_LOGIN, startPrimengR17Rendition } from './renditions/r17-primeng/server.js';
import { SYNCFUSION_R17_LOGIN, startSyncfusionR17Rendition } from './renditions/r17-syncfusion/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r17-adminlte',
    ...ADMINLTE_R17_LOGIN,
    start: (expireOnce) => startAdminlteR17Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r17-devextreme',
    ...DEVEXTREME_R17_LOGIN,
    start: (expireOnce) => startDevextremeR17Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r17-primeng',
    ...PRIMENG_R17_LOGIN,
    start: (expireOnce) => startPrimengR17Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r17-syncfusion',
    ...SYNCFUSION_R17_LOGIN,
    start: (expireOnce) => startSyncfusionR17Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend17');
