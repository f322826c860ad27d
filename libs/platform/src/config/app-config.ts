// Configuration is read once, validated, and frozen. A wrong value stops the start with one line that names
// the variable and what is wrong with it.
import { isIP } from 'node:net';
import path from 'node:path';

export interface AppConfig {
  /** Set: use that PostgreSQL. Unset: start the embedded PostgreSQL in DATA_DIR. */
  databaseUrl: string | null;
  /** Set: BullMQ on Redis. Unset: BullMQ on its PostgreSQL backend, same database. */
  redisUrl: string | null;
  /** Set: expert search on Meilisearch. Unset: PostgreSQL full-text search. */
  meiliHost: string | null;
  meiliApiKey: string | null;
  jwtSecret: string | null;
  port: number;
  dataDir: string;
  adminPassword: string | null;
  demoData: boolean;
  demoPassword: string;
  nodeEnv: 'development' | 'production' | 'test';
  /** Run the job processors inside the api process (single-machine mode). */
  inlineWorkers: boolean;
  /** Set: uploaded files go to this S3-compatible store. Unset: under DATA_DIR/uploads. */
  s3: {
    endpoint: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    region: string;
  } | null;
  /**
   * Express `trust proxy`: which proxies' X-Forwarded-For names the client (a hop count, or their addresses).
   * Unset: the client is the connection's peer, so a client cannot choose the address its sign-ins count against.
   */
  trustProxy: false | number | string[];
  /** Where notifications go besides the inbox and the log; each channel is off until configured. */
  notifications: NotificationChannelsConfig;
}

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  /** The SendSms endpoint; https://dysmsapi.aliyuncs.com unless set (tests point it at a local fake). */
  endpoint: string;
  regionId: string;
}

export interface NotificationChannelsConfig {
  /** Set: e-mail over this SMTP server (smtp:// or smtps://user:password@host:port). */
  smtpUrl: string | null;
  mailFrom: string | null;
  /** Set: text messages through this provider. */
  sms: { provider: 'aliyun'; aliyun: AliyunSmsConfig } | null;
  /** The address people open the app at, for the links in e-mails. */
  publicUrl: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function blankToNull(value: string | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = blankToNull(env[name]);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected e.g. ${protocols[0]}//host:port)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  if (!parsed.hostname) throw new ConfigError(name, 'has no host name');
  return raw;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = blankToNull(env[name]);
  if (raw === null) return fallback;
  const v = raw.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env): AppConfig['trustProxy'] {
  const raw = blankToNull(env.TRUST_PROXY);
  if (raw === null || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(raw.toLowerCase())) {
    throw new ConfigError(
      'TRUST_PROXY',
      'must name the proxies (a hop count such as 1, or addresses such as loopback, 10.0.0.0/8), not true: trusting every X-Forwarded-For lets a client choose its address',
    );
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `must be a hop count from 1 to 10 (got ${raw})`);
    return hops;
  }
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (PROXY_NAMES.includes(item)) continue;
    const [address, bits, extra] = item.split('/');
    const version = isIP(address ?? '');
    const maxBits = version === 4 ? 32 : 128;
    if (
      !version ||
      extra !== undefined ||
      (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))
    ) {
      throw new ConfigError(
        'TRUST_PROXY',
        `has "${item}", which is neither an address, a subnet such as 10.0.0.0/8, nor one of ${PROXY_NAMES.join(', ')}`,
      );
    }
  }
  return items;
}

function notificationChannels(env: Env): NotificationChannelsConfig {
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = blankToNull(env.MAIL_FROM);
  if (smtpUrl && !mailFrom)
    throw new ConfigError(
      'MAIL_FROM',
      'is required when SMTP_URL is set (e.g. 专家服务平台 <noreply@example.gov.cn>)',
    );
  if (mailFrom && !/^[^<>]*<?[^@\s<>]+@[^@\s<>]+>?$/.test(mailFrom)) {
    throw new ConfigError('MAIL_FROM', `is not an e-mail address (got "${mailFrom}")`);
  }
  const provider = blankToNull(env.SMS_PROVIDER)?.toLowerCase() ?? null;
  let sms: NotificationChannelsConfig['sms'] = null;
  if (provider !== null) {
    if (provider !== 'aliyun') throw new ConfigError('SMS_PROVIDER', `must be aliyun (got "${provider}")`);
    const need = (name: string) => {
      const v = blankToNull(env[name]);
      if (v === null) throw new ConfigError(name, 'is required when SMS_PROVIDER=aliyun');
      return v;
    };
    sms = {
      provider: 'aliyun',
      aliyun: {
        accessKeyId: need('ALIYUN_SMS_ACCESS_KEY_ID'),
        accessKeySecret: need('ALIYUN_SMS_ACCESS_KEY_SECRET'),
        signName: need('ALIYUN_SMS_SIGN_NAME'),
        templateCode: need('ALIYUN_SMS_TEMPLATE_CODE'),
        endpoint: url(env, 'ALIYUN_SMS_ENDPOINT', ['https:', 'http:']) ?? 'https://dysmsapi.aliyuncs.com',
        regionId: blankToNull(env.ALIYUN_SMS_REGION) ?? 'cn-hangzhou',
      },
    };
  }
  return { smtpUrl, mailFrom, sms, publicUrl: url(env, 'PUBLIC_URL', ['https:', 'http:']) };
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnvRaw = blankToNull(env.NODE_ENV) ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];

  const portRaw = blankToNull(env.PORT) ?? '3000';
  const port = Number(portRaw);
  if (!/^\d+$/.test(portRaw) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535 (got "${portRaw}")`);
  }

  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const meiliHost = url(env, 'MEILI_HOST', ['http:', 'https:']);
  const meiliApiKey = blankToNull(env.MEILI_API_KEY);

  const jwtSecret = blankToNull(env.JWT_SECRET);
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', `must be at least 32 characters long (got ${jwtSecret.length})`);
  }
  if (jwtSecret === null && nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production (at least 32 characters)');
  }

  const adminPassword = blankToNull(env.ADMIN_PASSWORD);
  if (adminPassword !== null && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters long');
  }
  const demoPassword = blankToNull(env.DEMO_PASSWORD) ?? 'Demo@2026';
  if (demoPassword.length < 8) throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters long');

  const dataDir = path.resolve(cwd, blankToNull(env.DATA_DIR) ?? '.data');
  // Demo data is the default only for the single-machine start, never silently in production.
  const demoData = bool(env, 'DEMO_DATA', databaseUrl === null && nodeEnv !== 'production');
  const inlineWorkers = bool(env, 'INLINE_WORKERS', true);

  const s3Endpoint = url(env, 'S3_ENDPOINT', ['https:', 'http:']);
  let s3: AppConfig['s3'] = null;
  if (s3Endpoint) {
    const need = (name: string) => {
      const v = blankToNull(env[name]);
      if (v === null) throw new ConfigError(name, 'is required when S3_ENDPOINT is set');
      return v;
    };
    const bucket = need('S3_BUCKET');
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
      throw new ConfigError('S3_BUCKET', `is not a valid bucket name (got "${bucket}")`);
    s3 = {
      endpoint: s3Endpoint,
      bucket,
      accessKeyId: need('S3_ACCESS_KEY_ID'),
      secretAccessKey: need('S3_SECRET_ACCESS_KEY'),
      region: blankToNull(env.S3_REGION) ?? 'us-east-1',
    };
  }

  return Object.freeze({
    databaseUrl,
    redisUrl,
    meiliHost,
    meiliApiKey,
    jwtSecret,
    port,
    dataDir,
    adminPassword,
    demoData,
    demoPassword,
    nodeEnv,
    inlineWorkers,
    s3,
    trustProxy: trustProxy(env),
    notifications: notificationChannels(env),
  });
}

/** Names of every variable the app reads (checked against docker-compose.yml and the README by a test). */
export const CONFIG_VARIABLES = [
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
  'INLINE_WORKERS',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_REGION',
  'TRUST_PROXY',
  'SMTP_URL',
  'MAIL_FROM',
  'PUBLIC_URL',
  'SMS_PROVIDER',
  'ALIYUN_SMS_ACCESS_KEY_ID',
  'ALIYUN_SMS_ACCESS_KEY_SECRET',
  'ALIYUN_SMS_SIGN_NAME',
  'ALIYUN_SMS_TEMPLATE_CODE',
  'ALIYUN_SMS_ENDPOINT',
  'ALIYUN_SMS_REGION',
] as const;

/** For entry points: the configuration, or one line on stderr and exit code 1. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
