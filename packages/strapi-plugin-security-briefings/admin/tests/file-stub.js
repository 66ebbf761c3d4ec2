// Stylesheets and images imported by the admin's own code mean nothing in jsdom.
module.exports = {};
