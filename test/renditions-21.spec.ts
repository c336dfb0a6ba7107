/**
 * Issue 18: the command, headless, against a twelfth round of renditions of the portal written
 * from the public facts only, by hands that had not seen the bot (see each server.ts's header).
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { JQMOBILE_R21_LOGIN, startJqmobileR21Rendition } from './renditions/r21-jqmobile/server.js';
import { ORACLEJET_R21_LOGIN, startOraclejetR21Rendition } from './renditions/r21-oraclejet/server.js';
import { SLDS_R21_LOGIN, startSldsR21Rendition } from './renditions/r21-slds/server.js';
import { startWicketR21Rendition, WICKET_R21_LOGIN } from './renditions/r21-wicket/server.js';
import { startYii2R21Rendition, YII2_R21_LOGIN } from './renditions/r21-yii2/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r21-jqmobile',
    ...JQMOBILE_R21_LOGIN,
    start: (expireOnce) => startJqmobileR21Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r21-oraclejet',
    ...ORACLEJET_R21_LOGIN,
    start: (expireOnce) => startOraclejetR21Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r21-slds',
    ...SLDS_R21_LOGIN,
    start: (expireOnce) => startSldsR21Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r21-wicket',
    ...WICKET_R21_LOGIN,
    start: (expireOnce) => startWicketR21Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r21-yii2',
    ...YII2_R21_LOGIN,
    start: (expireOnce) => startYii2R21Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend21');
