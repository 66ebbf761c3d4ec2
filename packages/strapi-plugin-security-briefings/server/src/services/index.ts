import briefings from './briefings';
import directory from './directory';
import overview from './overview';
import draft from './draft';
import candidates from './candidates';
import merge from '../merge/service';
import editing from './editing';
import review from '../review/service';
import revisionLog from '../revision-log/service';

export default { briefings, directory, overview, draft, candidates, merge, editing, review, 'revision-log': revisionLog };
