import briefings from './briefings';
import directory from './directory';
import overview from './overview';
import draft from './draft';
import editing from './editing';

export default { briefings, directory, overview, draft, editing };
