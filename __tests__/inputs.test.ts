import { describe, expect, it } from 'vitest';
import { parseInputs, readRawInputs, INPUT_NAMES, type RawInputs, parseBoolean, splitList } from '../src/inputs.js';

const VALID: Partial<RawInputs> = {
  name: 'release-1.0 data_disk',
  image_url: 'my-bucket:images/disk.qcow2',
  min_disk: '40',
  region: 'cn-north-4',
  access_key_id: 'AKEXAMPLE1234567890',
  secret_access_key: 'skEXAMPLE0123456789012345678901234567890',
};

function raw(over: Partial<RawInputs> = {}): RawInputs {
  const r = {} as RawInputs;
  for (const n of INPUT_NAMES) r[n] = '';
  return { ...r, ...VALID, ...over };
}

function errorsFor(over: Partial<RawInputs>): string[] {
  const res = parseInputs(raw(over));
  return res.ok ? [] : res.errors;
}

function expectValid(over: Partial<RawInputs>) {
  const res = parseInputs(raw(over));
  expect(res.ok ? [] : res.errors).toEqual([]);
  if (!res.ok) throw new Error('invalid');
  return res;
}

function expectInvalid(over: Partial<RawInputs>, input: string) {
  const errs = errorsFor(over);
  expect(errs.length, `expected an error for ${JSON.stringify(over)}`).toBeGreaterThan(0);
  expect(
    errs.some((e) => e.startsWith(`${input}:`) || e.startsWith(`${input},`)),
    errs.join('\n'),
  ).toBe(true);
}

describe('readRawInputs', () => {
  it('trims inputs, and an input wins over the env fallbacks, auth-action first, then SDK names', () => {
    const env = {
      INPUT_NAME: '  my-image \n',
      INPUT_REGION: '',
      HUAWEI_CLOUD_REGION: 'ap-southeast-1',
      HUAWEICLOUD_SDK_REGION: 'cn-east-3',
      INPUT_ACCESS_KEY_ID: 'AK_FROM_INPUT',
      HUAWEI_CLOUD_ACCESS_KEY_ID: 'AK_FROM_ENV',
      HUAWEICLOUD_SDK_SK: 'SK_FROM_SDK_ENV',
      HUAWEICLOUD_SDK_PROJECT_ID: 'pid',
    };
    const r = readRawInputs(env);
    expect(r.name).toBe('my-image');
    expect(r.region).toBe('ap-southeast-1');
    expect(r.access_key_id).toBe('AK_FROM_INPUT');
    expect(r.secret_access_key).toBe('SK_FROM_SDK_ENV');
    expect(r.project_id).toBe('pid');
    expect(readRawInputs({ HUAWEICLOUD_SDK_REGION: 'cn-east-3' }).region).toBe('cn-east-3');
  });
});

describe('parseInputs: the request body', () => {
  it('builds the body from valid inputs, omitting empty optional fields', () => {
    const { config } = expectValid({});
    expect(config.body).toEqual({
      name: 'release-1.0 data_disk',
      image_url: 'my-bucket:images/disk.qcow2',
      min_disk: 40,
      os_type: 'Linux',
    });
    expect(config.wait).toBe(true);
    expect(config.waitTimeoutMs).toBe(3600_000);
    expect(config.imsEndpoint).toBe('https://ims.cn-north-4.myhuaweicloud.com');
    expect(config.iamEndpoint).toBe('https://iam.cn-north-4.myhuaweicloud.com');
    expect(config.projectId).toBeUndefined();
  });

  it('includes every optional field when given', () => {
    const { config } = expectValid({
      os_type: 'WINDOWS',
      description: 'Data disk of 1.0 — 中文 ok',
      cmk_id: '0D0466B0-E727-4D9C-B35D-F84BB474A37F',
      tags: 'env.prod, team.infra\nver.1.2.3\n\n',
      enterprise_project_id: '0',
    });
    expect(config.body).toEqual({
      name: 'release-1.0 data_disk',
      image_url: 'my-bucket:images/disk.qcow2',
      min_disk: 40,
      os_type: 'Windows',
      description: 'Data disk of 1.0 — 中文 ok',
      cmk_id: '0D0466B0-E727-4D9C-B35D-F84BB474A37F',
      tags: ['env.prod', 'team.infra', 'ver.1.2.3'],
      enterprise_project_id: '0',
    });
  });

  it('name: 1-128 allowed characters', () => {
    expectValid({ name: 'a' });
    expectValid({ name: 'x'.repeat(128) });
    expectValid({ name: '镜像-1.0_数据 盘' });
    expectInvalid({ name: 'x'.repeat(129) }, 'name');
    expectInvalid({ name: '' }, 'name');
    expectInvalid({ name: 'bad/name' }, 'name');
    expectInvalid({ name: 'tab\tname' }, 'name');
    expectInvalid({ name: 'émoji😀' }, 'name');
  });

  it('description: at most 1024 characters, no CR, LF, < or >', () => {
    expectValid({ description: 'd'.repeat(1024) });
    expectValid({ description: '中'.repeat(1024) });
    expectInvalid({ description: 'd'.repeat(1025) }, 'description');
    for (const bad of ['a\nb', 'a\rb', 'a<b', 'a>b']) expectInvalid({ description: bad }, 'description');
  });

  it('os_type: Linux or Windows in any case', () => {
    expect(expectValid({ os_type: 'linux' }).config.body.os_type).toBe('Linux');
    expect(expectValid({ os_type: 'wInDoWs' }).config.body.os_type).toBe('Windows');
    expectInvalid({ os_type: 'macos' }, 'os_type');
  });

  it('image_url: <bucket>:<object> with OBS bucket rules', () => {
    expectValid({ image_url: 'abc:x.vhd' });
    expectValid({ image_url: `${'a'.repeat(63)}:x.raw` });
    expectValid({ image_url: 'my.bucket-1:dir/with:colon/disk.vmdk' });
    expectValid({ image_url: `b-1:${'o'.repeat(1018)}.qcow2` }); // 1024 bytes
    for (const bad of [
      'ab:x.qcow2',
      `${'a'.repeat(64)}:x.qcow2`,
      'Bucket:x.qcow2',
      '-abc:x.qcow2',
      'abc-:x.qcow2',
      'a..b:x.qcow2',
      'a.-b:x.qcow2',
      'a-.b:x.qcow2',
      '192.168.1.1:x.qcow2',
      'a_b:x.qcow2',
    ]) {
      expectInvalid({ image_url: bad }, 'image_url');
    }
    expectInvalid({ image_url: 'no-colon' }, 'image_url');
    expectInvalid({ image_url: 'bucket:' }, 'image_url');
    expectInvalid({ image_url: `b-1:${'o'.repeat(1019)}.qcow2` }, 'image_url'); // 1025 bytes
    expectInvalid({ image_url: `b-1:${'中'.repeat(342)}` }, 'image_url'); // 1026 bytes
    expectInvalid({ image_url: 'bucket:a\nb.qcow2' }, 'image_url');
  });

  it('image_url: an unknown extension is a warning, not an error', () => {
    const res = expectValid({ image_url: 'bucket:disk.tar.gz' });
    expect(res.warnings.join()).toMatch(/image_url: .*known image format/);
    expect(expectValid({ image_url: 'bucket:disk.QCOW2' }).warnings).toEqual([]);
    for (const ext of ['qcow2', 'vmdk', 'vhd', 'vhdx', 'zvhd', 'zvhd2', 'raw', 'img', 'qed', 'vdi', 'qcow', 'iso']) {
      expect(expectValid({ image_url: `bucket:d.${ext}` }).warnings).toEqual([]);
    }
  });

  it('min_disk: an integer from 40 to 2048', () => {
    expect(expectValid({ min_disk: '2048' }).config.body.min_disk).toBe(2048);
    for (const bad of ['39', '2049', '40.5', '-40', '1e2', 'forty', '0x40']) expectInvalid({ min_disk: bad }, 'min_disk');
    expectInvalid({ min_disk: '' }, 'min_disk');
  });

  it('tags: key.value items, split at the first dot, limits on keys and values', () => {
    expect(expectValid({ tags: 'k.' }).config.body.tags).toEqual(['k.']);
    expectValid({ tags: `${'k'.repeat(36)}.${'v'.repeat(43)}` });
    expectValid({ tags: '键_-1.值.1-_' });
    expectInvalid({ tags: `${'k'.repeat(37)}.v` }, 'tags');
    expectInvalid({ tags: `k.${'v'.repeat(44)}` }, 'tags');
    expectInvalid({ tags: '.v' }, 'tags');
    expectInvalid({ tags: 'novalue' }, 'tags');
    expectInvalid({ tags: 'k.v v' }, 'tags');
    expectInvalid({ tags: 'k.a,k.b' }, 'tags');
    expectValid({ tags: Array.from({ length: 10 }, (_, i) => `k${i}.v`).join(',') });
    expectInvalid({ tags: Array.from({ length: 11 }, (_, i) => `k${i}.v`).join(',') }, 'tags');
  });

  it('image_tags: key=value items or a JSON array, the same limits', () => {
    expect(expectValid({ image_tags: 'env=prod\nteam = infra' }).config.body.image_tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'infra' },
    ]);
    expect(expectValid({ image_tags: '[{"key":"a","value":"1"},{"key":"b"}]' }).config.body.image_tags).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '' },
    ]);
    expectInvalid({ image_tags: '[{"key":"a",' }, 'image_tags');
    expectInvalid({ image_tags: '[1]' }, 'image_tags');
    expectInvalid({ image_tags: '[{"key":5,"value":"x"}]' }, 'image_tags');
    expectInvalid({ image_tags: 'novalue' }, 'image_tags');
    expectInvalid({ image_tags: 'a=1,a=2' }, 'image_tags');
    expectInvalid({ image_tags: `k=${'v'.repeat(44)}` }, 'image_tags');
    expectInvalid({ image_tags: Array.from({ length: 11 }, (_, i) => `k${i}=v`).join(',') }, 'image_tags');
    expectInvalid({ tags: 'a.b', image_tags: 'a=b' }, 'tags');
  });

  it('enterprise_project_id: 0 or a UUID; cmk_id: a UUID', () => {
    expectValid({ enterprise_project_id: '9b2a8a0c-3e41-4f9a-9c7e-1a2b3c4d5e6f' });
    expectInvalid({ enterprise_project_id: '1' }, 'enterprise_project_id');
    expectInvalid({ enterprise_project_id: 'default' }, 'enterprise_project_id');
    expectInvalid({ cmk_id: '0' }, 'cmk_id');
    expectInvalid({ cmk_id: '0d0466b0-e727-4d9c-b35d-f84bb474a37' }, 'cmk_id');
  });
});

describe('parseInputs: where and who', () => {
  it('region: required, shaped like a region name', () => {
    for (const ok of ['cn-north-4', 'eu-west-101', 'my-kualalumpur-1', 'ap-southeast-1', 'la-south-2']) expectValid({ region: ok });
    expectInvalid({ region: '' }, 'region');
    for (const bad of ['cn-north', 'CN-NORTH-4', 'cn_north_4', 'north-4', 'cn-north-4.', 'cn-north-4/../x'])
      expectInvalid({ region: bad }, 'region');
  });

  it('eu-west-101 gets the European IAM endpoint', () => {
    expect(expectValid({ region: 'eu-west-101' }).config.iamEndpoint).toBe('https://iam.eu-west-101.myhuaweicloud.eu');
    expect(expectValid({ region: 'eu-west-101' }).config.imsEndpoint).toBe('https://ims.eu-west-101.myhuaweicloud.com');
  });

  it('credentials: AK and SK together, token only with them, never echoed', () => {
    const none = errorsFor({ access_key_id: '', secret_access_key: '' });
    expect(none.join()).toMatch(/secrets|auth-action/);
    expectInvalid({ access_key_id: '' }, 'access_key_id');
    expectInvalid({ secret_access_key: '' }, 'secret_access_key');
    expectInvalid({ access_key_id: '', secret_access_key: '', security_token: 'tok' }, 'security_token');
    const withToken = expectValid({ security_token: 'tok-123' });
    expect(withToken.config.credentials).toMatchObject({ kind: 'aksk', securityToken: 'tok-123' });
    const errs = errorsFor({ secret_access_key: 'sk with space SECRETVALUE' });
    expect(errs.join()).not.toContain('SECRETVALUE');
    expectInvalid({ secret_access_key: 'sk\nX' }, 'secret_access_key');
  });

  it('endpoints: https, or http only on loopback; no query', () => {
    expect(expectValid({ ims_endpoint: 'http://127.0.0.1:8080/' }).config.imsEndpoint).toBe('http://127.0.0.1:8080');
    expectValid({ iam_endpoint: 'http://localhost:1' });
    expectValid({ iam_endpoint: 'http://[::1]:9' });
    expectValid({ ims_endpoint: 'https://ims.example.com' });
    expectInvalid({ ims_endpoint: 'http://10.0.0.1' }, 'ims_endpoint');
    expectInvalid({ ims_endpoint: 'http://localhost.evil.com' }, 'ims_endpoint');
    expectInvalid({ iam_endpoint: 'ftp://x' }, 'iam_endpoint');
    expectInvalid({ iam_endpoint: 'not a url' }, 'iam_endpoint');
    expectInvalid({ ims_endpoint: 'https://h/?a=b' }, 'ims_endpoint');
  });

  it('project_id: letters, digits and dashes', () => {
    expect(expectValid({ project_id: '0123456789abcdef0123456789abcdef' }).config.projectId).toBe('0123456789abcdef0123456789abcdef');
    expectInvalid({ project_id: '../x' }, 'project_id');
  });
});

describe('parseInputs: waiting', () => {
  it('wait: YAML 1.2 core booleans', () => {
    expect(expectValid({ wait: 'False' }).config.wait).toBe(false);
    expect(expectValid({ wait: 'TRUE' }).config.wait).toBe(true);
    expectInvalid({ wait: 'yes' }, 'wait');
    expect(parseBoolean('tRue')).toBeUndefined();
  });

  it('wait_timeout: a duration above 0, at most 24h', () => {
    expect(expectValid({ wait_timeout: '90s' }).config.waitTimeoutMs).toBe(90_000);
    expect(expectValid({ wait_timeout: '1h30m' }).config.waitTimeoutMs).toBe(5400_000);
    expect(expectValid({ wait_timeout: '600' }).config.waitTimeoutMs).toBe(600_000);
    expect(expectValid({ wait_timeout: '24h' }).config.waitTimeoutMs).toBe(86400_000);
    for (const bad of ['0', '0s', '24h1s', '5 minutes', '-1', '1.5h', 'm']) expectInvalid({ wait_timeout: bad }, 'wait_timeout');
  });
});

describe('parseInputs: reporting', () => {
  it('reports every problem at once, each naming its input', () => {
    const errs = errorsFor({
      name: '',
      image_url: 'x',
      min_disk: '1',
      os_type: 'mac',
      region: 'nowhere',
      wait: 'maybe',
      wait_timeout: 'soon',
      tags: 'x',
    });
    for (const input of ['name', 'image_url', 'min_disk', 'os_type', 'region', 'wait', 'wait_timeout', 'tags']) {
      expect(
        errs.some((e) => e.startsWith(`${input}:`)),
        `${input} in ${errs.join('\n')}`,
      ).toBe(true);
    }
    expect(errs.length).toBeGreaterThanOrEqual(8);
  });

  it('splitList drops empty items around commas and newlines', () => {
    expect(splitList(' a , ,b\r\n\nc,')).toEqual(['a', 'b', 'c']);
  });
});
