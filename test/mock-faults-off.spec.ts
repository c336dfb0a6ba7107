/**
 * The mock's control endpoint, driven as people drive it by hand (curl): `null` switches any
 * fault off, as the mock's README says. JSON has no `undefined`, so `null` is the only way.
 */
import { expect, test } from '@playwright/test';
import { startMockPortal } from './mock-portal/server.js';
import { DEFAULT_FAULTS } from './mock-portal/state.js';
import type { Faults } from './mock-portal/types.js';

const ON: Faults = {
  slowMs: 40,
  popup: 'late',
  menuLabel: 'Client Credentials',
  throughGspLabel: 'Through GSP partner',
  popupWithoutClose: true,
  expireSessionAt: 'login',
  serverErrorAt: 'home',
  maintenanceAt: 'login-otp',
  refusePassword: true,
  afterSubmit: 'drop',
};

test('null switches every fault off, back to the portal without it', async () => {
  const mock = await startMockPortal({ quiet: true });
  try {
    const post = async (body: unknown) => {
      const answer = await fetch(`${mock.url}/__mock/faults`, { method: 'POST', body: JSON.stringify(body) });
      return { status: answer.status, body: (await answer.json()) as { faults?: Faults; error?: string } };
    };
    expect(Object.keys(ON).sort()).toEqual(
      Object.keys(DEFAULT_FAULTS)
        .concat(['expireSessionAt', 'serverErrorAt', 'maintenanceAt', 'afterSubmit'])
        .sort(),
    );
    expect((await post(ON)).body.faults).toEqual(ON);

    const off = await post(Object.fromEntries(Object.keys(ON).map((key) => [key, null])));
    expect(off.status, off.body.error).toBe(200);
    expect(off.body.faults).toEqual(DEFAULT_FAULTS);
    // The page is drawn without them again: no delay, the usual menu text.
    expect(mock.state().faults).toEqual(DEFAULT_FAULTS);

    // One at a time, the others untouched.
    await post(ON);
    const one = await post({ slowMs: null });
    expect(one.body.faults).toEqual({ ...ON, slowMs: 0 });
  } finally {
    await mock.close();
  }
});

test('a wrong value is still refused, naming the fault', async () => {
  const mock = await startMockPortal({ quiet: true });
  try {
    const answer = await fetch(`${mock.url}/__mock/faults`, {
      method: 'POST',
      body: JSON.stringify({ popup: 'sometimes' }),
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: string }).error).toMatch(/faults\.popup must be one of/);
  } finally {
    await mock.close();
  }
});
