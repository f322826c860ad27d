import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the single-machine mode: embedded database, PostgreSQL jobs, demo data, port 3000', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({
      databaseUrl: null,
      redisUrl: null,
      meiliHost: null,
      port: 3000,
      dataDir: path.resolve('/srv/app', '.data'),
      demoData: true,
      demoPassword: 'Demo@2026',
      nodeEnv: 'development',
      inlineWorkers: true,
      trustProxy: false,
    });
  });

  it('turns demo data off by default when a real database is configured', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/app' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/app', DEMO_DATA: 'yes' }).demoData).toBe(true);
  });

  it('reads every server setting', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/app',
      REDIS_URL: 'redis://cache:6379',
      MEILI_HOST: 'http://search:7700',
      MEILI_API_KEY: 'k',
      JWT_SECRET: 'x'.repeat(40),
      PORT: '8080',
      DATA_DIR: '/var/lib/es',
      ADMIN_PASSWORD: 'Secret123',
      DEMO_DATA: 'false',
      DEMO_PASSWORD: 'Another123',
      NODE_ENV: 'production',
      INLINE_WORKERS: 'false',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'expert-photos',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_REGION: 'cn-east-1',
      TRUST_PROXY: '1',
    });
    expect(c).toMatchObject({
      s3: {
        endpoint: 'http://minio:9000',
        bucket: 'expert-photos',
        accessKeyId: 'key',
        secretAccessKey: 'secret',
        region: 'cn-east-1',
      },
      redisUrl: 'redis://cache:6379',
      meiliHost: 'http://search:7700',
      meiliApiKey: 'k',
      port: 8080,
      dataDir: '/var/lib/es',
      adminPassword: 'Secret123',
      demoData: false,
      demoPassword: 'Another123',
      nodeEnv: 'production',
      inlineWorkers: false,
      trustProxy: 1,
    });
  });

  it('trusts X-Forwarded-For only from the proxies it is told of', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.168.1.5' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.5',
    ]);
  });

  const bad: [Record<string, string>, string, RegExp][] = [
    [{ PORT: 'abc' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /0 to 65535/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL', /postgres:/],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', /not a valid URL/],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL', /redis:/],
    [{ MEILI_HOST: 'ftp://m' }, 'MEILI_HOST', /http:/],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET', /at least 32/],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', /development, production or test/],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET', /required/],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA', /true or false/],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD', /at least 8/],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD', /at least 8/],
    [{ S3_ENDPOINT: 'ftp://s3' }, 'S3_ENDPOINT', /https:/],
    [{ S3_ENDPOINT: 'http://minio:9000' }, 'S3_BUCKET', /required when S3_ENDPOINT/],
    [{ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'Photos_1' }, 'S3_BUCKET', /valid bucket/],
    [{ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'photos' }, 'S3_ACCESS_KEY_ID', /required/],
    [
      { S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'k' },
      'S3_SECRET_ACCESS_KEY',
      /required/,
    ],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY', /not true/],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY', /1 to 10/],
    [{ TRUST_PROXY: 'loopback,proxy.local' }, 'TRUST_PROXY', /"proxy.local"/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY', /"10.0.0.0\/33"/],
  ];
  it.each(bad)('refuses %j naming %s', (env, variable, problem) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).toMatch(problem);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('lists each variable it reads', () => {
    expect(CONFIG_VARIABLES).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'REDIS_URL',
        'MEILI_HOST',
        'MEILI_API_KEY',
        'JWT_SECRET',
        'PORT',
        'DATA_DIR',
        'ADMIN_PASSWORD',
        'DEMO_DATA',
        'DEMO_PASSWORD',
        'NODE_ENV',
      ]),
    );
  });

  it('turns e-mail and SMS on only when configured, and names what is missing', () => {
    expect(loadConfig({}).notifications).toEqual({
      smtpUrl: null,
      mailFrom: null,
      sms: null,
      publicUrl: null,
    });
    const c = loadConfig({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: '专家服务平台 <noreply@example.gov.cn>',
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'id',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
      ALIYUN_SMS_SIGN_NAME: '专家服务基层',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
    }).notifications;
    expect(c.sms?.aliyun).toMatchObject({
      endpoint: 'https://dysmsapi.aliyuncs.com',
      regionId: 'cn-hangzhou',
      signName: '专家服务基层',
    });
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/MAIL_FROM is required/);
    expect(() => loadConfig({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL must start with smtp:/);
    expect(() => loadConfig({ SMS_PROVIDER: 'twilio' })).toThrow(/SMS_PROVIDER must be aliyun/);
    expect(() => loadConfig({ SMS_PROVIDER: 'aliyun' })).toThrow(/ALIYUN_SMS_ACCESS_KEY_ID is required/);
  });
});
