import type { ThemeConfig } from 'antd';

/** Ant Design tokens: a calm government blue, Chinese-first font stack. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#0f2a4a' },
    Menu: { darkItemBg: '#0f2a4a', darkSubMenuItemBg: '#0c2240' },
  },
};
