import adminExport from './admin-export';
import briefing from './briefing';
import { actor, place } from './directory';
import { format, marking } from './grants';
import overview from './overview';
import draft from './draft';
import candidates from './candidates';
import merge from './merge';
import protection from './protection';
import editing from './editing';
import taxii from './taxii';
import mispFeed from './misp-feed';
import review from './review';
import revisionLog from './revision-log';
import verification from './verification';

export default { 'admin-export': adminExport, briefing, actor, place, marking, format, overview, draft, candidates, merge, protection, editing, taxii, 'misp-feed': mispFeed, review, 'revision-log': revisionLog, verification };
