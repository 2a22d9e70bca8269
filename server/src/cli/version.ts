// The version the CLI reports (kept in step with package.json by a unit test).
export const VERSION = '0.1.0';
export const TOOL_NAME = 'sysd';
export const TOOL_URI = 'https://github.com/sysd-dev/sysd';
