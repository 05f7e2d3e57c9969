// Three tiers (STYLE.md): unit (no bus, no root), integration (real nats-server and keeld),
// privileged (needs uid 0; outside root each such suite says why it is skipped, and in CI a
// skip is a failure). Test code is TypeScript compiled by swc; the daemons under test run
// from dist/ (npm test builds first).
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  // light-my-request (fastify's inject) requires cookie, which ships only as ES modules
  '/node_modules/(cookie|set-cookie-parser)/.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
};
const tier = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [
    `<rootDir>/services/*/test/${name}/**/*.test.ts`,
    `<rootDir>/cli/test/${name}/**/*.test.ts`,
    `<rootDir>/test/${name}/**/*.test.ts`,
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transformIgnorePatterns: ['/node_modules/(?!(cookie|set-cookie-parser)/)'],
});
module.exports = {
  projects: [tier('unit'), tier('integration'), tier('privileged')],
  testTimeout: 60_000,
};
