import { describe, expect, it } from 'vitest';
import { dispositionFileName } from '../../apps/web/src/lib/content-disposition.js';

describe('dispositionFileName', () => {
  it("reads the UTF-8 name the server gives (filename*=UTF-8''…), else nothing", () => {
    const name = '专家服务基地申报表-脑卒中防治专家服务基地-草稿.pdf';
    expect(dispositionFileName(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name);
    expect(dispositionFileName('attachment')).toBeNull();
    expect(dispositionFileName(null)).toBeNull();
    expect(dispositionFileName("attachment; filename*=UTF-8''%E4%B8")).toBeNull();
  });
});
