import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AliyunSmsSender,
  aliyunTimestamp,
  canonicalQuery,
  percentEncode,
  rpcSignature,
  stringToSign,
} from './aliyun-sms.js';

describe('Aliyun RPC signature', () => {
  it("encodes as Aliyun does: RFC 3986, a space as %20, ~ kept, * ! ' ( ) encoded", () => {
    expect(percentEncode("a b*c~d!e'(f)")).toBe('a%20b%2Ac~d%21e%27%28f%29');
    expect(percentEncode('短信')).toBe('%E7%9F%AD%E4%BF%A1');
    expect(percentEncode('/')).toBe('%2F');
  });

  it('signs the documented example (DescribeRegions, testid / testsecret)', () => {
    // The worked example of Aliyun's "signature mechanism" page, with its published string to sign and signature.
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(stringToSign('GET', params)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
        '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
        '%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(rpcSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('signs a SendSms call over every parameter but the signature, sorted by name', () => {
    const sender = new AliyunSmsSender({
      accessKeyId: 'LTAI-test',
      accessKeySecret: 's3cret',
      signName: '专家服务基层',
      templateCode: 'SMS_123456',
      endpoint: 'http://127.0.0.1:1',
      regionId: 'cn-hangzhou',
      now: () => new Date('2026-12-06T08:00:00.123Z'),
      nonce: () => 'nonce-1',
    });
    const p = sender.signedParams('13800138000', { title: '服务团邀请：廊下', content: '请确认。' });
    expect(p).toMatchObject({
      Action: 'SendSms',
      Version: '2017-05-25',
      PhoneNumbers: '13800138000',
      SignName: '专家服务基层',
      TemplateCode: 'SMS_123456',
      TemplateParam: '{"title":"服务团邀请：廊下","content":"请确认。"}',
      Timestamp: '2026-12-06T08:00:00Z',
      SignatureNonce: 'nonce-1',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
    });
    const { Signature, ...rest } = p;
    expect(canonicalQuery(p)).toBe(canonicalQuery(rest));
    expect(
      canonicalQuery(rest)
        .split('&')
        .map((kv) => kv.split('=')[0]),
    ).toEqual(Object.keys(rest).sort());
    const expected = createHmac('sha1', 's3cret&')
      .update(`GET&%2F&${percentEncode(canonicalQuery(rest))}`)
      .digest('base64');
    expect(Signature).toBe(expected);
    expect(aliyunTimestamp(new Date('2026-01-02T03:04:05.999Z'))).toBe('2026-01-02T03:04:05Z');
  });
});
