import admin from './admin';
import contentApi from './content-api';
import taxii from './taxii';

export default { admin, 'content-api': { ...contentApi, routes: [...contentApi.routes, ...taxii] } };
