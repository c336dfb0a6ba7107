/**
 * Issue 18: the command, headless, against an eleventh round of renditions of the portal written
 * from the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { ANTD_R20_LOGIN, startAntdR20Rendition } from './renditions/r20-antd/server.js';
import { EXTJS_R20_LOGIN, startExtjsR20Rendition } from './renditions/r20-extjs/server.js';
import { FRAMES_R20_LOGIN, startFramesR20Rendition } from './renditions/r20-frames/server.js';
import { PRIMEFACES_R20_LOGIN, startPrimefacesR20Rendition } from './renditions/r20-primefaces/server.js';
import { startTelerikR20Rendition, TELERIK_R20_LOGIN } from './renditions/r20-telerik/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r20-antd',
    ...ANTD_R20_LOGIN,
    start: (expireOnce) => startAntdR20Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r20-extjs',
    ...EXTJS_R20_LOGIN,
    start: (expireOnce) => startExtjsR20Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r20-frames',
    ...FRAMES_R20_LOGIN,
    start: (expireOnce) => startFramesR20Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r20-primefaces',
    ...PRIMEFACES_R20_LOGIN,
    start: (expireOnce) => startPrimefacesR20Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r20-telerik',
    ...TELERIK_R20_LOGIN,
    start: (expireOnce) => startTelerikR20Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend20');
