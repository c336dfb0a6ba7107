/**
 * Issue 18: the command, headless, against a thirteenth round of renditions of the portal written
 * from the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { CLAY_R22_LOGIN, startClayR22Rendition } from './renditions/r22-clay/server.js';
import { MANTINE_R22_LOGIN, startMantineR22Rendition } from './renditions/r22-mantine/server.js';
import { MDWEB_R22_LOGIN, startMdwebR22Rendition } from './renditions/r22-mdweb/server.js';
import { QUASAR_R22_LOGIN, startQuasarR22Rendition } from './renditions/r22-quasar/server.js';
import { startW2uiR22Rendition, W2UI_R22_LOGIN } from './renditions/r22-w2ui/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r22-clay',
    ...CLAY_R22_LOGIN,
    start: (expireOnce) => startClayR22Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r22-mantine',
    ...MANTINE_R22_LOGIN,
    start: (expireOnce) => startMantineR22Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r22-mdweb',
    ...MDWEB_R22_LOGIN,
    start: (expireOnce) => startMdwebR22Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r22-quasar',
    ...QUASAR_R22_LOGIN,
    start: (expireOnce) => startQuasarR22Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r22-w2ui',
    ...W2UI_R22_LOGIN,
    start: (expireOnce) => startW2uiR22Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend22');
