import type { ActorRules } from '../../extract/actors.js';

export const actors: ActorRules = {};
