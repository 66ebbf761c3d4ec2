import actor from './actor';
import briefing from './briefing';
import place from './place';

export default { briefing, actor, place };
