import briefings from './briefings';
import directory from './directory';

export default { briefings, directory };
