// Form rules for a new password: the same rule the server applies (libs/domain), checked before sending.
import type { FormRule } from 'antd';
import { passwordProblem } from '@app/domain';

export const newPasswordRules: FormRule[] = [
  { required: true, message: '请输入新密码' },
  {
    validator: async (_rule, value: string | undefined) => {
      if (!value) return;
      const problem = passwordProblem(value);
      if (problem) throw new Error(problem);
    },
  },
];

/** The confirmation must repeat the field `passwordField`. */
export function confirmPasswordRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: '请再次输入新密码' },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: string | undefined) => {
        if (!value || getFieldValue(passwordField) === value) return;
        throw new Error('两次输入的新密码不一致');
      },
    }),
  ];
}
