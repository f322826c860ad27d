import { Injectable } from '@nestjs/common';

/** 省厅派单: teams, invitations and replacements. Being written. */
@Injectable()
export class TeamService {}
