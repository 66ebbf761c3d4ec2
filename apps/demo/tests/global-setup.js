// Strapi boots from compiled JavaScript: compile the app once before the suites run.
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  await compileStrapi({ appDir: require('node:path').join(__dirname, '..') });
};
