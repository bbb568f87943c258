import type { ActorKind } from '../../lib/annotations/article-model';

/** Headings for each kind of actor, as the article sidebar names them. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = { person: '人物', state: '國家', organisation: '機構與媒體' };
