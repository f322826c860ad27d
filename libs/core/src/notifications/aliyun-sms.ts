// Aliyun SMS (dysmsapi SendSms) over its signed RPC API. The signature (Aliyun's "RPC signature mechanism",
// SignatureVersion 1.0): every parameter but Signature, sorted by name, names and values percent-encoded
// (RFC 3986: only A-Z a-z 0-9 - _ . ~ stay as they are, a space is %20), joined as name=value with &; the string
// to sign is METHOD & percentEncode("/") & percentEncode(that query); the signature is
// Base64(HMAC-SHA1(AccessKeySecret + "&", stringToSign)).
import { createHmac, randomUUID } from 'node:crypto';
import type { AliyunSmsConfig } from '@app/platform';
import type { SmsSender } from './sms-delivery-adapter.js';

/** Aliyun's percent-encoding: encodeURIComponent, plus ! ' ( ) * encoded as well. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** The canonicalised query: parameters sorted by name (code-unit order), encoded, joined by &. */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
}

export function stringToSign(method: 'GET' | 'POST', params: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
}

/** The request's Signature. */
export function rpcSignature(
  method: 'GET' | 'POST',
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
): string {
  return createHmac('sha1', `${accessKeySecret}&`)
    .update(stringToSign(method, params), 'utf8')
    .digest('base64');
}

/** Aliyun's Timestamp: ISO 8601 in UTC without milliseconds. */
export function aliyunTimestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface AliyunSmsOptions extends AliyunSmsConfig {
  /** Longest wait for the provider's answer. */
  timeoutMs?: number;
  now?: () => Date;
  nonce?: () => string;
}

export class AliyunSmsSender implements SmsSender {
  readonly provider = 'aliyun';

  constructor(private readonly options: AliyunSmsOptions) {}

  /** The signed parameters of a SendSms call (GET query). */
  signedParams(mobile: string, params: Record<string, string>): Record<string, string> {
    const o = this.options;
    const query: Record<string, string> = {
      AccessKeyId: o.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: mobile,
      RegionId: o.regionId,
      SignName: o.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: (o.nonce ?? randomUUID)(),
      SignatureVersion: '1.0',
      TemplateCode: o.templateCode,
      TemplateParam: JSON.stringify(params),
      Timestamp: aliyunTimestamp((o.now ?? (() => new Date()))()),
      Version: '2017-05-25',
    };
    return { ...query, Signature: rpcSignature('GET', query, o.accessKeySecret) };
  }

  async send(mobile: string, params: Record<string, string>): Promise<void> {
    const signed = this.signedParams(mobile, params);
    const query = Object.entries(signed)
      .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
      .join('&');
    const url = `${this.options.endpoint.replace(/\/+$/, '')}/?${query}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'GET',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw new Error(`短信服务无法连接：${(err as Error).message}`);
    }
    const text = await res.text();
    let body: { Code?: string; Message?: string } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not JSON: the status says what went wrong.
    }
    if (!res.ok || body.Code !== 'OK') {
      throw new Error(
        `短信发送失败（HTTP ${res.status}${body.Code ? `，${body.Code}` : ''}）：${body.Message ?? text.slice(0, 200)}`,
      );
    }
  }
}
