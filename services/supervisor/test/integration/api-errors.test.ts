import { TestDaemon } from '../../../../test/helpers/daemon';

describe('bad input at the API', () => {
  const d = new TestDaemon('keel-bad');
  beforeAll(() => d.start());
  afterAll(() => d.cleanup());

  const expectJsonError = (r: { status: number; headers: Record<string, unknown>; body: string }, status: number, message: RegExp) => {
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toBe('application/json');
    expect(JSON.parse(r.body).message).toMatch(message);
  };

  it('answers an unknown route with 404 and a JSON message', async () => {
    expectJsonError(await d.request('GET', '/v1.41/no/such/route'), 404, /^page not found$/);
    expectJsonError(await d.request('DELETE', '/info'), 404, /^page not found$/);
  });

  it('answers malformed JSON and wrong types with 400 naming the field', async () => {
    const json = { 'content-type': 'application/json' };
    expectJsonError(await d.request('POST', '/keel/services/graphd/restart', '{"Timeout": 1', json), 400, /malformed JSON/);
    expectJsonError(await d.request('POST', '/keel/services/graphd/restart', '{"Timeout": "ten"}', json), 400, /"Timeout"/);
    expectJsonError(await d.request('POST', '/keel/services/graphd/restart', '{"Timeout": -1}', json), 400, /"Timeout"/);
    expectJsonError(await d.request('GET', '/keel/bus/stats?service=../x'), 400, /query parameter "service"/);
    expectJsonError(await d.request('GET', '/v1.99/info'), 400, /too new/);
  });

  it('answers an unknown service with 404 from the job that looked for it', async () => {
    expectJsonError(await d.request('POST', '/keel/services/nosuch/restart'), 404, /service "nosuch" not found/);
    expectJsonError(await d.request('GET', '/keel/bus/stats?service=nosuch'), 404, /service "nosuch" not found/);
  });

  it('restarts a service on request', async () => {
    const before = (await d.services()).find((s) => s.Name === 'netd')!;
    const r = await d.request('POST', '/keel/services/netd/restart', '{"Timeout": 2}', { 'content-type': 'application/json' });
    expect(r.status).toBe(200);
    const after = JSON.parse(r.body);
    expect(after).toMatchObject({ Name: 'netd', State: 'running', Restarts: before.Restarts + 1 });
    expect(after.Pid).not.toBe(before.Pid);
  });

  it('is not stopped or slowed by any of it', async () => {
    for (let i = 0; i < 50; i++) await d.request('POST', '/keel/services/graphd/restart', '{{{{', { 'content-type': 'application/json' });
    const t0 = Date.now();
    const r = await d.request('GET', '/v1.41/version');
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1_000);
    const services = await d.services();
    expect(services.every((s) => s.State === 'running')).toBe(true);
    expect(services.filter((s) => s.Name !== 'netd').every((s) => s.Restarts === 0)).toBe(true);
  });
});
