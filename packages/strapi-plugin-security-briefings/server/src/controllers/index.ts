import briefing from './briefing';
import { actor, place } from './directory';

export default { briefing, actor, place };
