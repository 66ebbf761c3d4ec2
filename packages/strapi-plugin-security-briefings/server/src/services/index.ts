import briefings from './briefings';
import directory from './directory';
import overview from './overview';

export default { briefings, directory, overview };
