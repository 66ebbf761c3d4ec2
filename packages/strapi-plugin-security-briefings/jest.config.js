/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server/tests'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
};
