import briefings from './briefings';
import directory from './directory';
import overview from './overview';
import draft from './draft';
import editing from './editing';
import review from '../review/service';
import revisionLog from '../revision-log/service';

export default { briefings, directory, overview, draft, editing, review, 'revision-log': revisionLog };
