/** @type {import('jest').Config} */
const swc = (jsx) => ['@swc/jest', jsx ? { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } } : {}];

module.exports = {
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/server/tests'],
      transform: { '^.+\\.tsx?$': swc(false) },
    },
    {
      // Component tests: admin inputs and panels in jsdom with React Testing Library.
      displayName: 'admin',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/admin/tests'],
      testMatch: ['**/*.test.ts?(x)'],
      // .mjs too: the entities package's browser entry, which the admin bundle uses, is ESM.
      transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': swc(true) },
      setupFilesAfterEnv: ['<rootDir>/admin/tests/setup.ts'],
      // The admin's own code (Form, hooks) runs for real: `@strapi/strapi/admin` is the real module, content
      // manager and upload included (it loads in jsdom); a few of its dependencies ship ESM only.
      moduleNameMapper: {
        '\\.(css|svg|png|jpe?g|gif|woff2?)(\\?raw)?$': '<rootDir>/admin/tests/file-stub.js',
        // d3 ships ESM as .mjs; its UMD builds load as CommonJS.
        '^d3-(geo|array)$': '<rootDir>/../../node_modules/d3-$1/dist/d3-$1.js',
      },
      transformIgnorePatterns: ['/node_modules/(?!(fractional-indexing|@sindresorhus|is-plain-obj|lodash-es|react-dnd|dnd-core|@react-dnd|react-dnd-html5-backend)/)'],
    },
  ],
};
