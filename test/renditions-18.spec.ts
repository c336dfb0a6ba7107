/**
 * Issue 18: the command, headless, against a ninth round of renditions of the portal written from
 * the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { ADF_R18_LOGIN, startAdfR18Rendition } from './renditions/r18-adf/server.js';
import { HEADLESSUI_R18_LOGIN, startHeadlessuiR18Rendition } from './renditions/r18-headlessui/server.js';
import { NIC_MVC_R18_LOGIN, startNicMvcR18Rendition } from './renditions/r18-nic-mvc/server.js';
import { startZkR18Rendition, ZK_R18_LOGIN } from './renditions/r18-zk/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r18-adf',
    ...ADF_R18_LOGIN,
    start: (expireOnce) => startAdfR18Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r18-headlessui',
    ...HEADLESSUI_R18_LOGIN,
    start: (expireOnce) => startHeadlessuiR18Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r18-nic-mvc',
    ...NIC_MVC_R18_LOGIN,
    start: (expireOnce) => startNicMvcR18Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r18-zk',
    ...ZK_R18_LOGIN,
    start: (expireOnce) => startZkR18Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend18');
