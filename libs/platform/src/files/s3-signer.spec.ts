import { describe, expect, it } from 'vitest';
import { amzDate, s3Encode, sha256Hex, signV4 } from './s3-signer.js';

describe('SigV4 signing', () => {
  it('matches the published S3 example (GET /test.txt with a Range header)', () => {
    const emptyHash = sha256Hex('');
    expect(emptyHash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const auth = signV4(
      {
        method: 'GET',
        path: '/test.txt',
        headers: {
          Host: 'examplebucket.s3.amazonaws.com',
          Range: 'bytes=0-9',
          'x-amz-content-sha256': emptyHash,
          'x-amz-date': '20130524T000000Z',
        },
        payloadHash: emptyHash,
        amzDate: '20130524T000000Z',
      },
      {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        region: 'us-east-1',
      },
    );
    expect(auth).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('encodes paths and dates as S3 expects', () => {
    expect(s3Encode('photos/现场 1.jpg', true)).toBe('photos/%E7%8E%B0%E5%9C%BA%201.jpg');
    expect(s3Encode("a!b'(c)*")).toBe('a%21b%27%28c%29%2A');
    expect(amzDate(new Date('2026-11-23T02:03:04.567Z'))).toBe('20261123T020304Z');
  });
});
