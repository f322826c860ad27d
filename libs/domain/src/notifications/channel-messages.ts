// A notice as it leaves the app: an e-mail (subject, plain text with the link) and an SMS template's parameters.
// Pure: the adapters only send what these build.
import type { Notice } from './notice.js';

/** Longest text an SMS template variable takes here (the provider splits long messages, we keep them short). */
export const SMS_PARAM_MAX = 60;

export interface EmailMessage {
  subject: string;
  text: string;
}

/** The e-mail of a notice: its title as the subject, the body, where to open it and who sends it. */
export function emailMessage(notice: Notice, link: string | null, publicUrl: string | null): EmailMessage {
  const url = link
    ? /^https?:\/\//.test(link)
      ? link
      : publicUrl
        ? publicUrl.replace(/\/+$/, '') + link
        : null
    : null;
  const lines = [notice.body, ''];
  if (url) lines.push(`查看详情：${url}`, '');
  lines.push('此邮件由专家服务基层平台自动发送，请勿直接回复。您可以在平台“通知设置”中修改接收方式。');
  return { subject: `【专家服务基层】${notice.title}`, text: lines.join('\n') };
}

function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}

/**
 * The parameters of the SMS template (e.g. "您有一条新通知：${title}。${content}"): the title and the body,
 * each clipped to what a template variable takes.
 */
export function smsTemplateParams(notice: Notice): { title: string; content: string } {
  return { title: clip(notice.title, SMS_PARAM_MAX), content: clip(notice.body, SMS_PARAM_MAX) };
}
