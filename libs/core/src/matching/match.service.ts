import { Injectable } from '@nestjs/common';

/** Matching (matchExperts, explainExclusion, suggestTeam, recommendedDemands). Being written. */
@Injectable()
export class MatchService {}
